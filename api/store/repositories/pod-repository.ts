import type { Selectable } from 'kysely';
import { z } from 'zod';
import { PodFitColumn, type Pod } from '../../domain/pods';
import type { NewPod, PodRepository } from '../../ports';
import { toJson } from '../column-types';
import type { PodsTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

/** A pod formed without a fit keeps the column's default, an empty object. */
const FitColumn = z.union([PodFitColumn, z.strictObject({}).transform(() => null)]);

export class SqlPodRepository implements PodRepository {
  constructor(private readonly scope: TenantScope) {}

  /**
   * Replaces the cohort's unpublished pods with a new proposal. Call inside a transaction
   * (`db.transaction()`) so a failed write leaves the previous proposal in place.
   */
  async replaceProposal(cohortId: string, pods: NewPod[]): Promise<Pod[]> {
    const { db, tenantId } = this.scope;
    await db
      .deleteFrom('pods')
      .where('tenant_id', '=', tenantId)
      .where('cohort_id', '=', cohortId)
      .where('published_at', 'is', null)
      .execute();
    const saved: Pod[] = [];
    for (const pod of pods) {
      const row = await db
        .insertInto('pods')
        .values({ tenant_id: tenantId, cohort_id: cohortId, name: pod.name, fit: toJson(pod.fit ?? {}) })
        .returningAll()
        .executeTakeFirstOrThrow();
      if (pod.memberIds.length > 0) {
        await db
          .insertInto('pod_members')
          .values(
            pod.memberIds.map((personId, position) => ({
              tenant_id: tenantId,
              pod_id: row.id,
              person_id: personId,
              position,
            })),
          )
          .execute();
      }
      saved.push(toPod(row, pod.memberIds));
    }
    return saved;
  }

  async get(id: string): Promise<Pod | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('pods')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const members = await this.membersOf([row.id]);
    return toPod(row, members.get(row.id) ?? []);
  }

  async listByCohort(cohortId: string): Promise<Pod[]> {
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('pods')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('cohort_id', '=', cohortId)
      .orderBy('name')
      .execute();
    const members = await this.membersOf(rows.map((r) => r.id));
    return rows.map((row) => toPod(row, members.get(row.id) ?? []));
  }

  /** Published pods the person belongs to. */
  async listForPerson(personId: string): Promise<Pod[]> {
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('pods')
      .innerJoin('pod_members', (join) =>
        join
          .onRef('pod_members.tenant_id', '=', 'pods.tenant_id')
          .onRef('pod_members.pod_id', '=', 'pods.id'),
      )
      .selectAll('pods')
      .where('pods.tenant_id', '=', tenantId)
      .where('pod_members.person_id', '=', personId)
      .where('pods.published_at', 'is not', null)
      .orderBy('pods.published_at', 'desc')
      .execute();
    const members = await this.membersOf(rows.map((r) => r.id));
    return rows.map((row) => toPod(row, members.get(row.id) ?? []));
  }

  /** Marks every pod of the cohort published; returns how many. */
  async publish(cohortId: string, at: number): Promise<number> {
    const { db, tenantId } = this.scope;
    const result = await db
      .updateTable('pods')
      .set({ published_at: new Date(at) })
      .where('tenant_id', '=', tenantId)
      .where('cohort_id', '=', cohortId)
      .where('published_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  private async membersOf(podIds: string[]): Promise<Map<string, string[]>> {
    const byPod = new Map<string, string[]>();
    if (podIds.length === 0) return byPod;
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('pod_members')
      .select(['pod_id', 'person_id'])
      .where('tenant_id', '=', tenantId)
      .where('pod_id', 'in', podIds)
      .orderBy('pod_id')
      .orderBy('position')
      .execute();
    for (const row of rows) byPod.set(row.pod_id, [...(byPod.get(row.pod_id) ?? []), row.person_id]);
    return byPod;
  }
}

function toPod(row: Selectable<PodsTable>, memberIds: string[]): Pod {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    name: row.name,
    memberIds,
    fit: FitColumn.parse(row.fit),
    publishedAt: row.published_at?.getTime() ?? null,
  };
}
