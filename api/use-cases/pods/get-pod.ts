import type { CachedPerson } from '../../domain/people';
import type { Pod } from '../../domain/pods';
import type { Caller } from '../../ports';
import { loadPodForMemberOrOwner } from '../access';
import type { PodsDeps } from './pods-deps';

/** A pod and its members (as the people cache knows them), for its members once published and its owners always. */
export async function getPod(
  deps: Pick<PodsDeps, 'store'>,
  caller: Caller,
  podId: string,
): Promise<{ pod: Pod; people: Map<string, CachedPerson> }> {
  const store = deps.store(caller.tenantId);
  const { pod } = await loadPodForMemberOrOwner(store, caller, podId);
  const people = new Map((await store.people.listByIds(pod.memberIds)).map((p) => [p.id, p]));
  return { pod, people };
}
