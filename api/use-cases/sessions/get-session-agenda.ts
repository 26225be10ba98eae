import { buildAgenda, renderAgendaHtml } from '../../domain/sessions/agenda';
import type { SessionAgendaView } from '../../http/schemas/sessions';
import { loadMemberSession } from './load-member-session';
import type { Member } from '../../ports';
import type { SessionsDeps } from './sessions-deps';

const MINUTE = 60_000;

/** The session's run sheet for its pod, with each member's open commitment from their previous session. */
export async function getSessionAgenda(
  deps: Pick<SessionsDeps, 'store'>,
  member: Member,
  occurrenceId: string,
): Promise<SessionAgendaView> {
  const store = deps.store(member.tenantId);
  const { occurrence, pod, count } = await loadMemberSession(store, occurrenceId, member.userId);
  const people = await store.people.listByIds(pod.memberIds);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const commitments = await Promise.all(
    pod.memberIds.map((id) => store.commitments.latestBefore(pod.id, id, occurrence.startsAt)),
  );
  const openCommitments = commitments
    .filter((c) => c !== undefined && c.status === 'open')
    .map((c) => ({ memberId: c!.personId, text: c!.text }));
  const agenda = buildAgenda({
    podName: pod.name,
    members: pod.memberIds.map((id, i) => ({ id, name: names.get(id) ?? `Member ${i + 1}` })),
    seq: occurrence.seq,
    count,
    durationMinutes: Math.round((occurrence.endsAt.getTime() - occurrence.startsAt.getTime()) / MINUTE),
    openCommitments,
  });
  return {
    sessionId: occurrenceId,
    podName: agenda.podName,
    seq: agenda.seq,
    count: agenda.count,
    startsAt: occurrence.startsAt.toISOString(),
    durationMinutes: agenda.durationMinutes,
    items: agenda.items,
    openCommitments,
    html: renderAgendaHtml(agenda),
  };
}
