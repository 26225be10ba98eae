import type { PodSessionsView } from '../../http/schemas/scheduling';
import type { Caller } from '../../ports';
import { loadPodForMember } from './pod-context';
import type { SchedulingDeps } from './scheduling-deps';
import { podSessionsView } from './scheduling-views';

/** The pod's series (with its join link) and sessions, for its members. */
export async function listPodSessions(
  deps: SchedulingDeps,
  caller: Caller,
  podId: string,
): Promise<PodSessionsView> {
  await loadPodForMember(deps, caller, podId);
  const store = deps.store(caller.tenantId);
  const session = await store.sessions.currentForPod(podId);
  return podSessionsView(podId, session, session ? await store.sessions.occurrences(session.id) : []);
}
