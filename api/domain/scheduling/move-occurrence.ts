import { formatUtcOffset, timeZoneOf, type Interval, type TimeZone, type Weekday } from '../time';
import { DAY_MS, MINUTE_MS, formatEpochDay, formatMinutes, weekdayOfEpochDay } from './epoch-day';
import {
  memberCalendar,
  outsideCoreMinutes,
  overlapsAny,
  workWindowAt,
  type MemberCalendar,
} from './member-calendar';
import { SchedulingInputError } from './scheduling-input-error';
import type { SlotSearchMember } from './slot-search-types';
import { checkMembers, checkZone } from './validate-slot-search';

export interface OccurrenceMoveInput {
  members: SlotSearchMember[];
  /** The series' recurrenceTimeZone; day limits are counted in it. */
  anchorTimeZone: string;
  /** The occurrence to move, as booked. Busy items with exactly this interval are taken to be the occurrence itself. */
  original: Interval;
  /** Starts of the series' other occurrences; a move may not reach a neighbour's date. */
  otherOccurrenceStarts: number[];
  now: number;
  /** Default 15. */
  gridMinutes?: number;
  /** How many days either side to look; default 3. */
  maxDayShift?: number;
  /** Default 3. */
  limit?: number;
}

export interface MoveProposal {
  start: number;
  end: number;
  /** 'YYYY-MM-DD' in the anchor zone. */
  date: string;
  weekday: Weekday;
  anchorStart: string;
  /** Days from the original date in the anchor zone (negative is earlier). */
  dayShift: number;
  /** Signed minutes from the original start. */
  minutesFromOriginal: number;
  /** Members with a tentative hold at the new time, by id. */
  tentative: string[];
  /** Minutes outside core hours summed over members, plus the worst-off member's again. */
  inconvenience: number;
  /** Each member's zone (id and own name), local weekday and start, and UTC offset at the new time. */
  memberLocal: {
    memberId: string;
    timeZone: string;
    zoneName: string;
    weekday: Weekday;
    start: string;
    utcOffset: string;
  }[];
  why: string[];
}

export interface OccurrenceMoveResult {
  proposals: MoveProposal[];
  reason?: string;
}

interface Candidate {
  start: number;
  day: number;
  shift: number;
  /** Wall-clock difference in the anchor zone from the original time, in ms. */
  clockDelta: number;
  tentative: string[];
  inconvenience: number;
  outside: { cal: MemberCalendar; minutes: number }[];
}

/**
 * New times for one occurrence near its original: same day first, then up to maxDayShift days either side, inside
 * everyone's working hours, free of busy and out-of-office items, and never on or past a neighbouring occurrence's
 * date (Graph answers ErrorOccurrenceCrossingBoundary). Ranked by days moved, then how far the wall-clock time moved,
 * tentative holds, inconvenience and start.
 */
export function proposeOccurrenceMove(input: OccurrenceMoveInput): OccurrenceMoveResult {
  const { original, now } = input;
  const grid = input.gridMinutes ?? 15;
  const maxDayShift = input.maxDayShift ?? 3;
  const limit = input.limit ?? 3;
  checkInput(input, grid, maxDayShift, limit);
  const durationMs = original.end - original.start;
  const span = (maxDayShift + 2) * DAY_MS;
  const anchor = timeZoneOf(input.anchorTimeZone);
  const calendars = [...input.members]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((m) => ({ ...m, busy: m.busy.filter((b) => b.start !== original.start || b.end !== original.end) }))
    .map((m) => memberCalendar(m, original.start - span, original.end + span));
  const originalDay = anchor.localDay(original.start);
  const originalMinutes = anchor.localMinutes(original.start);
  const neighbourDays = input.otherOccurrenceStarts.map((s) => anchor.localDay(s));
  const prevDay = Math.max(Number.NEGATIVE_INFINITY, ...neighbourDays.filter((d) => d < originalDay));
  const nextDay = Math.min(Number.POSITIVE_INFINITY, ...neighbourDays.filter((d) => d > originalDay));
  const found: Candidate[] = [];
  for (let shift = -maxDayShift; shift <= maxDayShift; shift++) {
    const day = originalDay + shift;
    if (day <= prevDay || day >= nextDay) continue;
    for (let minute = 0; minute < 1440; minute += grid) {
      const start = anchor.toEpoch(day, minute);
      if (start === original.start || start < now) continue;
      const candidate = evaluate(calendars, start, start + durationMs);
      if (candidate)
        found.push({
          ...candidate,
          start,
          day,
          shift,
          clockDelta: start - anchor.toEpoch(day, originalMinutes),
        });
    }
  }
  if (found.length === 0)
    return { proposals: [], reason: noMoveReason(input, originalDay, prevDay, nextDay, maxDayShift) };
  found.sort(
    (a, b) =>
      Math.abs(a.shift) - Math.abs(b.shift) ||
      Math.abs(a.clockDelta) - Math.abs(b.clockDelta) ||
      a.tentative.length - b.tentative.length ||
      a.inconvenience - b.inconvenience ||
      a.start - b.start,
  );
  return {
    proposals: found.slice(0, limit).map((c) => proposal(c, anchor, calendars, original, durationMs)),
  };
}

function evaluate(
  calendars: readonly MemberCalendar[],
  start: number,
  end: number,
): Omit<Candidate, 'start' | 'day' | 'shift' | 'clockDelta'> | undefined {
  const tentative: string[] = [];
  const outside: Candidate['outside'] = [];
  for (const cal of calendars) {
    const window = workWindowAt(cal, start, end);
    if (window < 0 || overlapsAny(cal.hardStarts, cal.hardEnds, start, end)) return undefined;
    if (overlapsAny(cal.softStarts, cal.softEnds, start, end)) tentative.push(cal.id);
    outside.push({ cal, minutes: outsideCoreMinutes(cal, window, start, end) });
  }
  const minutes = outside.map((o) => o.minutes);
  return { tentative, outside, inconvenience: minutes.reduce((a, b) => a + b, 0) + Math.max(...minutes) };
}

function proposal(
  c: Candidate,
  anchor: TimeZone,
  calendars: readonly MemberCalendar[],
  original: Interval,
  durationMs: number,
): MoveProposal {
  const minutesFromOriginal = (c.start - original.start) / MINUTE_MS;
  const outside = c.outside.filter((o) => o.minutes > 0);
  const labels = (ids: string[]) =>
    ids.map((id) => calendars.find((cal) => cal.id === id)?.label ?? id).join(', ');
  return {
    start: c.start,
    end: c.start + durationMs,
    date: formatEpochDay(c.day),
    weekday: weekdayOfEpochDay(c.day),
    anchorStart: formatMinutes(anchor.localMinutes(c.start)),
    dayShift: c.shift,
    minutesFromOriginal,
    tentative: c.tentative,
    inconvenience: c.inconvenience,
    memberLocal: calendars.map((cal) => ({
      memberId: cal.id,
      timeZone: cal.timeZone,
      zoneName: cal.zone.displayName,
      weekday: weekdayOfEpochDay(cal.zone.localDay(c.start)),
      start: formatMinutes(cal.zone.localMinutes(c.start)),
      utcOffset: formatUtcOffset(cal.zone.offsetAt(c.start)),
    })),
    why: [
      moveText(c.shift, c.clockDelta),
      "free for everyone and inside everyone's working hours",
      ...(c.tentative.length ? [`tentative hold: ${labels(c.tentative)}`] : []),
      outside.length === 0
        ? 'everyone inside core hours'
        : `outside core hours: ${outside.map((o) => `${o.cal.label} ${o.minutes} min`).join(', ')}`,
    ],
  };
}

/** "same day, 2 h later", "1 day earlier, same time", "2 days later, 30 min earlier". */
function moveText(shift: number, clockDeltaMs: number): string {
  const day =
    shift === 0
      ? 'same day'
      : `${Math.abs(shift)} day${Math.abs(shift) === 1 ? '' : 's'} ${shift < 0 ? 'earlier' : 'later'}`;
  const minutes = Math.round(clockDeltaMs / MINUTE_MS);
  if (minutes === 0) return `${day}, same time`;
  const amount = minutes % 60 === 0 ? `${Math.abs(minutes) / 60} h` : `${Math.abs(minutes)} min`;
  return `${day}, ${amount} ${minutes < 0 ? 'earlier' : 'later'}`;
}

function noMoveReason(
  input: OccurrenceMoveInput,
  day: number,
  prevDay: number,
  nextDay: number,
  maxDayShift: number,
): string {
  const lo = Math.max(day - maxDayShift, prevDay + 1);
  const hi = Math.min(day + maxDayShift, nextDay - 1);
  const bounds =
    lo > day - maxDayShift || hi < day + maxDayShift
      ? ' (neighbouring sessions bound the days that can be used)'
      : '';
  return (
    `no time from ${formatEpochDay(lo)} to ${formatEpochDay(hi)} is inside everyone's working hours ` +
    `and free for all ${input.members.length} members${bounds}`
  );
}

function checkInput(input: OccurrenceMoveInput, grid: number, maxDayShift: number, limit: number): void {
  checkMembers(input.members);
  checkZone('anchorTimeZone', input.anchorTimeZone);
  const { start, end } = input.original;
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
    throw new SchedulingInputError('original', 'original must have a finite start before its end');
  }
  if (!Number.isFinite(input.now))
    throw new SchedulingInputError('now', 'now must be an epoch time in milliseconds');
  if (!Number.isInteger(grid) || grid < 5 || grid > 60 || 1440 % grid !== 0) {
    throw new SchedulingInputError('gridMinutes', 'gridMinutes must divide a day evenly, from 5 to 60');
  }
  if (!Number.isInteger(maxDayShift) || maxDayShift < 0 || maxDayShift > 6) {
    throw new SchedulingInputError('maxDayShift', 'maxDayShift must be a whole number from 0 to 6');
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    throw new SchedulingInputError('limit', 'limit must be a whole number from 1 to 50');
}
