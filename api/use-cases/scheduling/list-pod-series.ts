import type { Series } from '../../domain/scheduling';
import type { Session } from '../../domain/sessions/session';
import type { Caller } from '../../ports';
import { loadPodForMember } from '../access';
import type { SchedulingDeps } from './scheduling-deps';

/** A pod's current series (if any) and its sessions. */
export interface PodSeries {
  podId: string;
  series: Series | undefined;
  sessions: Session[];
}

/** The pod's series (with its join link) and sessions, for its members. */
export async function listPodSeries(
  deps: Pick<SchedulingDeps, 'store'>,
  caller: Caller,
  podId: string,
): Promise<PodSeries> {
  const store = deps.store(caller.tenantId);
  await loadPodForMember(store, caller, podId, 'schedule its sessions');
  const series = await store.series.currentForPod(podId);
  return { podId, series, sessions: series ? await store.sessions.listBySeries(series.id) : [] };
}
