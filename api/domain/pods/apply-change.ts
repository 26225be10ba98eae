import { indexCohort } from './cohort-index';
import { PodFormationInputError } from './errors';
import { explainGrouping } from './explain';
import { resolveSettings } from './settings';
import type {
  ChangedProposal,
  FormedPod,
  Participant,
  PodChange,
  PodProposal,
  PodSettings,
  Violation,
} from './types';

const keyOf = (v: Violation) => `${v.rule}|${[...v.people].sort().join(',')}`;

/**
 * An owner's swap or move applied to a proposal, re-checked: every pod explained again and the hard-rule
 * breaches the change brought in named in `introduced` (the owner may keep them; the caller warns).
 */
export function applyChange(
  proposal: Pick<PodProposal, 'unmet'> & { pods: readonly Pick<FormedPod, 'members'>[] },
  change: PodChange,
  participants: readonly Participant[],
  settings: PodSettings,
): ChangedProposal {
  const index = indexCohort(participants, resolveSettings(settings));
  const position = new Map(participants.map((p, i) => [p.id, i]));
  const groups = proposal.pods.map((pod, k) =>
    pod.members.map((id, m) => {
      const at = position.get(id);
      if (at === undefined)
        throw new PodFormationInputError(`proposal.pods[${k}].members[${m}]`, `unknown participant ${id}`);
      return at;
    }),
  );
  const locate = (id: string, field: string): [pod: number, seat: number] => {
    const at = position.get(id);
    const pod = at === undefined ? -1 : groups.findIndex((g) => g.includes(at));
    if (pod < 0) throw new PodFormationInputError(field, `${id} is in no pod of the proposal`);
    return [pod, groups[pod]!.indexOf(at!)];
  };
  if (change.kind === 'swap') {
    const [pa, sa] = locate(change.a, 'change.a');
    const [pb, sb] = locate(change.b, 'change.b');
    const [A, B] = [groups[pa]!, groups[pb]!];
    [A[sa], B[sb]] = [B[sb]!, A[sa]!];
  } else {
    const [from, seat] = locate(change.person, 'change.person');
    if (!Number.isInteger(change.toPod) || change.toPod < 0 || change.toPod >= groups.length) {
      throw new PodFormationInputError('change.toPod', `there is no pod ${change.toPod}`);
    }
    if (change.toPod !== from) groups[change.toPod]!.push(groups[from]!.splice(seat, 1)[0]!);
  }
  const before = new Set(proposal.unmet.map(keyOf));
  const { pods, unmet, objective } = explainGrouping(
    index,
    groups.filter((g) => g.length > 0),
  );
  return { pods, unmet, objective, introduced: unmet.filter((v) => !before.has(keyOf(v))) };
}
