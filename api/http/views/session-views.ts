import { renderAgendaHtml } from '../../domain/sessions/agenda';
import type { Checkin, Checkout, Commitment } from '../../domain/sessions/session-records';
import type { ClosedSession } from '../../use-cases/sessions/close-session';
import type { SessionAgenda } from '../../use-cases/sessions/get-session-agenda';
import type { MyPod, MyPodSession } from '../../use-cases/sessions/list-my-pods';
import type {
  CheckInView,
  CheckOutView,
  CloseSessionResult,
  MyPodsView,
  SessionAgendaView,
  SessionNotes,
} from '../schemas';
import { iso } from './iso';

export function toCheckOutView(checkout: Checkout): CheckOutView {
  return {
    sessionId: checkout.sessionId,
    personId: checkout.personId,
    insight: checkout.insight,
    commitment: checkout.commitment,
    shareable: checkout.insightShareable,
    showName: checkout.showName,
    updatedAt: iso(checkout.updatedAt),
  };
}

export function toCheckInView({
  checkin,
  commitment,
}: {
  checkin: Checkin;
  commitment: Commitment | null;
}): CheckInView {
  return {
    ...checkinFields(checkin),
    commitment: commitment && { id: commitment.id, text: commitment.text, status: commitment.status },
  };
}

function checkinFields(checkin: Checkin) {
  return {
    sessionId: checkin.sessionId,
    personId: checkin.personId,
    mood: checkin.mood,
    commitmentStatus: checkin.commitmentStatus,
    note: checkin.note,
  };
}

export function toNotesView(notes: {
  session: { id: string; closedAt: number | null };
  checkins: Checkin[];
  checkouts: Checkout[];
}): SessionNotes {
  return {
    sessionId: notes.session.id,
    closed: notes.session.closedAt !== null,
    checkIns: notes.checkins.map(checkinFields),
    checkOuts: notes.checkouts.map(toCheckOutView),
  };
}

export function toCloseView(closed: ClosedSession): CloseSessionResult {
  return { ...closed, closedAt: iso(closed.closedAt) };
}

export function toAgendaView({ session, agenda, openCommitments }: SessionAgenda): SessionAgendaView {
  return {
    sessionId: session.id,
    podName: agenda.podName,
    seq: agenda.seq,
    count: agenda.count,
    startsAt: iso(session.startsAt),
    durationMinutes: agenda.durationMinutes,
    items: agenda.items,
    openCommitments,
    html: renderAgendaHtml(agenda),
  };
}

export function toMyPodsView(pods: MyPod[]): MyPodsView {
  const session = (s: MyPodSession) => ({ ...s, startsAt: iso(s.startsAt) });
  return {
    value: pods.map((pod) => ({ ...pod, next: pod.next && session(pod.next), open: pod.open.map(session) })),
  };
}
