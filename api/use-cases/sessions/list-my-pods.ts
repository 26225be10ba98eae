import type { Session } from '../../domain/sessions/session';
import type { Member } from '../../ports';
import type { SessionsDeps } from './sessions-deps';

export interface MyPodSession {
  sessionId: string;
  seq: number;
  count: number;
  /** Epoch ms. */
  startsAt: number;
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
  const [series, sessions] = await Promise.all([
    store.series.currentForPods(podIds),
    store.sessions.listForPods(podIds),
  ]);
  return pods.map((pod) => {
    const current = series.get(pod.id);
    const mine = sessions.filter((s) => s.seriesId === current?.id && s.state !== 'cancelled');
    const view = (s: Session): MyPodSession => ({
      sessionId: s.id,
      seq: s.seq,
      count: mine.length,
      startsAt: s.startsAt,
      joinUrl: current?.slot.joinUrl ?? null,
    });
    const next = mine.find((s) => s.endsAt > now && !s.closedAt);
    const open = mine.filter((s) => s.startsAt <= now && !s.closedAt).reverse();
    return { podId: pod.id, podName: pod.name, next: next ? view(next) : null, open: open.map(view) };
  });
}
