import { indexCohort } from './cohort-index';
import { constructPods } from './construct';
import { explainGrouping } from './explain';
import { Grouping } from './grouping';
import { improvePods } from './improve';
import { createRng } from './prng';
import { resolveSettings } from './settings';
import { planPodSizes } from './size-plan';
import type { Participant, PodProposal, PodSettings } from './types';

/** Pod evaluations the local search may spend: enough to converge on small cohorts, bounded on large ones. */
export const searchBudget = (participants: number): number => 50_000 + 100 * participants;

/**
 * Proposes pods for a cohort: sizes planned so nobody is left out, a greedy build, then local search.
 * Deterministic for settings.seed. Hard rules that could not be met are listed in `unmet`, never dropped.
 * Throws PodFormationInputError on invalid settings or participants.
 */
export function proposePods(participants: readonly Participant[], settings: PodSettings): PodProposal {
  const resolved = resolveSettings(settings, participants.length);
  const index = indexCohort(participants, resolved);
  const plan = planPodSizes(participants.length, resolved.sizeMin, resolved.sizeMax, resolved.targetSize);
  const rng = createRng(resolved.seed);
  const grouping = new Grouping(index, constructPods(index, plan.sizes, rng));
  improvePods(grouping, rng, searchBudget(participants.length));
  const { pods, unmet, objective } = explainGrouping(index, grouping.pods);
  if (!plan.valid) {
    const why = `${participants.length} participants cannot be split into pods of ${resolved.sizeMin}–${resolved.sizeMax}; sizes ${plan.sizes.join('+')} place everyone`;
    unmet.unshift({ rule: 'pod-size', people: [], why });
  }
  return { pods, unmet, objective };
}
