import { UnprocessableError } from '../../errors';
import type { CachedPerson } from '../../domain/people';
import { PodFormationInputError, type Participant, type PodSettings } from '../../domain/pods';
import { goalsOf, levelOf, sessionMinutesOf, type Cohort, type Program } from '../../domain/programs';
import type { WorkingHours } from '../../domain/time';
import type { TenantStore } from '../../ports';

/** What pod formation runs on: the active members as participants, the cohort's settings, and the cached people. */
export interface PodFormationInput {
  participants: Participant[];
  settings: PodSettings;
  people: Map<string, CachedPerson>;
}

/** Outlook's default for someone whose mailbox gave no hours. */
const OFFICE_HOURS: WorkingHours = {
  days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
  start: '08:00',
  end: '17:00',
  timeZone: 'UTC',
};

/** Loads participants from enrollments and the directory cache, with partners from the program's previous cohort. */
export async function loadPodFormationInput(
  store: TenantStore,
  cohort: Cohort,
  program: Program,
  seed: number,
): Promise<PodFormationInput> {
  const enrollments = (await store.enrollments.listByCohort(cohort.id)).filter((e) => e.status === 'active');
  const people = new Map(
    (await store.people.listByIds(enrollments.map((e) => e.personId))).map((p) => [p.id, p]),
  );
  const previous = await previousPartners(store, cohort);
  const known = enrollments.map((e) => levelOf(e.profile)).filter((l): l is number => l !== null);
  // People enrolled in bulk without a level sit at the cohort's median, so they neither attract nor repel anyone.
  const fallbackLevel = known.length ? [...known].sort((a, b) => a - b)[Math.floor(known.length / 2)]! : 3;
  const participants = enrollments.map((e): Participant => {
    const person = people.get(e.personId);
    return {
      id: e.personId,
      level: levelOf(e.profile) ?? fallbackLevel,
      department: person?.department ?? 'Unknown',
      managerChain: person?.managerChain ?? [],
      workingHours: e.workingHours ?? person?.workingHours ?? OFFICE_HOURS,
      goals: goalsOf(e.profile),
      interests: e.profile.interests,
      avoid: e.avoidPersonIds,
      previousPartners: [...(previous.get(e.personId) ?? [])],
    };
  });
  const settings: PodSettings = {
    sizeMin: cohort.podSizeMin,
    sizeMax: cohort.podSizeMax,
    mode: cohort.matchingMode === 'same-function' ? 'same-function' : 'cross-functional',
    sessionMinutes: sessionMinutesOf(cohort),
    weekStart: cohort.startDate,
    weights: program.settings.weights,
    seed,
  };
  return { participants, settings, people };
}

/** Who shared a published pod in the latest earlier cohort of the same program. */
async function previousPartners(store: TenantStore, cohort: Cohort): Promise<Map<string, Set<string>>> {
  const cohorts = await store.cohorts.listByProgram(cohort.programId);
  const earlier = cohorts.slice(
    0,
    Math.max(
      0,
      cohorts.findIndex((c) => c.id === cohort.id),
    ),
  );
  const partners = new Map<string, Set<string>>();
  for (const candidate of earlier.reverse()) {
    const pods = (await store.pods.listByCohort(candidate.id)).filter((p) => p.publishedAt !== null);
    if (!pods.length) continue;
    for (const pod of pods) {
      for (const id of pod.memberIds) {
        const set = partners.get(id) ?? new Set<string>();
        pod.memberIds.filter((other) => other !== id).forEach((other) => set.add(other));
        partners.set(id, set);
      }
    }
    break;
  }
  return partners;
}

/** A stable seed per cohort, so proposing twice without a seed gives the same pods. */
export function cohortSeed(cohortId: string): number {
  let hash = 2166136261;
  for (const ch of cohortId) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return (hash >>> 0) % 2 ** 31;
}

/** Runs pod formation; its input errors (too few people, bad settings) become a 422 naming the field. */
export function runPodFormation<T>(formation: () => T): T {
  try {
    return formation();
  } catch (error) {
    if (!(error instanceof PodFormationInputError)) throw error;
    const field = error.field.replace(/^change\./, '');
    throw new UnprocessableError('pods_cannot_be_formed', error.message, { field, cause: error });
  }
}
