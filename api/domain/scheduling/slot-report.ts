import { formatUtcOffset } from '../time';
import { HARD_CONFLICT } from './busy-item';
import { formatDayMonth, formatEpochDay, formatMinutes, weekdayOfEpochDay } from './epoch-day';
import { conflictsAt, outsideCoreMinutes, workWindowAt, type MemberCalendar } from './member-calendar';
import { occurrenceStart, type ScoredCandidate, type SeriesFrame } from './series-frame';
import type { MemberLocalTime, RankedSlot, SlotOccurrence } from './slot-search-types';

const MAX_LISTED = 3;

/** Expands a scored candidate into the slot callers see: occurrences with conflicts, local times and reasons. */
export function rankedSlot(frame: SeriesFrame, c: ScoredCandidate): RankedSlot {
  const { search, anchor, calendars, durationMs } = frame;
  const starts = Array.from({ length: search.count }, (_, seq) =>
    occurrenceStart(frame, c.dayIndex, c.minute, seq),
  );
  const occurrences: SlotOccurrence[] = starts.map((start, i) => ({
    seq: i + 1,
    date: formatEpochDay(search.firstDay + c.dayIndex + i * frame.strideDays),
    start,
    end: start + durationMs,
    conflicts: calendars.flatMap((cal) =>
      conflictsAt(cal, start, start + durationMs).map((status) => ({ memberId: cal.id, status })),
    ),
  }));
  const memberLocal: MemberLocalTime[] = calendars.map((cal) => ({
    memberId: cal.id,
    timeZone: cal.timeZone,
    zoneName: cal.zone.displayName,
    utcOffsets: starts.map((s) => formatUtcOffset(cal.zone.offsetAt(s))),
    weekday: weekdayOfEpochDay(cal.zone.localDay(starts[0]!)),
    start: formatMinutes(cal.zone.localMinutes(starts[0]!)),
    variesAcrossDst: starts.some((s) => cal.zone.localMinutes(s) !== cal.zone.localMinutes(starts[0]!)),
  }));
  const { dayIndex: _dayIndex, minute: _minute, outsideCore: _outsideCore, firstStart, ...score } = c;
  return {
    weekday: weekdayOfEpochDay(search.firstDay + c.dayIndex),
    anchorStart: formatMinutes(c.minute),
    firstStart,
    occurrences,
    memberLocal,
    score,
    why: [
      conflictReason(occurrences, calendars),
      ...tentativeReason(occurrences, calendars),
      coreHoursReason(starts, durationMs, calendars),
      ...dstReasons(calendars, starts, anchor),
    ],
  };
}

function conflictReason(
  occurrences: readonly SlotOccurrence[],
  calendars: readonly MemberCalendar[],
): string {
  const conflicted = occurrences.filter((o) => o.conflicts.some((x) => HARD_CONFLICT.has(x.status)));
  const n = conflicted.length;
  if (n === 0)
    return occurrences.length === 1
      ? 'no conflicts on the session'
      : `no conflicts on any of ${occurrences.length} sessions`;
  const parts = conflicted.slice(0, MAX_LISTED).map((o) => {
    const who = o.conflicts
      .filter((x) => HARD_CONFLICT.has(x.status))
      .map((x) => `${labelOf(calendars, x.memberId)} ${x.status === 'oof' ? 'out of office' : 'busy'}`);
    return `${who.join(', ')} on ${o.date}`;
  });
  const more = n > MAX_LISTED ? `; and ${n - MAX_LISTED} more` : '';
  return `${n} ${n === 1 ? 'session conflicts' : 'sessions conflict'}: ${parts.join('; ')}${more}`;
}

function tentativeReason(
  occurrences: readonly SlotOccurrence[],
  calendars: readonly MemberCalendar[],
): string[] {
  const held = occurrences.filter(
    (o) => o.conflicts.length > 0 && o.conflicts.every((x) => x.status === 'tentative'),
  );
  if (held.length === 0) return [];
  const parts = held
    .slice(0, MAX_LISTED)
    .map((o) => `${o.conflicts.map((x) => labelOf(calendars, x.memberId)).join(', ')} on ${o.date}`);
  const more = held.length > MAX_LISTED ? `; and ${held.length - MAX_LISTED} more` : '';
  const n = held.length;
  return [
    `${n} ${n === 1 ? 'session has a tentative hold' : 'sessions have tentative holds'}: ${parts.join('; ')}${more}`,
  ];
}

function coreHoursReason(
  starts: readonly number[],
  durationMs: number,
  calendars: readonly MemberCalendar[],
): string {
  const count = starts.length;
  const outside = calendars
    .map((cal) => ({
      cal,
      minutes: starts.reduce(
        (sum, s) => sum + outsideCoreMinutes(cal, workWindowAt(cal, s, s + durationMs), s, s + durationMs),
        0,
      ),
    }))
    .filter((x) => x.minutes > 0)
    .sort((a, b) => b.minutes - a.minutes || (a.cal.id < b.cal.id ? -1 : 1));
  if (outside.length === 0) return 'everyone inside core hours';
  const sessions = count === 1 ? 'the session' : `${count} sessions`;
  return `outside core hours (first or last working hour): ${outside.map((x) => `${x.cal.label} ${x.minutes} min`).join(', ')} over ${sessions}`;
}

function dstReasons(
  calendars: readonly MemberCalendar[],
  starts: readonly number[],
  anchor: SeriesFrame['anchor'],
): string[] {
  const out: string[] = [];
  for (const cal of calendars) {
    for (let j = 1; j < starts.length; j++) {
      const before = cal.zone.localMinutes(starts[j - 1]!);
      const after = cal.zone.localMinutes(starts[j]!);
      if (before === after) continue;
      const own = cal.zone.transitionBetween(starts[j - 1]!, starts[j]!);
      const zone = own === undefined ? anchor : cal.zone;
      const change = own ?? anchor.transitionBetween(starts[j - 1]!, starts[j]!);
      const when =
        change === undefined
          ? `from ${formatDayMonth(cal.zone.localDay(starts[j]!))}`
          : `after ${formatDayMonth(zone.localDay(change))}`;
      out.push(
        `${cal.city} shifts by ${shiftText(after - before)} ${when}: ${cal.label} starts ${formatMinutes(before)}, then ${formatMinutes(after)}`,
      );
    }
  }
  if (out.length === 0 && starts.length > 1) out.push('everyone keeps the same local time on every session');
  return out;
}

function shiftText(deltaMinutes: number): string {
  const minutes = Math.abs(((deltaMinutes + 720 + 1440) % 1440) - 720);
  return minutes === 60 ? 'an hour' : `${minutes} minutes`;
}

function labelOf(calendars: readonly MemberCalendar[], memberId: string): string {
  return calendars.find((cal) => cal.id === memberId)?.label ?? memberId;
}
