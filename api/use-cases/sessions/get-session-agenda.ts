import { buildAgenda, type Agenda } from '../../domain/sessions/agenda';
import type { Session } from '../../domain/sessions/session';
import type { Member } from '../../ports';
import { loadSessionForMember } from '../access';
import type { SessionsDeps } from './sessions-deps';

const MINUTE = 60_000;

/** A session's run sheet with each member's open commitment from their previous session. */
export interface SessionAgenda {
  session: Session;
  agenda: Agenda;
  openCommitments: { memberId: string; text: string }[];
}

/** The session's run sheet for its pod, with each member's open commitment from their previous session. */
export async function getSessionAgenda(
  deps: Pick<SessionsDeps, 'store'>,
  member: Member,
  sessionId: string,
): Promise<SessionAgenda> {
  const store = deps.store(member.tenantId);
  const { session, pod, count } = await loadSessionForMember(store, member, sessionId);
  const people = await store.people.listByIds(pod.memberIds);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const commitments = await Promise.all(
    pod.memberIds.map((id) => store.commitments.latestBefore(pod.id, id, session.startsAt)),
  );
  const openCommitments = commitments
    .filter((c) => c !== undefined && c.status === 'open')
    .map((c) => ({ memberId: c!.personId, text: c!.text }));
  const agenda = buildAgenda({
    podName: pod.name,
    members: pod.memberIds.map((id, i) => ({ id, name: names.get(id) ?? `Member ${i + 1}` })),
    seq: session.seq,
    count,
    durationMinutes: Math.round((session.endsAt - session.startsAt) / MINUTE),
    openCommitments,
  });
  return { session, agenda, openCommitments };
}
