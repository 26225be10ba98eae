import { NotFoundError } from '../../errors';
import type { Caller, JobRun } from '../../ports';
import { loadOwnedCohort } from '../access';
import { PodOutcome } from './cohort-outcomes';
import type { SchedulingDeps } from './scheduling-deps';

/** Progress of a cohort scheduling run, for the owners of the cohort's program. */
export async function getJobProgress(
  deps: Pick<SchedulingDeps, 'store'>,
  caller: Caller,
  jobId: string,
): Promise<JobRun<PodOutcome>> {
  const store = deps.store(caller.tenantId);
  const run = await store.jobRuns.get(jobId, PodOutcome);
  if (!run) throw new NotFoundError('There is no such job.', { field: 'id' });
  await loadOwnedCohort(store, caller, run.subjectId, 'follow this job');
  return run;
}
