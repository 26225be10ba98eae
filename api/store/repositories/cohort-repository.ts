import type { Selectable } from 'kysely';
import { EligibilityColumn, ProposalSummary, type Cohort, type CohortStatus } from '../../domain/programs';
import type { CohortRepository, NewCohort } from '../../ports';
import { toJson } from '../column-types';
import type { CohortsTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export class SqlCohortRepository implements CohortRepository {
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
        eligibility: toJson(cohort.eligibility),
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
  async getProposal(id: string): Promise<ProposalSummary | null> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('cohorts')
      .select('proposal')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return ProposalSummary.nullable().parse(row?.proposal ?? null);
  }

  /** Saves (or, with null, discards) the proposal summary and sets the cohort's status with it. */
  async saveProposal(id: string, proposal: ProposalSummary | null, status: CohortStatus): Promise<void> {
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
    // Any other stored mode is the default, as pod formation has always read it.
    matchingMode: row.matching_mode === 'same-function' ? 'same-function' : 'cross-functional',
    eligibility: EligibilityColumn.parse(row.eligibility),
    status: row.status,
    createdAt: row.created_at.getTime(),
  };
}
