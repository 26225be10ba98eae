import type { Selectable } from 'kysely';
import type { ConversationRef, ConversationRepository, TeamsUser } from '../../ports';
import type { ConversationRefsTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export class SqlConversationRepository implements ConversationRepository {
  constructor(private readonly scope: TenantScope) {}

  async save(ref: ConversationRef): Promise<void> {
    const { db, tenantId } = this.scope;
    const columns = {
      service_url: ref.serviceUrl,
      kind: ref.kind,
      team_id: ref.teamId,
      channel_id: ref.channelId,
      person_id: ref.personId,
    };
    await db
      .insertInto('conversation_refs')
      .values({ tenant_id: tenantId, conversation_id: ref.conversationId, ...columns })
      .onConflict((oc) => oc.columns(['tenant_id', 'conversation_id']).doUpdateSet(columns))
      .execute();
  }

  async list(): Promise<ConversationRef[]> {
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('conversation_refs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at')
      .execute();
    return rows.map(toConversationRef);
  }

  /** The person's 1:1 conversation with the bot, once it exists. */
  async personalFor(personId: string): Promise<ConversationRef | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('conversation_refs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('kind', '=', 'personal')
      .where('person_id', '=', personId)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toConversationRef(row);
  }

  async rememberTeamsUser(user: TeamsUser, at: number): Promise<void> {
    const { db, tenantId } = this.scope;
    const columns = { teams_user_id: user.teamsUserId, service_url: user.serviceUrl, seen_at: new Date(at) };
    await db
      .insertInto('teams_users')
      .values({ tenant_id: tenantId, person_id: user.personId, ...columns })
      .onConflict((oc) => oc.columns(['tenant_id', 'person_id']).doUpdateSet(columns))
      .execute();
  }

  async teamsUser(personId: string): Promise<TeamsUser | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('teams_users')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row && { personId: row.person_id, teamsUserId: row.teams_user_id, serviceUrl: row.service_url };
  }
}

function toConversationRef(row: Selectable<ConversationRefsTable>): ConversationRef {
  return {
    conversationId: row.conversation_id,
    serviceUrl: row.service_url,
    kind: row.kind,
    teamId: row.team_id,
    channelId: row.channel_id,
    personId: row.person_id,
  };
}
