import { ConflictError, NotFoundError } from '../../errors';
import type { CachedPerson } from '../../domain/people';
import { proposePods, type Pod, type PodProposal } from '../../domain/pods';
import type { Cohort, ProposalSummary } from '../../domain/programs';
import type { Caller, TenantStore } from '../../ports';
import { loadOwnedCohort, requireOpen } from '../access';
import { cohortSeed, loadPodFormationInput, runPodFormation } from './pod-formation-input';
import type { PodsDeps } from './pods-deps';

/** A cohort's current pods as its owner sees them, with the people they name. */
export interface ProposalState {
  cohort: Cohort;
  pods: Pod[];
  summary: ProposalSummary;
  people: Map<string, CachedPerson>;
}

/** The owner asks for pods: formed from the active enrollments under the cohort's rules, stored unpublished. */
export async function proposeCohortPods(
  deps: Pick<PodsDeps, 'store' | 'transact'>,
  caller: Caller,
  cohortId: string,
  seed: number | undefined,
): Promise<ProposalState> {
  const store = deps.store(caller.tenantId);
  const { cohort, program } = await loadOwnedCohort(store, caller, cohortId);
  requireOpen(cohort, 'forming pods');
  const input = await loadPodFormationInput(store, cohort, program, seed ?? cohortSeed(cohort.id));
  const proposal = runPodFormation(() => proposePods(input.participants, input.settings));
  const summary = { unmet: proposal.unmet, objective: proposal.objective, seed: input.settings.seed };
  const saved = await deps.transact(caller.tenantId, (tx) => saveProposal(tx, cohort.id, proposal, summary));
  return { ...saved, summary, people: input.people };
}

/** Replaces the cohort's unpublished pods with these, numbered; refuses when the pods were published meanwhile. */
export async function saveProposal(
  store: TenantStore,
  cohortId: string,
  proposal: Pick<PodProposal, 'pods'>,
  summary: ProposalSummary,
): Promise<{ cohort: Cohort; pods: Pod[] }> {
  const fresh = await store.cohorts.get(cohortId);
  if (!fresh) throw new NotFoundError('There is no such cohort.', { field: 'id' });
  requireOpen(fresh, 'forming pods');
  const pods = await store.pods.replaceProposal(
    cohortId,
    proposal.pods.map((pod, i) => ({ name: `Pod ${i + 1}`, memberIds: pod.members, fit: pod.fit })),
  );
  await store.cohorts.saveProposal(cohortId, summary, 'proposed');
  return { cohort: { ...fresh, status: 'proposed' }, pods };
}

/** The cohort's current proposal (or published pods) for its owner. */
export async function getPodProposal(
  deps: Pick<PodsDeps, 'store'>,
  caller: Caller,
  cohortId: string,
): Promise<ProposalState> {
  const store = deps.store(caller.tenantId);
  const { cohort } = await loadOwnedCohort(store, caller, cohortId);
  const summary = await store.cohorts.getProposal(cohort.id);
  if (!summary) throw new NotFoundError('No pods have been proposed for this cohort yet.');
  const pods = await store.pods.listByCohort(cohort.id);
  const people = await store.people.listByIds(pods.flatMap((p) => p.memberIds));
  return { cohort, pods, summary, people: new Map(people.map((p) => [p.id, p])) };
}

/** 409 unless the cohort has a proposal that may still change. */
export function requireProposal(cohort: Cohort, summary: ProposalSummary | null): ProposalSummary {
  requireOpen(cohort, 'changing pods');
  if (!summary || cohort.status !== 'proposed')
    throw new ConflictError('Propose pods first.', { field: 'status' });
  return summary;
}
