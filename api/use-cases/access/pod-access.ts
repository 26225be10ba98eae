import { ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import type { Pod } from '../../domain/pods';
import type { Cohort, Program } from '../../domain/programs';
import type { TenantStore } from '../../ports';
import { isOwner, type Asker } from './program-access';

/** A pod with the cohort and program it belongs to. */
export interface PodInProgram {
  pod: Pod;
  cohort: Cohort;
  program: Program;
}

/**
 * A pod for one of its members, once the owner has published it: 404 when unknown, 403 for anyone else, 409 while
 * it is only proposed (a proposal can still change; members learn their pod when it is published).
 */
export async function loadPodForMember(
  store: TenantStore,
  asker: Asker,
  podId: string,
  doing = 'see it',
): Promise<PodInProgram> {
  const found = await loadPodInProgram(store, podId);
  if (!found.pod.memberIds.includes(asker.userId))
    throw new ForbiddenError(`Only members of this pod can ${doing}.`);
  requirePublished(found.pod);
  return found;
}

/** A pod for its members once published, and for its program's owners at any time. */
export async function loadPodForMemberOrOwner(
  store: TenantStore,
  asker: Asker,
  podId: string,
): Promise<PodInProgram & { asOwner: boolean }> {
  const found = await loadPodInProgram(store, podId);
  const asOwner = isOwner(found.program, asker);
  if (!asOwner && !found.pod.memberIds.includes(asker.userId))
    throw new ForbiddenError('Only members of this pod and owners of its program can see it.');
  if (!asOwner) requirePublished(found.pod);
  return { ...found, asOwner };
}

async function loadPodInProgram(store: TenantStore, podId: string): Promise<PodInProgram> {
  const pod = await store.pods.get(podId);
  const cohort = pod && (await store.cohorts.get(pod.cohortId));
  const program = cohort && (await store.programs.get(cohort.programId));
  if (!pod || !cohort || !program) throw new NotFoundError('There is no such pod.', { field: 'id' });
  return { pod, cohort, program };
}

function requirePublished(pod: Pod): void {
  if (!pod.publishedAt)
    throw new ConflictError('This pod has not been published yet.', {
      code: 'pod_not_published',
      field: 'id',
    });
}
