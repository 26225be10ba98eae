import { ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { checkEligibility, utcDate } from '../../domain/programs';
import type { WorkingHours } from '../../domain/time';
import type { Caller } from '../../ports';
import { loadCohort, requireOpen } from '../access';
import { readDirectoryPerson } from '../people/read-directory-people';
import { resolvePeople } from '../people/resolve-people';
import { discardProposal } from './discard-proposal';
import type { EnrolledPerson } from './enrolled-person';
import type { ProgramsDeps } from './programs-deps';

export interface EnrollInput {
  goals: string[];
  interests: string[];
  /** Seniority 1 (entry) .. 7 (executive). */
  level: number;
  /** People not to be matched with, by id, UPN or mail. */
  avoid: string[];
  /** The member's own working hours, when the mailbox's are not right. */
  workingHours?: WorkingHours | undefined;
}

/** The caller joins a cohort with their goals, level and avoid list; their directory data is read and cached. */
export async function enrollSelf(
  deps: ProgramsDeps,
  caller: Caller,
  cohortId: string,
  input: EnrollInput,
): Promise<EnrolledPerson> {
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
  const avoid = await resolvePeople(deps.directory, caller.tenantId, input.avoid, 'avoid', me.id);
  const enrollment = {
    cohortId,
    personId: me.id,
    profile: { goals: input.goals, interests: input.interests, level: input.level },
    avoidPersonIds: avoid,
    workingHours: input.workingHours ?? null,
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
  return { enrollment: saved, person: me };
}
