import { applyChange, type PodChange, type PodFit, type Violation } from '../../domain/pods';
import { ValidationError, UnprocessableError } from '../../errors';
import type { PodChangeRequest, PodProposalView, RuleViolation } from '../../http/schemas';
import type { Caller } from '../../ports';
import { loadPodFormationInput, runPodFormation } from './pod-formation-input';
import { loadOwnedCohort } from '../programs/program-access';
import type { PodsDeps } from './pods-deps';
import { inPodOrder, toProposalView, toViolationView } from './proposal-view';
import { requireProposal, saveProposal } from './propose-cohort-pods';

/**
 * An owner swaps two members or moves one to another pod. The change is re-checked against every rule; one that
 * breaks a hard rule is refused (422, the breaches named) unless `force` is set, in which case it is kept and
 * the breaches join the proposal's unmet rules, so publishing shows them.
 */
export async function changePodProposal(
  deps: Pick<PodsDeps, 'store' | 'transact'>,
  caller: Caller,
  cohortId: string,
  change: PodChangeRequest,
): Promise<PodProposalView & { introduced: RuleViolation[]; changedPods: string[] }> {
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
    pods: pods.map((p) => ({ members: p.memberIds, fit: p.fit as unknown as PodFit })),
    unmet: stored.unmet as Violation[],
    objective: stored.objective,
  };
  const changed = runPodFormation(() =>
    applyChange(current, domainChange, input.participants, input.settings),
  );
  const introduced = changed.introduced.map((v) => toViolationView(v, input.people));
  if (introduced.length && !change.force) {
    throw new UnprocessableError(
      'hard_rule_broken',
      'This change breaks a hard rule; send force: true to keep it anyway.',
      {
        errors: introduced.map((v) => ({ field: v.rule, message: v.why })),
      },
    );
  }
  const next = { unmet: changed.unmet, objective: changed.objective, seed: stored.seed };
  const saved = await deps.transact(caller.tenantId, (tx) => saveProposal(tx, cohort.id, changed, next));
  const moved = change.kind === 'swap' ? [change.a, change.b] : [change.person];
  const changedPods = saved.pods.filter((p) => p.memberIds.some((id) => moved.includes(id))).map((p) => p.id);
  return { ...toProposalView(saved.cohort, saved.pods, next, input.people), introduced, changedPods };
}
