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
