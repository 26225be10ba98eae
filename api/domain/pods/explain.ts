import type { CohortIndex } from './cohort-index';
import { describePod } from './pod-fit';
import { groupingObjective } from './pod-objective';
import type { FormedPod, PodProposal, Violation } from './types';
import { WEEK_WORDS, intersectSlots, longestRun } from './week-slots';

/** Diagnoses at most this many working-hours breaches; each scans the cohort once. */
const DIAGNOSIS_LIMIT = 100;

/** Turns groups of positions into the owner's view: pods with fit, every unmet hard rule, and the objective. */
export function explainGrouping(
  index: CohortIndex,
  groups: readonly number[][],
): PodProposal & { violations: Violation[][] } {
  const placed = new Uint8Array(index.people.length);
  const pods: FormedPod[] = [];
  const violations: Violation[][] = [];
  for (const group of groups) {
    const members = [...group].sort((a, b) => a - b);
    for (const m of members) placed[m] = 1;
    const { violations: broken, ...fit } = describePod(index, members);
    pods.push({ members: members.map((m) => index.people[m]!.id), fit });
    violations.push(broken);
  }
  const unmet = violations
    .flat()
    .map((v, k) => (v.rule === 'working-hours' && k < DIAGNOSIS_LIMIT ? diagnoseHours(index, v) : v));
  const leftOut = index.people.filter((_, i) => !placed[i]).map((p) => p.id);
  if (leftOut.length)
    unmet.push({ rule: 'left-out', people: leftOut, why: `${leftOut.length} participant(s) are in no pod` });
  const objective = groupingObjective(
    pods.map((p) => ({ size: p.members.length, score: p.fit.score })),
    index.people.length,
  );
  return { pods, unmet, objective, violations };
}

/** Names members whose hours overlap nobody else's for a whole session: no grouping could have helped them. */
function diagnoseHours(index: CohortIndex, violation: Violation): Violation {
  const positions = new Map(index.people.map((p, i) => [p.id, i]));
  const scratch = new Uint32Array(WEEK_WORDS);
  const isolated = violation.people.filter((id) => {
    const a = positions.get(id)!;
    return !index.people.some(
      (_, b) =>
        b !== a &&
        longestRun(intersectSlots([index.slots[a]!, index.slots[b]!], scratch)) >= index.sessionSlots,
    );
  });
  if (!isolated.length) return violation;
  const who = isolated.join(', ');
  return {
    ...violation,
    why: `${violation.why}; no other participant's working hours overlap those of ${who} for a whole session`,
  };
}
