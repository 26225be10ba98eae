import { NotFoundError, ForbiddenError } from '../../errors';
import type { JobProgressView } from '../../http/schemas/scheduling';
import type { Caller } from '../../ports';
import { jobProgressView, type PodOutcome } from './cohort-outcomes';
import type { SchedulingDeps } from './scheduling-deps';

/** Progress of a cohort scheduling run, for the owners of the cohort's program. */
export async function getJobProgress(
  deps: SchedulingDeps,
  caller: Caller,
  jobId: string,
): Promise<JobProgressView> {
  const store = deps.store(caller.tenantId);
  const run = await store.jobRuns.get<PodOutcome>(jobId);
  if (!run) throw new NotFoundError('There is no such job.', { field: 'id' });
  const cohort = await store.cohorts.get(run.subjectId);
  const program = cohort && (await store.programs.get(cohort.programId));
  if (!program?.ownerIds.includes(caller.userId))
    throw new ForbiddenError('Only an owner of the program may follow this job.');
  return jobProgressView(run);
}
