import type { RankedSlot } from '../../domain/scheduling';
import { localDate } from '../../domain/time';
import type { PodSessionsView, SlotView } from '../../http/schemas/scheduling';
import type { Occurrence, Session } from '../../store';
import type { PodMember } from './pod-context';

const iso = (ms: number) => new Date(ms).toISOString();

/** A ranked slot as the API shows it, with member names. */
export function slotView(slot: RankedSlot, timeZone: string, members: readonly PodMember[]): SlotView {
  const name = (id: string) => members.find((m) => m.id === id)?.name ?? id;
  return {
    weekday: slot.weekday,
    anchorStart: slot.anchorStart,
    firstDate: slot.occurrences[0]!.date,
    timeZone,
    memberLocal: slot.memberLocal.map((m) => ({ ...m, name: name(m.memberId) })),
    occurrences: slot.occurrences.map((o) => ({
      seq: o.seq,
      date: o.date,
      start: iso(o.start),
      end: iso(o.end),
      conflicts: o.conflicts.map((c) => ({ memberId: c.memberId, name: name(c.memberId), status: c.status })),
    })),
    score: slot.score,
    why: slot.why,
  };
}

/** The pod's series and occurrences. */
export function podSessionsView(
  podId: string,
  session: Session | undefined,
  occurrences: readonly Occurrence[],
): PodSessionsView {
  if (!session) return { podId, series: null, occurrences: [] };
  const { slot } = session;
  return {
    podId,
    series: {
      id: session.id,
      state: session.state,
      organizerId: session.organizerId,
      seriesEventId: session.seriesEventId,
      joinUrl: slot.joinUrl ?? null,
      weekday: slot.weekday,
      anchorStart: slot.anchorStart,
      timeZone: slot.timeZone,
      cadence: slot.cadence,
      count: slot.count,
      durationMinutes: slot.durationMinutes,
      ...(slot.reason ? { reason: slot.reason } : {}),
    },
    occurrences: occurrences.map((o) => occurrenceView(o, slot.timeZone)),
  };
}

export function occurrenceView(o: Occurrence, timeZone: string) {
  return {
    id: o.id,
    seq: o.seq,
    date: localDate(o.startsAt.getTime(), timeZone).toString(),
    start: iso(o.startsAt.getTime()),
    end: iso(o.endsAt.getTime()),
    state: o.state,
  };
}
