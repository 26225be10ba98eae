import { NotFoundError, ForbiddenError, ConflictError } from '../../errors';
import type { PodView } from '../../http/schemas';
import type { Caller } from '../../ports';
import type { PodsDeps } from './pods-deps';

/** A pod and its members, for its members once published and for the program's owners at any time. */
export async function getPod(deps: Pick<PodsDeps, 'store'>, caller: Caller, podId: string): Promise<PodView> {
  const store = deps.store(caller.tenantId);
  const pod = await store.pods.get(podId);
  if (!pod) throw new NotFoundError('There is no such pod.', { field: 'id' });
  const cohort = await store.cohorts.get(pod.cohortId);
  const program = cohort && (await store.programs.get(cohort.programId));
  if (!cohort || !program) throw new NotFoundError('There is no such pod.', { field: 'id' });
  const isOwner = program.ownerIds.includes(caller.userId);
  if (!isOwner && !pod.memberIds.includes(caller.userId))
    throw new ForbiddenError('Only members of this pod and owners of its program can see it.');
  // A proposal can still change; members learn their pod when the owner publishes it.
  if (!isOwner && !pod.publishedAt)
    throw new ConflictError('This pod has not been published yet.', {
      code: 'pod_not_published',
      field: 'id',
    });
  const people = new Map((await store.people.listByIds(pod.memberIds)).map((p) => [p.id, p]));
  const members = pod.memberIds.map((id, i) => {
    const person = people.get(id);
    return {
      id,
      displayName: person?.displayName ?? `Member ${i + 1}`,
      jobTitle: person?.jobTitle ?? null,
      department: person?.department ?? null,
      timeZone: person?.timeZone ?? null,
    };
  });
  return { id: pod.id, name: pod.name, cohortId: pod.cohortId, members };
}
