import type { MoveProposal, RankedSlot } from '../../domain/scheduling';
import type { Session } from '../../domain/sessions/session';
import { formatUtcOffset, localDate, timeZoneOf } from '../../domain/time';
import type { JobRun } from '../../ports';
import type { PodOutcome } from '../../use-cases/scheduling/cohort-outcomes';
import { countOutcomes } from '../../use-cases/scheduling/cohort-outcomes';
import type { PodSeries } from '../../use-cases/scheduling/list-pod-series';
import type { SessionConflicts } from '../../use-cases/scheduling/list-session-conflicts';
import type { SessionMove } from '../../use-cases/scheduling/move-session';
import type { PodMember } from '../../use-cases/scheduling/pod-context';
import type { PodSlots } from '../../use-cases/scheduling/search-pod-slots';
import type {
  JobProgressView,
  MoveSessionView,
  PodSessionsView,
  SessionConflictsView,
  SlotSearchView,
  SlotView,
} from '../schemas';
import { iso } from './iso';

/** A ranked slot as the API shows it, with member names. */
function toSlotView(slot: RankedSlot, timeZone: string, members: readonly PodMember[]): SlotView {
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
    score: {
      conflictedOccurrences: slot.score.conflictedOccurrences,
      tentativeOccurrences: slot.score.tentativeOccurrences,
      inconvenience: slot.score.inconvenience,
      worstMemberMinutesOutsideCore: slot.score.worstMemberMinutesOutsideCore,
      dstShiftingMembers: slot.score.dstShiftingMembers,
    },
    why: slot.why,
  };
}

export function toSlotSearchView(found: PodSlots): SlotSearchView {
  const { result } = found;
  return {
    podId: found.podId,
    organizerId: found.organizerId,
    timeZone: found.timeZone,
    timeZoneName: timeZoneOf(found.timeZone).displayName,
    settings: found.settings,
    feasible: result.feasible,
    ...(result.reason ? { reason: result.reason } : {}),
    unreadable: found.unreadable,
    slots: result.slots.map((slot) => toSlotView(slot, found.timeZone, found.members)),
  };
}

/** One session, dated in the series' zone. */
function toSessionView(session: Session, timeZone: string) {
  return {
    id: session.id,
    seq: session.seq,
    date: localDate(session.startsAt, timeZone).toString(),
    start: iso(session.startsAt),
    end: iso(session.endsAt),
    state: session.state,
    utcOffset: formatUtcOffset(timeZoneOf(timeZone).offsetAt(session.startsAt)),
  };
}

/** The pod's series and its sessions; `created` only when booking answered. */
export function toPodSessionsView({
  podId,
  series,
  sessions,
  created,
}: PodSeries & { created?: boolean }): PodSessionsView {
  if (!series) return { podId, series: null, sessions: [] };
  const { slot } = series;
  return {
    podId,
    series: {
      id: series.id,
      state: series.state,
      organizerId: series.organizerId,
      seriesEventId: series.seriesEventId,
      joinUrl: slot.joinUrl ?? null,
      weekday: slot.weekday,
      anchorStart: slot.anchorStart,
      timeZone: slot.timeZone,
      timeZoneName: timeZoneOf(slot.timeZone).displayName,
      cadence: slot.cadence,
      count: slot.count,
      durationMinutes: slot.durationMinutes,
      ...(slot.reason ? { reason: slot.reason } : {}),
    },
    sessions: sessions.map((s) => toSessionView(s, slot.timeZone)),
    ...(created === undefined ? {} : { created }),
  };
}

export function toConflictsView(found: SessionConflicts): SessionConflictsView {
  return {
    podId: found.podId,
    timeZone: found.timeZone,
    unreadable: found.unreadable,
    sessions: found.sessions.map((s) => ({ ...toSessionView(s, found.timeZone), conflicts: s.conflicts })),
  };
}

function toProposalView(p: MoveProposal) {
  return {
    start: iso(p.start),
    end: iso(p.end),
    date: p.date,
    weekday: p.weekday,
    anchorStart: p.anchorStart,
    dayShift: p.dayShift,
    memberLocal: p.memberLocal,
    why: p.why,
  };
}

export function toMoveView(move: SessionMove): MoveSessionView {
  return {
    podId: move.podId,
    session: toSessionView(move.session, move.timeZone),
    applied: move.applied,
    ...(move.reason ? { reason: move.reason } : {}),
    proposals: move.proposals.map(toProposalView),
  };
}

export function toJobProgressView(run: JobRun<PodOutcome>): JobProgressView {
  const { noSlot } = countOutcomes(run.outcomes);
  return {
    id: run.id,
    kind: run.kind,
    state: run.state,
    done: run.done,
    total: run.total,
    failed: run.failed,
    noSlot,
    pods: Object.entries(run.outcomes)
      .map(([podId, o]) => ({ podId, ...o }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.podId.localeCompare(b.podId)),
  };
}
