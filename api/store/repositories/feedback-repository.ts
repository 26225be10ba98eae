import type { Selectable } from 'kysely';
import type { Feedback } from '../../domain/sessions/session-records';
import type { FeedbackRepository, NewFeedback } from '../../ports';
import type { FeedbackTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export class SqlFeedbackRepository implements FeedbackRepository {
  constructor(private readonly scope: TenantScope) {}

  async save(feedback: NewFeedback): Promise<Feedback> {
    const { db, tenantId } = this.scope;
    const columns = { rating: feedback.rating, comment: feedback.comment };
    const row = await db
      .insertInto('feedback')
      .values({
        tenant_id: tenantId,
        session_id: feedback.sessionId,
        person_id: feedback.personId,
        ...columns,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'session_id', 'person_id']).doUpdateSet(columns))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toFeedback(row);
  }

  async listBySessions(sessionIds: readonly string[]): Promise<Feedback[]> {
    if (sessionIds.length === 0) return [];
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('feedback')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('session_id', 'in', [...sessionIds])
      .execute();
    return rows.map(toFeedback);
  }
}

function toFeedback(row: Selectable<FeedbackTable>): Feedback {
  return {
    sessionId: row.session_id,
    personId: row.person_id,
    rating: row.rating,
    comment: row.comment,
    createdAt: row.created_at.getTime(),
  };
}
