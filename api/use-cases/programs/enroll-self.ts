import { checkEligibility, utcDate } from '../../domain/programs';
import { NotFoundError, ForbiddenError, ConflictError } from '../../errors';
import type { Enroll, EnrollmentView } from '../../http/schemas';
import type { Caller } from '../../ports';
import { toEnrollmentView } from './enrollment-views';
import { discardProposal, loadCohort, requireOpen } from './program-access';
import type { ProgramsDeps } from './programs-deps';
import { readDirectoryPerson } from '../people/read-directory-people';
import { resolvePeople } from '../people/resolve-people';

/** The caller joins a cohort with their goals, level and avoid list; their directory data is read and cached. */
export async function enrollSelf(
  deps: ProgramsDeps,
  caller: Caller,
  cohortId: string,
  body: Enroll,
): Promise<EnrollmentView> {
  const cohort = await loadCohort(deps.store(caller.tenantId), cohortId);
  requireOpen(cohort, 'enrollment');
  const me = await readDirectoryPerson(deps.directory, caller.tenantId, caller.userId);
  if (!me) throw new NotFoundError('The directory does not know the signed-in person.');
  const verdict = checkEligibility(cohort.eligibility, me.hireDate, utcDate(deps.clock.now()));
  if (!verdict.eligible)
    throw new ForbiddenError(`You are not eligible: ${verdict.reason}.`, {
      code: 'not_eligible',
      field: 'eligibility',
    });
  const avoid = await resolvePeople(deps.directory, caller.tenantId, body.avoid, 'avoid', me.id);
  const own = body.workingHours;
  const enrollment = {
    cohortId,
    personId: me.id,
    profile: { goals: body.goals, interests: body.interests, level: body.level },
    avoidPersonIds: avoid,
    workingHours: own
      ? { days: own.daysOfWeek, start: own.start, end: own.end, timeZone: own.timeZone }
      : null,
  };
  const saved = await deps.transact(caller.tenantId, async (store) => {
    await store.tenant.ensure();
    await store.people.upsert(me);
    const existing = await store.enrollments.get(cohortId, me.id);
    if (existing?.status === 'active')
      throw new ConflictError('You are already enrolled in this cohort.', { field: 'cohortId' });
    const row = existing
      ? await store.enrollments.rejoin(enrollment)
      : await store.enrollments.add(enrollment);
    await discardProposal(store, cohort);
    return row!;
  });
  return toEnrollmentView(saved, me);
}
