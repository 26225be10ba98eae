import type { Selectable } from 'kysely';
import { toJson } from '../column-types';
import type { CohortsTable, CohortStatus, StoredProposal } from '../schema';
import type { TenantScope } from '../tenant-scope';

export interface NewCohort {
  programId: string;
  name: string;
  /** 'YYYY-MM-DD'. */
  startDate: string;
  cadence: 'weekly' | 'biweekly';
  sessionCount: number;
  /** Null: derived from the pod size. */
  sessionMinutes: number | null;
  podSizeMin: number;
  podSizeMax: number;
  matchingMode: string;
  eligibility?: Record<string, unknown>;
}

export interface Cohort extends Required<NewCohort> {
  id: string;
  status: CohortStatus;
  createdAt: Date;
}

export class CohortRepository {
  constructor(private readonly scope: TenantScope) {}

  async add(cohort: NewCohort): Promise<Cohort> {
    const { db, tenantId } = this.scope;
    const row = await db
      .insertInto('cohorts')
      .values({
        tenant_id: tenantId,
        program_id: cohort.programId,
        name: cohort.name,
        start_date: cohort.startDate,
        cadence: cohort.cadence,
        session_count: cohort.sessionCount,
        session_minutes: cohort.sessionMinutes,
        pod_size_min: cohort.podSizeMin,
        pod_size_max: cohort.podSizeMax,
        matching_mode: cohort.matchingMode,
        eligibility: toJson(cohort.eligibility ?? {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCohort(row);
  }

  async get(id: string): Promise<Cohort | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('cohorts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toCohort(row);
  }

  /** Cohorts of a program, earliest start first. */
  async listByProgram(programId: string): Promise<Cohort[]> {
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('cohorts')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('program_id', '=', programId)
      .orderBy('start_date')
      .orderBy('created_at')
      .execute();
    return rows.map(toCohort);
  }

  /** The current pod proposal's summary, or null when none was made (or it was discarded). */
  async getProposal(id: string): Promise<StoredProposal | null> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('cohorts')
      .select('proposal')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row?.proposal ?? null;
  }

  /** Saves (or, with null, discards) the proposal summary and sets the cohort's status with it. */
  async saveProposal(id: string, proposal: StoredProposal | null, status: CohortStatus): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('cohorts')
      .set({ proposal: toJson(proposal), status })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }

  async setStatus(id: string, status: CohortStatus): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('cohorts')
      .set({ status })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }
}

function toCohort(row: Selectable<CohortsTable>): Cohort {
  return {
    id: row.id,
    programId: row.program_id,
    name: row.name,
    startDate: row.start_date,
    cadence: row.cadence,
    sessionCount: row.session_count,
    sessionMinutes: row.session_minutes,
    podSizeMin: row.pod_size_min,
    podSizeMax: row.pod_size_max,
    matchingMode: row.matching_mode,
    eligibility: row.eligibility,
    status: row.status,
    createdAt: row.created_at,
  };
}
