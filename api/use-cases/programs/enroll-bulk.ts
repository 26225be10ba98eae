import { checkEligibility, utcDate } from '../../domain/programs';
import { UnprocessableError } from '../../errors';
import type { Caller } from '../../ports';
import { loadOwnedCohort, requireOpen } from '../access';
import { readDirectoryPeople } from '../people/read-directory-people';
import { discardProposal } from './discard-proposal';
import type { ProgramsDeps } from './programs-deps';

/** One person to enroll, by id, UPN or mail, with what the owner knows of them. */
export interface BulkEntry {
  person: string;
  level?: number | undefined;
  goals?: string[] | undefined;
  interests?: string[] | undefined;
}

/** What happened to each entry of a bulk enrollment. */
export interface BulkEnrollment {
  enrolled: { person: string; personId: string; displayName: string }[];
  /** Already enrolled: reported, not failed. */
  duplicates: { person: string; personId: string }[];
  /** Not found in the directory. */
  unknown: { person: string }[];
  /** Found but not eligible for this cohort. */
  ineligible: { person: string; personId: string; reason: string }[];
}

/**
 * An owner enrolls a list of people (ids, UPNs or mails). Directory reads happen first; then, in one
 * transaction, the known and eligible are enrolled. Unknown, ineligible and already enrolled people are
 * listed in the answer. When nobody could be enrolled for unknown or ineligible entries, it is a 422.
 */
export async function enrollBulk(
  deps: ProgramsDeps,
  caller: Caller,
  cohortId: string,
  people: (string | BulkEntry)[],
): Promise<BulkEnrollment> {
  const { cohort } = await loadOwnedCohort(deps.store(caller.tenantId), caller, cohortId);
  requireOpen(cohort, 'enrollment');
  const entries = people.map((e): BulkEntry => (typeof e === 'string' ? { person: e } : e));
  const found = await readDirectoryPeople(
    deps.directory,
    caller.tenantId,
    entries.map((e) => e.person),
  );
  const today = utcDate(deps.clock.now());
  const result = await deps.transact(caller.tenantId, async (store) => {
    await store.tenant.ensure();
    const out: BulkEnrollment = { enrolled: [], duplicates: [], unknown: [], ineligible: [] };
    const seen = new Set<string>();
    for (const [i, entry] of entries.entries()) {
      const person = found[i];
      if (!person) {
        out.unknown.push({ person: entry.person });
        continue;
      }
      const existing = await store.enrollments.get(cohortId, person.id);
      if (seen.has(person.id) || existing?.status === 'active') {
        out.duplicates.push({ person: entry.person, personId: person.id });
        continue;
      }
      seen.add(person.id);
      const verdict = checkEligibility(cohort.eligibility, person.hireDate, today);
      if (!verdict.eligible) {
        out.ineligible.push({ person: entry.person, personId: person.id, reason: verdict.reason });
        continue;
      }
      await store.people.upsert(person);
      const profile = {
        goals: entry.goals ?? [],
        interests: entry.interests ?? [],
        level: entry.level ?? null,
      };
      const enrollment = { cohortId, personId: person.id, profile };
      await (existing ? store.enrollments.rejoin(enrollment) : store.enrollments.add(enrollment));
      out.enrolled.push({ person: entry.person, personId: person.id, displayName: person.displayName });
    }
    if (out.enrolled.length) await discardProposal(store, cohort);
    return out;
  });
  if (!result.enrolled.length && (result.unknown.length || result.ineligible.length))
    throw nobodyEnrolled(entries, result);
  return result;
}

function nobodyEnrolled(entries: BulkEntry[], result: BulkEnrollment): UnprocessableError {
  const reasons = new Map<string, string>([
    ...result.unknown.map((u) => [u.person, 'is not in the directory'] as const),
    ...result.ineligible.map((u) => [u.person, `is not eligible: ${u.reason}`] as const),
  ]);
  const errors = entries.flatMap((e, i) => {
    const why = reasons.get(e.person);
    return why ? [{ field: `people[${i}]`, message: `${e.person} ${why}` }] : [];
  });
  return new UnprocessableError('nobody_enrolled', 'Nobody in the list could be enrolled.', { errors });
}
