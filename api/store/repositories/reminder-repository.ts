import type { Kysely } from 'kysely';
import type { ReminderKind, ReminderRepository } from '../../ports';
import type { Schema } from '../schema';
import type { TenantScope } from '../tenant-scope';

export class SqlReminderRepository implements ReminderRepository {
  constructor(private readonly scope: TenantScope) {}

  async wasSent(sessionId: string, personId: string, kind: ReminderKind): Promise<boolean> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('reminders_sent')
      .select('person_id')
      .where('tenant_id', '=', tenantId)
      .where('session_id', '=', sessionId)
      .where('person_id', '=', personId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    return row !== undefined;
  }

  async markSent(sessionId: string, personId: string, kind: ReminderKind, at: number): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .insertInto('reminders_sent')
      .values({
        tenant_id: tenantId,
        session_id: sessionId,
        person_id: personId,
        kind,
        sent_at: new Date(at),
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'session_id', 'person_id', 'kind']).doNothing())
      .execute();
  }
}

/** Tenants where the bot knows at least one person: the only ones a reminder can reach. A cross-tenant read for the sweep job. */
export async function tenantsReachableByBot(db: Kysely<Schema>): Promise<string[]> {
  const rows = await db.selectFrom('teams_users').select('tenant_id').distinct().execute();
  return rows.map((row) => row.tenant_id);
}
