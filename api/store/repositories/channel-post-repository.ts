import type { Selectable } from 'kysely';
import type { ChannelPostsTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export interface ChannelPostClaim {
  occurrenceId: string;
  teamId: string;
  channelId: string;
  postedBy: string;
}

export interface ChannelPost extends ChannelPostClaim {
  /** Null while claimed and not yet posted. */
  messageId: string | null;
  claimedAt: Date;
}

/** The one summary post of each session; the primary key on the occurrence makes the claim exclusive. */
export class ChannelPostRepository {
  constructor(private readonly scope: TenantScope) {}

  /** Claims the occurrence's post; false when someone else already claimed (or made) it. */
  async claim(claim: ChannelPostClaim, at: Date): Promise<boolean> {
    const { db, tenantId } = this.scope;
    const row = await db
      .insertInto('channel_posts')
      .values({
        tenant_id: tenantId,
        occurrence_id: claim.occurrenceId,
        team_id: claim.teamId,
        channel_id: claim.channelId,
        message_id: null,
        posted_by: claim.postedBy,
        claimed_at: at,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'occurrence_id']).doNothing())
      .returning('occurrence_id')
      .executeTakeFirst();
    return row !== undefined;
  }

  async recordPosted(occurrenceId: string, messageId: string, at: Date): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('channel_posts')
      .set({ message_id: messageId, posted_at: at })
      .where('tenant_id', '=', tenantId)
      .where('occurrence_id', '=', occurrenceId)
      .execute();
  }

  /** Gives up a claim whose post failed, so a retry can post; a made post is never released. */
  async release(occurrenceId: string): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .deleteFrom('channel_posts')
      .where('tenant_id', '=', tenantId)
      .where('occurrence_id', '=', occurrenceId)
      .where('message_id', 'is', null)
      .execute();
  }

  async get(occurrenceId: string): Promise<ChannelPost | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('channel_posts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('occurrence_id', '=', occurrenceId)
      .executeTakeFirst();
    return row && toChannelPost(row);
  }
}

function toChannelPost(row: Selectable<ChannelPostsTable>): ChannelPost {
  return {
    occurrenceId: row.occurrence_id,
    teamId: row.team_id,
    channelId: row.channel_id,
    postedBy: row.posted_by,
    messageId: row.message_id,
    claimedAt: row.claimed_at,
  };
}
