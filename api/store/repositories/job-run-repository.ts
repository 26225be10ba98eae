import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { JobRun, JobRunProgress, JobRunRepository } from '../../ports';
import { toJson } from '../column-types';
import type { JobRunsTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

const JobRunState = z.enum(['queued', 'running', 'completed', 'failed']);

export class SqlJobRunRepository implements JobRunRepository {
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
        outcomes: toJson(run.outcomes),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ...toJobRun(row), outcomes: run.outcomes };
  }

  async get<O>(id: string, outcome: z.ZodType<O>): Promise<JobRun<O> | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('job_runs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { ...toJobRun(row), outcomes: z.record(z.string(), outcome).parse(row.outcomes) };
  }

  async findUnfinished<O>(
    kind: string,
    subjectId: string,
    outcome: z.ZodType<O>,
  ): Promise<JobRun<O> | undefined> {
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
    return row && { ...toJobRun(row), outcomes: z.record(z.string(), outcome).parse(row.outcomes) };
  }

  async saveProgress<O>(id: string, progress: JobRunProgress<O>): Promise<void> {
    const { db, tenantId } = this.scope;
    await db
      .updateTable('job_runs')
      .set({
        state: progress.state,
        done: progress.done,
        total: progress.total,
        failed: progress.failed,
        outcomes: toJson(progress.outcomes),
        updated_at: new Date(),
      })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .execute();
  }
}

function toJobRun(row: Selectable<JobRunsTable>): Omit<JobRun<never>, 'outcomes'> {
  return {
    id: row.id,
    kind: row.kind,
    subjectId: row.subject_id,
    state: JobRunState.parse(row.state),
    done: row.done,
    total: row.total,
    failed: row.failed,
    createdAt: row.created_at.getTime(),
    updatedAt: row.updated_at.getTime(),
  };
}
