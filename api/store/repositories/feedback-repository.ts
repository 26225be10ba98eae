import type { Selectable } from 'kysely';
import type { FeedbackTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export interface NewFeedback {
  occurrenceId: string;
  personId: string;
  /** 1–5. */
  rating: number;
  comment: string | null;
}

export interface Feedback extends NewFeedback {
  createdAt: Date;
}

export class FeedbackRepository {
  constructor(private readonly scope: TenantScope) {}

  /** Creates or replaces the member's rating of the session. */
  async save(feedback: NewFeedback): Promise<Feedback> {
    const { db, tenantId } = this.scope;
    const columns = { rating: feedback.rating, comment: feedback.comment };
    const row = await db
      .insertInto('feedback')
      .values({
        tenant_id: tenantId,
        occurrence_id: feedback.occurrenceId,
        person_id: feedback.personId,
        ...columns,
      })
      .onConflict((oc) => oc.columns(['tenant_id', 'occurrence_id', 'person_id']).doUpdateSet(columns))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toFeedback(row);
  }

  async listByOccurrences(occurrenceIds: readonly string[]): Promise<Feedback[]> {
    if (occurrenceIds.length === 0) return [];
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('feedback')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('occurrence_id', 'in', [...occurrenceIds])
      .execute();
    return rows.map(toFeedback);
  }
}

function toFeedback(row: Selectable<FeedbackTable>): Feedback {
  return {
    occurrenceId: row.occurrence_id,
    personId: row.person_id,
    rating: row.rating,
    comment: row.comment,
    createdAt: row.created_at,
  };
}
