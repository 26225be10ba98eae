import { indexCohort } from './cohort-index';
import { PodFormationInputError } from './errors';
import { explainGrouping } from './explain';
import { resolveSettings } from './settings';
import type { Participant, PodProposal, PodSettings } from './types';

/** Explains any grouping of participant ids (an owner's own or another tool's) with the same rules and objective. */
export function explainPods(
  groups: readonly string[][],
  participants: readonly Participant[],
  settings: PodSettings,
): PodProposal {
  const index = indexCohort(participants, resolveSettings(settings));
  const position = new Map(participants.map((p, i) => [p.id, i]));
  const positions = groups.map((group, k) =>
    group.map((id, m) => {
      const at = position.get(id);
      if (at === undefined)
        throw new PodFormationInputError(`groups[${k}][${m}]`, `unknown participant ${id}`);
      return at;
    }),
  );
  const { pods, unmet, objective } = explainGrouping(index, positions);
  return { pods, unmet, objective };
}
