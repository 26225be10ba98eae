import type { Caller } from '../../ports';
import { loadOwnedCohort } from '../access';
import type { EnrolledPerson } from './enrolled-person';
import type { ProgramsDeps } from './programs-deps';

/** The cohort's enrollments for its owner (the view shows profile fields only; avoid lists stay private). */
export async function listEnrollments(
  deps: Pick<ProgramsDeps, 'store'>,
  caller: Caller,
  cohortId: string,
): Promise<EnrolledPerson[]> {
  const store = deps.store(caller.tenantId);
  await loadOwnedCohort(store, caller, cohortId);
  const enrollments = await store.enrollments.listByCohort(cohortId);
  const people = new Map(
    (await store.people.listByIds(enrollments.map((e) => e.personId))).map((p) => [p.id, p]),
  );
  return enrollments.map((enrollment) => ({ enrollment, person: people.get(enrollment.personId) }));
}
