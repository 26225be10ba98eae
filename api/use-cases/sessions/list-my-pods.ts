import type { PodOccurrence } from '../../store/repositories/session-repository';
import type { Member } from '../../ports';
import type { SessionsDeps } from './sessions-deps';

export interface MyPodSession {
  sessionId: string;
  seq: number;
  count: number;
  startsAt: Date;
  joinUrl: string | null;
}

export interface MyPod {
  podId: string;
  podName: string;
  /** The next session not yet over, or null. */
  next: MyPodSession | null;
  /** Sessions that have started and are not closed: the ones the member can check out of now, latest first. */
  open: MyPodSession[];
}

/** The member's published pods (optionally those whose name contains `search`) with their sessions. */
export async function listMyPods(
  deps: Pick<SessionsDeps, 'store' | 'clock'>,
  member: Member,
  search = '',
): Promise<MyPod[]> {
  const store = deps.store(member.tenantId);
  const now = deps.clock.now();
  const needle = search.trim().toLowerCase();
  const pods = (await store.pods.listForPerson(member.userId)).filter((p) =>
    p.name.toLowerCase().includes(needle),
  );
  const podIds = pods.map((p) => p.id);
  const [series, occurrences] = await Promise.all([
    store.sessions.currentForPods(podIds),
    store.sessions.listOccurrencesForPods(podIds),
  ]);
  return pods.map((pod) => {
    const current = series.get(pod.id);
    const mine = occurrences.filter((o) => o.sessionId === current?.id && o.state !== 'cancelled');
    const view = (o: PodOccurrence): MyPodSession => ({
      sessionId: o.id,
      seq: o.seq,
      count: mine.length,
      startsAt: o.startsAt,
      joinUrl: current?.slot.joinUrl ?? null,
    });
    const next = mine.find((o) => o.endsAt.getTime() > now && !o.closedAt);
    const open = mine.filter((o) => o.startsAt.getTime() <= now && !o.closedAt).reverse();
    return { podId: pod.id, podName: pod.name, next: next ? view(next) : null, open: open.map(view) };
  });
}
