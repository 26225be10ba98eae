import { ConflictError, UnavailableError } from '../../errors';
import type { Caller } from '../../ports';
import { loadOwnedCohort } from '../access';
import { COHORT_SCHEDULE_KIND, PodOutcome } from './cohort-outcomes';
import type { SchedulingDeps } from './scheduling-deps';

/**
 * A program owner starts scheduling every published pod of a cohort as one background job. Starting again while a
 * run is unfinished returns that run rather than a second one.
 */
export async function startCohortScheduling(
  deps: Pick<SchedulingDeps, 'store' | 'enqueue'>,
  caller: Caller,
  cohortId: string,
): Promise<{ jobId: string }> {
  const store = deps.store(caller.tenantId);
  await loadOwnedCohort(store, caller, cohortId, 'schedule its cohorts');
  if (!deps.enqueue)
    throw new UnavailableError(
      'jobs_unavailable',
      'Background jobs are not running on this server; try again later.',
    );
  const unfinished = await store.jobRuns.findUnfinished(COHORT_SCHEDULE_KIND, cohortId, PodOutcome);
  if (unfinished) return { jobId: unfinished.id };
  const pods = (await store.pods.listByCohort(cohortId)).filter((p) => p.publishedAt);
  if (pods.length === 0)
    throw new ConflictError('The cohort has no published pods to schedule.', { field: 'id' });
  const outcomes = Object.fromEntries(
    pods.map((p): [string, PodOutcome] => [p.id, { name: p.name, outcome: 'pending' }]),
  );
  const run = await store.jobRuns.create({
    kind: COHORT_SCHEDULE_KIND,
    subjectId: cohortId,
    total: pods.length,
    outcomes,
  });
  await store.cohorts.setStatus(cohortId, 'scheduling');
  await deps.enqueue({ tenantId: caller.tenantId, jobRunId: run.id, cohortId });
  return { jobId: run.id };
}
