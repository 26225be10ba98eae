import { UnprocessableError, ValidationError } from '../../errors';
import { applyChange, inPodOrder, violationText, type PodChange, type Violation } from '../../domain/pods';
import type { Caller } from '../../ports';
import { loadOwnedCohort } from '../access';
import { loadPodFormationInput, runPodFormation } from './pod-formation-input';
import type { PodsDeps } from './pods-deps';
import { requireProposal, saveProposal, type ProposalState } from './propose-cohort-pods';

/** An owner's change: swap two members, or move one into another pod (by pod id). */
export type PodChangeInput =
  | { kind: 'swap'; a: string; b: string; force: boolean }
  | { kind: 'move'; person: string; toPod: string; force: boolean };

/**
 * An owner swaps two members or moves one to another pod. The change is re-checked against every rule; one that
 * breaks a hard rule is refused (422, the breaches named) unless `force` is set, in which case it is kept and
 * the breaches join the proposal's unmet rules, so publishing shows them.
 */
export async function changePodProposal(
  deps: Pick<PodsDeps, 'store' | 'transact'>,
  caller: Caller,
  cohortId: string,
  change: PodChangeInput,
): Promise<ProposalState & { introduced: Violation[]; changedPods: string[] }> {
  const store = deps.store(caller.tenantId);
  const { cohort, program } = await loadOwnedCohort(store, caller, cohortId);
  const stored = requireProposal(cohort, await store.cohorts.getProposal(cohort.id));
  const pods = inPodOrder(await store.pods.listByCohort(cohort.id));
  const input = await loadPodFormationInput(store, cohort, program, stored.seed);
  const toPod = change.kind === 'move' ? pods.findIndex((p) => p.id === change.toPod) : -1;
  if (change.kind === 'move' && toPod < 0)
    throw new ValidationError('There is no such pod in the proposal.', [
      { field: 'toPod', message: 'unknown pod' },
    ]);
  const domainChange: PodChange =
    change.kind === 'swap'
      ? { kind: 'swap', a: change.a, b: change.b }
      : { kind: 'move', person: change.person, toPod };
  const current = {
    pods: pods.map((p) => ({ members: p.memberIds })),
    unmet: stored.unmet,
  };
  const changed = runPodFormation(() =>
    applyChange(current, domainChange, input.participants, input.settings),
  );
  const { introduced } = changed;
  if (introduced.length && !change.force) {
    const nameOf = (id: string) => input.people.get(id)?.displayName ?? id;
    throw new UnprocessableError(
      'hard_rule_broken',
      'This change breaks a hard rule; send force: true to keep it anyway.',
      { errors: introduced.map((v) => ({ field: v.rule, message: violationText(v, nameOf) })) },
    );
  }
  const next = { unmet: changed.unmet, objective: changed.objective, seed: stored.seed };
  const saved = await deps.transact(caller.tenantId, (tx) => saveProposal(tx, cohort.id, changed, next));
  const moved = change.kind === 'swap' ? [change.a, change.b] : [change.person];
  const changedPods = saved.pods.filter((p) => p.memberIds.some((id) => moved.includes(id))).map((p) => p.id);
  return { ...saved, summary: next, people: input.people, introduced, changedPods };
}
