import type { Kysely } from 'kysely';
import type { Schema } from '../schema';
import type { TenantScope } from '../tenant-scope';

export type ReminderKind = 'before' | 'after';

/** Which session reminders were delivered, so a retried job never sends one twice. */
export class ReminderRepository {
  constructor(private readonly scope: TenantScope) {}

  async wasSent(occurrenceId: string, personId: string, kind: ReminderKind): Promise<boolean> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('reminders_sent')
      .select('person_id')
      .where('tenant_id', '=', tenantId)
      .where('occurrence_id', '=', occurrenceId)
      .where('person_id', '=', personId)
      .where('kind', '=', kind)
      .executeTakeFirst();
    return row !== undefined;
  }

  async markSent(occurrenceId: string, personId: string, kind: ReminderKind, at: Date): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .insertInto('reminders_sent')
      .values({ tenant_id: tenantId, occurrence_id: occurrenceId, person_id: personId, kind, sent_at: at })
      .onConflict((oc) => oc.columns(['tenant_id', 'occurrence_id', 'person_id', 'kind']).doNothing())
      .execute();
  }
}

/** Tenants where the bot knows at least one person: the only ones a reminder can reach. A cross-tenant read for the sweep job. */
export async function tenantsReachableByBot(db: Kysely<Schema>): Promise<string[]> {
  const rows = await db.selectFrom('teams_users').select('tenant_id').distinct().execute();
  return rows.map((row) => row.tenant_id);
}
