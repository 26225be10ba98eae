import type { Cohort } from '../../domain/programs';
import type { TenantStore } from '../../ports';

/**
 * An enrollment change makes the current proposal describe people who left or miss people who joined, so it is
 * discarded and the owner proposes again. Call inside the enrollment's transaction.
 */
export async function discardProposal(
  store: TenantStore,
  cohort: Pick<Cohort, 'id' | 'status'>,
): Promise<void> {
  if (cohort.status !== 'proposed') return;
  await store.pods.replaceProposal(cohort.id, []);
  await store.cohorts.saveProposal(cohort.id, null, 'enrolling');
}
