import type { EnrollmentView } from '../../http/schemas';
import type { Caller } from '../../ports';
import { toEnrollmentView } from './enrollment-views';
import { loadOwnedCohort } from './program-access';
import type { ProgramsDeps } from './programs-deps';

/** The cohort's enrollments for its owner: profile fields only; avoid lists stay private. */
export async function listEnrollments(
  deps: Pick<ProgramsDeps, 'store'>,
  caller: Caller,
  cohortId: string,
): Promise<EnrollmentView[]> {
  const store = deps.store(caller.tenantId);
  await loadOwnedCohort(store, caller, cohortId);
  const enrollments = await store.enrollments.listByCohort(cohortId);
  const people = new Map(
    (await store.people.listByIds(enrollments.map((e) => e.personId))).map((p) => [p.id, p]),
  );
  return enrollments.map((e) => toEnrollmentView(e, people.get(e.personId)));
}
