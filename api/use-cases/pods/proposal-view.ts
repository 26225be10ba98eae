import type { PodFit, Violation } from '../../domain/pods';
import type { PodProposalView, RuleViolation } from '../../http/schemas';
import type { CachedPerson, Cohort, Pod, StoredProposal } from '../../store';

/** Pods in their numbered order ("Pod 2" before "Pod 10"). */
export function inPodOrder(pods: Pod[]): Pod[] {
  return [...pods].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** A broken rule with people named: ids in the sentence become display names. */
export function toViolationView(violation: Violation, people: Map<string, CachedPerson>): RuleViolation {
  let why = violation.why;
  for (const id of violation.people) why = why.replaceAll(id, people.get(id)?.displayName ?? id);
  return {
    rule: violation.rule,
    people: violation.people.map((id) => ({ id, displayName: people.get(id)?.displayName ?? id })),
    why,
  };
}

/** The owner's view of a cohort's current pods: members by name, fit per pod, unmet rules. */
export function toProposalView(
  cohort: Cohort,
  pods: Pod[],
  stored: StoredProposal,
  people: Map<string, CachedPerson>,
): PodProposalView {
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
      fit: pod.fit as unknown as PodFit,
      published: pod.publishedAt !== null,
    })),
    unmet: stored.unmet.map((v) => toViolationView(v as Violation, people)),
    objective: stored.objective,
    seed: stored.seed,
  };
}
