import type { ChannelPost, ChannelPostClaim, ChannelPostRepository } from '../../ports';
import type { TenantScope } from '../tenant-scope';

/** The primary key on the session makes the claim exclusive. */
export class SqlChannelPostRepository implements ChannelPostRepository {
  constructor(private readonly scope: TenantScope) {}

  async claim(claim: ChannelPostClaim, at: number): Promise<boolean> {
    const { db, tenantId } = this.scope;
    const row = await db
      .insertInto('channel_posts')
      .values({
        tenant_id: tenantId,
        session_id: claim.sessionId,
        team_id: claim.teamId,
        channel_id: claim.channelId,
        message_id: null,
        posted_by: claim.postedBy,
        claimed_at: new Date(at),
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'session_id']).doNothing())
      .returning('session_id')
      .executeTakeFirst();
    return row !== undefined;
  }

  async recordPosted(sessionId: string, messageId: string, at: number): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('channel_posts')
      .set({ message_id: messageId, posted_at: new Date(at) })
      .where('tenant_id', '=', tenantId)
      .where('session_id', '=', sessionId)
      .execute();
  }

  async release(sessionId: string): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .deleteFrom('channel_posts')
      .where('tenant_id', '=', tenantId)
      .where('session_id', '=', sessionId)
      .where('message_id', 'is', null)
      .execute();
  }

  async get(sessionId: string): Promise<ChannelPost | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('channel_posts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    return (
      row && {
        sessionId: row.session_id,
        teamId: row.team_id,
        channelId: row.channel_id,
        postedBy: row.posted_by,
        messageId: row.message_id,
      }
    );
  }
}
