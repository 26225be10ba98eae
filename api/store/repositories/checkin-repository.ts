import type { Selectable } from 'kysely';
import type { Checkin } from '../../domain/sessions/session-records';
import type { CheckinRepository, NewCheckin } from '../../ports';
import type { CheckinsTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export class SqlCheckinRepository implements CheckinRepository {
  constructor(private readonly scope: TenantScope) {}

  async save(checkin: NewCheckin): Promise<Checkin> {
    const { db, tenantId } = this.scope;
    const columns = { mood: checkin.mood, commitment_status: checkin.commitmentStatus, note: checkin.note };
    const row = await db
      .insertInto('checkins')
      .values({ tenant_id: tenantId, session_id: checkin.sessionId, person_id: checkin.personId, ...columns })
      .onConflict((oc) => oc.columns(['tenant_id', 'session_id', 'person_id']).doUpdateSet(columns))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCheckin(row);
  }

  async listBySessions(sessionIds: readonly string[]): Promise<Checkin[]> {
    if (sessionIds.length === 0) return [];
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('checkins')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('session_id', 'in', [...sessionIds])
      .orderBy('created_at')
      .orderBy('person_id')
      .execute();
    return rows.map(toCheckin);
  }
}

function toCheckin(row: Selectable<CheckinsTable>): Checkin {
  return {
    sessionId: row.session_id,
    personId: row.person_id,
    mood: row.mood,
    commitmentStatus: row.commitment_status,
    note: row.note,
    createdAt: row.created_at.getTime(),
  };
}
