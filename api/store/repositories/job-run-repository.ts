import type { Selectable } from 'kysely';
import { toJson } from '../column-types';
import type { JobRunsTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export type JobRunState = 'queued' | 'running' | 'completed' | 'failed';

/** Progress of a long job, saved as it goes so a restarted worker resumes it and callers can watch it. */
export interface JobRun<O = Record<string, unknown>> {
  id: string;
  kind: string;
  subjectId: string;
  state: JobRunState;
  done: number;
  total: number;
  failed: number;
  /** Per-item outcome, keyed by item id. */
  outcomes: Record<string, O>;
  createdAt: Date;
  updatedAt: Date;
}

export class JobRunRepository {
  constructor(private readonly scope: TenantScope) {}

  async create<O>(run: {
    kind: string;
    subjectId: string;
    total: number;
    outcomes: Record<string, O>;
  }): Promise<JobRun<O>> {
    const { db, tenantId } = this.scope;
    const row = await db
      .insertInto('job_runs')
      .values({
        tenant_id: tenantId,
        kind: run.kind,
        subject_id: run.subjectId,
        state: 'queued',
        total: run.total,
        outcomes: toJson(run.outcomes as Record<string, unknown>),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toJobRun<O>(row);
  }

  async get<O>(id: string): Promise<JobRun<O> | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('job_runs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toJobRun<O>(row);
  }

  /** The newest run of a kind for a subject that has not finished. */
  async findUnfinished<O>(kind: string, subjectId: string): Promise<JobRun<O> | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('job_runs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('kind', '=', kind)
      .where('subject_id', '=', subjectId)
      .where('state', 'in', ['queued', 'running'])
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    return row && toJobRun<O>(row);
  }

  async saveProgress<O>(
    id: string,
    progress: {
      state: JobRunState;
      done: number;
      total: number;
      failed: number;
      outcomes: Record<string, O>;
    },
  ): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('job_runs')
      .set({
        state: progress.state,
        done: progress.done,
        total: progress.total,
        failed: progress.failed,
        outcomes: toJson(progress.outcomes as Record<string, unknown>),
        updated_at: new Date(),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }
}

function toJobRun<O>(row: Selectable<JobRunsTable>): JobRun<O> {
  return {
    id: row.id,
    kind: row.kind,
    subjectId: row.subject_id,
    state: row.state as JobRunState,
    done: row.done,
    total: row.total,
    failed: row.failed,
    outcomes: row.outcomes as Record<string, O>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
