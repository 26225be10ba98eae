import { proposePods, type PodProposal } from '../../domain/pods';
import { NotFoundError, ConflictError } from '../../errors';
import type { PodProposalView } from '../../http/schemas';
import type { Caller } from '../../ports';
import type { Cohort, StoredProposal, TenantStore } from '../../store';
import { cohortSeed, loadPodFormationInput, runPodFormation } from './pod-formation-input';
import { loadOwnedCohort, requireOpen } from '../programs/program-access';
import type { PodsDeps } from './pods-deps';
import { toProposalView } from './proposal-view';

/** The owner asks for pods: formed from the active enrollments under the cohort's rules, stored unpublished. */
export async function proposeCohortPods(
  deps: Pick<PodsDeps, 'store' | 'transact'>,
  caller: Caller,
  cohortId: string,
  seed: number | undefined,
): Promise<PodProposalView> {
  const { cohort, program } = await loadOwnedCohort(deps.store(caller.tenantId), caller, cohortId);
  requireOpen(cohort, 'forming pods');
  const input = await loadPodFormationInput(
    deps.store(caller.tenantId),
    cohort,
    program,
    seed ?? cohortSeed(cohort.id),
  );
  const proposal = runPodFormation(() => proposePods(input.participants, input.settings));
  const stored = { unmet: proposal.unmet, objective: proposal.objective, seed: input.settings.seed };
  const saved = await deps.transact(caller.tenantId, (store) =>
    saveProposal(store, cohort.id, proposal, stored),
  );
  return toProposalView(saved.cohort, saved.pods, stored, input.people);
}

/** Replaces the cohort's unpublished pods with these, numbered; refuses when the pods were published meanwhile. */
export async function saveProposal(
  store: TenantStore,
  cohortId: string,
  proposal: Pick<PodProposal, 'pods'>,
  stored: StoredProposal,
) {
  const fresh = await store.cohorts.get(cohortId);
  if (!fresh) throw new NotFoundError('There is no such cohort.', { field: 'id' });
  requireOpen(fresh, 'forming pods');
  const pods = await store.pods.replaceProposal(
    cohortId,
    proposal.pods.map((pod, i) => ({ name: `Pod ${i + 1}`, memberIds: pod.members, fit: { ...pod.fit } })),
  );
  await store.cohorts.saveProposal(cohortId, stored, 'proposed');
  const cohort: Cohort = { ...fresh, status: 'proposed' };
  return { cohort, pods };
}

/** The cohort's current proposal (or published pods) for its owner. */
export async function getPodProposal(
  deps: Pick<PodsDeps, 'store'>,
  caller: Caller,
  cohortId: string,
): Promise<PodProposalView> {
  const store = deps.store(caller.tenantId);
  const { cohort } = await loadOwnedCohort(store, caller, cohortId);
  const stored = await store.cohorts.getProposal(cohort.id);
  if (!stored) throw new NotFoundError('No pods have been proposed for this cohort yet.');
  const pods = await store.pods.listByCohort(cohort.id);
  const people = await store.people.listByIds(pods.flatMap((p) => p.memberIds));
  return toProposalView(cohort, pods, stored, new Map(people.map((p) => [p.id, p])));
}

/** 409 unless the cohort has a proposal that may still change. */
export function requireProposal(cohort: Cohort, stored: StoredProposal | null): StoredProposal {
  requireOpen(cohort, 'changing pods');
  if (!stored || cohort.status !== 'proposed')
    throw new ConflictError('Propose pods first.', { field: 'status' });
  return stored;
}
