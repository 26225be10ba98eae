import type { CachedPerson } from '../../domain/people';
import { inPodOrder, violationText, type Pod, type PodFit, type Violation } from '../../domain/pods';
import type { ProposalState } from '../../use-cases/pods/propose-cohort-pods';
import type { PodProposalView, PodView, RuleViolation } from '../schemas';

/** A pod formed before fits were recorded shows an empty one rather than failing the whole proposal. */
const UNRECORDED_FIT: PodFit = {
  weeklyOverlapMinutes: 0,
  longestCommonWindowMinutes: 0,
  levelSpread: 0,
  departments: [],
  sharedGoals: [],
  sharedInterests: [],
  timeZones: [],
  repeatedPairs: 0,
  score: 0,
  notes: ['How well this pod fits was not recorded.'],
};

/** A broken rule with people named: ids in the sentence become display names. */
export function toViolationView(violation: Violation, people: Map<string, CachedPerson>): RuleViolation {
  const nameOf = (id: string) => people.get(id)?.displayName ?? id;
  return {
    rule: violation.rule,
    people: violation.people.map((id) => ({ id, displayName: nameOf(id) })),
    why: violationText(violation, nameOf),
  };
}

/** The owner's view of a cohort's current pods: members by name, fit per pod, unmet rules. */
export function toProposalView({ cohort, pods, summary, people }: ProposalState): PodProposalView {
  return {
    cohortId: cohort.id,
    status: cohort.status,
    pods: inPodOrder(pods).map((pod) => ({
      id: pod.id,
      name: pod.name,
      members: pod.memberIds.map((id) => ({
        id,
        displayName: people.get(id)?.displayName ?? id,
        department: people.get(id)?.department ?? null,
      })),
      fit: pod.fit ?? UNRECORDED_FIT,
      published: pod.publishedAt !== null,
    })),
    unmet: summary.unmet.map((v) => toViolationView(v, people)),
    objective: summary.objective,
    seed: summary.seed,
  };
}

/** A pod and its members in pod order; a member the cache lacks is "Member n", never an id. */
export function toPodView({ pod, people }: { pod: Pod; people: Map<string, CachedPerson> }): PodView {
  return {
    id: pod.id,
    name: pod.name,
    cohortId: pod.cohortId,
    members: pod.memberIds.map((id, i) => {
      const person = people.get(id);
      return {
        id,
        displayName: person?.displayName ?? `Member ${i + 1}`,
        jobTitle: person?.jobTitle ?? null,
        department: person?.department ?? null,
        timeZone: person?.timeZone ?? null,
      };
    }),
  };
}
