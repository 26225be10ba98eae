import { ConflictError } from '../../errors';
import { isCohortOpen } from '../../domain/programs';
import type { Caller } from '../../ports';
import { loadOwnedCohort } from '../access';
import type { PodsDeps } from './pods-deps';
import { getPodProposal, type ProposalState } from './propose-cohort-pods';

/** The owner freezes the proposed pods; publishing again changes nothing. Nobody is notified yet. */
export async function publishCohort(
  deps: Pick<PodsDeps, 'store' | 'transact' | 'clock'>,
  caller: Caller,
  cohortId: string,
): Promise<ProposalState> {
  const { cohort } = await loadOwnedCohort(deps.store(caller.tenantId), caller, cohortId);
  if (isCohortOpen(cohort.status)) {
    await deps.transact(caller.tenantId, async (store) => {
      const fresh = await store.cohorts.get(cohort.id);
      if (fresh?.status === 'enrolling' || !(await store.cohorts.getProposal(cohort.id))) {
        throw new ConflictError('Propose pods before publishing.', { field: 'status' });
      }
      if (fresh?.status !== 'proposed') return;
      await store.pods.publish(cohort.id, deps.clock.now());
      await store.cohorts.setStatus(cohort.id, 'published');
    });
  }
  return getPodProposal(deps, caller, cohortId);
}
