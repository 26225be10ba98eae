import type { Selectable } from 'kysely';
import type { CheckinsTable, FollowUpStatus } from '../schema';
import type { TenantScope } from '../tenant-scope';

export interface NewCheckin {
  occurrenceId: string;
  personId: string;
  /** How the member is showing up today; may be empty. */
  mood: string;
  /** Their report on last session's commitment; null when they had none. */
  commitmentStatus: FollowUpStatus | null;
  note: string | null;
}

export interface Checkin extends NewCheckin {
  createdAt: Date;
}

export class CheckinRepository {
  constructor(private readonly scope: TenantScope) {}

  /** Creates or replaces the member's check-in for the occurrence. */
  async save(checkin: NewCheckin): Promise<Checkin> {
    const { db, tenantId } = this.scope;
    const columns = { mood: checkin.mood, commitment_status: checkin.commitmentStatus, note: checkin.note };
    const row = await db
      .insertInto('checkins')
      .values({
        tenant_id: tenantId,
        occurrence_id: checkin.occurrenceId,
        person_id: checkin.personId,
        ...columns,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'occurrence_id', 'person_id']).doUpdateSet(columns))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCheckin(row);
  }

  async listByOccurrence(occurrenceId: string): Promise<Checkin[]> {
    return this.listByOccurrences([occurrenceId]);
  }

  async listByOccurrences(occurrenceIds: readonly string[]): Promise<Checkin[]> {
    if (occurrenceIds.length === 0) return [];
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('checkins')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('occurrence_id', 'in', [...occurrenceIds])
      .orderBy('created_at')
      .orderBy('person_id')
      .execute();
    return rows.map(toCheckin);
  }
}

function toCheckin(row: Selectable<CheckinsTable>): Checkin {
  return {
    occurrenceId: row.occurrence_id,
    personId: row.person_id,
    mood: row.mood,
    commitmentStatus: row.commitment_status,
    note: row.note,
    createdAt: row.created_at,
  };
}
