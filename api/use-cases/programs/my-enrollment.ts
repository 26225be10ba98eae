import { NotFoundError } from '../../errors';
import type { WorkingHours } from '../../domain/time';
import type { Caller } from '../../ports';
import { loadCohort, requireOpen } from '../access';
import { discardProposal } from './discard-proposal';
import type { EnrolledPerson } from './enrolled-person';
import type { ProgramsDeps } from './programs-deps';

/** The caller corrects (or, with null, resets to their mailbox's) the working hours pod formation uses. */
export async function updateMyWorkingHours(
  deps: Pick<ProgramsDeps, 'store' | 'transact'>,
  caller: Caller,
  cohortId: string,
  hours: WorkingHours | null,
): Promise<EnrolledPerson> {
  const cohort = await loadCohort(deps.store(caller.tenantId), cohortId);
  requireOpen(cohort, 'changing enrollments');
  return deps.transact(caller.tenantId, async (store) => {
    const enrollment = await store.enrollments.setWorkingHours(cohortId, caller.userId, hours);
    if (!enrollment) throw new NotFoundError('You are not enrolled in this cohort.');
    await discardProposal(store, cohort);
    return { enrollment, person: await store.people.get(caller.userId) };
  });
}

/** The caller leaves a cohort before its pods are published (409 after). */
export async function withdrawMyEnrollment(
  deps: Pick<ProgramsDeps, 'store' | 'transact'>,
  caller: Caller,
  cohortId: string,
): Promise<void> {
  const cohort = await loadCohort(deps.store(caller.tenantId), cohortId);
  requireOpen(cohort, 'withdrawing');
  await deps.transact(caller.tenantId, async (store) => {
    if (!(await store.enrollments.withdraw(cohortId, caller.userId)))
      throw new NotFoundError('You are not enrolled in this cohort.');
    await discardProposal(store, cohort);
  });
}

/** The caller's own enrollment in a cohort. */
export async function getMyEnrollment(
  deps: Pick<ProgramsDeps, 'store'>,
  caller: Caller,
  cohortId: string,
): Promise<EnrolledPerson> {
  const store = deps.store(caller.tenantId);
  const enrollment = await store.enrollments.get(cohortId, caller.userId);
  if (!enrollment) throw new NotFoundError('You are not enrolled in this cohort.');
  return { enrollment, person: await store.people.get(caller.userId) };
}
