import { NotFoundError } from '../../errors';
import type { EnrollmentView, UpdateMyEnrollment } from '../../http/schemas';
import type { Caller } from '../../ports';
import { toEnrollmentView } from './enrollment-views';
import { discardProposal, loadCohort, requireOpen } from './program-access';
import type { ProgramsDeps } from './programs-deps';

/** The caller corrects (or, with null, resets to their mailbox's) the working hours pod formation uses. */
export async function updateMyWorkingHours(
  deps: Pick<ProgramsDeps, 'store' | 'transact'>,
  caller: Caller,
  cohortId: string,
  hours: UpdateMyEnrollment['workingHours'],
): Promise<EnrollmentView> {
  const cohort = await loadCohort(deps.store(caller.tenantId), cohortId);
  requireOpen(cohort, 'changing enrollments');
  const own = hours && {
    days: hours.daysOfWeek,
    start: hours.start,
    end: hours.end,
    timeZone: hours.timeZone,
  };
  return deps.transact(caller.tenantId, async (store) => {
    const enrollment = await store.enrollments.setWorkingHours(cohortId, caller.userId, own);
    if (!enrollment) throw new NotFoundError('You are not enrolled in this cohort.');
    await discardProposal(store, cohort);
    return toEnrollmentView(enrollment, await store.people.get(caller.userId));
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
): Promise<EnrollmentView> {
  const store = deps.store(caller.tenantId);
  const enrollment = await store.enrollments.get(cohortId, caller.userId);
  if (!enrollment) throw new NotFoundError('You are not enrolled in this cohort.');
  return toEnrollmentView(enrollment, await store.people.get(caller.userId));
}
