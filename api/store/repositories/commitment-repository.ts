import type { Selectable } from 'kysely';
import type { Commitment, FollowUpStatus } from '../../domain/sessions/session-records';
import type { CommitmentRepository, NewCommitment } from '../../ports';
import type { CommitmentsTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export class SqlCommitmentRepository implements CommitmentRepository {
  constructor(private readonly scope: TenantScope) {}

  /** One commitment per member per session: a check-out edit rewrites its text. */
  async saveFromCheckout(commitment: NewCommitment): Promise<Commitment> {
    const { db, tenantId } = this.scope;
    const row = await db
      .insertInto('commitments')
      .values({
        tenant_id: tenantId,
        pod_id: commitment.podId,
        person_id: commitment.personId,
        from_session_id: commitment.fromSessionId,
        text: commitment.text,
      })
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'from_session_id', 'person_id']).doUpdateSet({ text: commitment.text }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCommitment(row);
  }

  /**
   * The member's commitment from the pod's latest session that started before `before`: the one they report on
   * at the next check-in. Undefined when they made none.
   */
  async latestBefore(podId: string, personId: string, before: number): Promise<Commitment | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('commitments')
      .innerJoin('sessions as s', (join) =>
        join
          .onRef('s.tenant_id', '=', 'commitments.tenant_id')
          .onRef('s.id', '=', 'commitments.from_session_id'),
      )
      .selectAll('commitments')
      .where('commitments.tenant_id', '=', tenantId)
      .where('commitments.pod_id', '=', podId)
      .where('commitments.person_id', '=', personId)
      .where('s.starts_at', '<', new Date(before))
      .orderBy('s.starts_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toCommitment(row);
  }

  /** Records the owner's follow-up at a later check-in. */
  async followUp(id: string, status: FollowUpStatus, at: number): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('commitments')
      .set({ status, followed_up_at: new Date(at) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  async listByPods(podIds: readonly string[]): Promise<Commitment[]> {
    if (podIds.length === 0) return [];
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('commitments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('pod_id', 'in', [...podIds])
      .execute();
    return rows.map(toCommitment);
  }
}

function toCommitment(row: Selectable<CommitmentsTable>): Commitment {
  return {
    id: row.id,
    podId: row.pod_id,
    personId: row.person_id,
    fromSessionId: row.from_session_id,
    text: row.text,
    status: row.status,
    followedUpAt: row.followed_up_at?.getTime() ?? null,
  };
}
