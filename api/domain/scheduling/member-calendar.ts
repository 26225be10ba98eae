import { mergeIntervals, minutesOfDay, timeZoneOf, type Interval, type TimeZone } from '../time';
import { HARD_CONFLICT, type BusyItem } from './busy-item';
import { MINUTE_MS, weekdayOfEpochDay } from './epoch-day';
import type { ConflictStatus, SlotSearchMember } from './slot-search-types';

const CORE_MARGIN_MS = 60 * MINUTE_MS;

/** One member's working windows and free/busy as sorted UTC arrays, ready for binary search. */
export interface MemberCalendar {
  id: string;
  label: string;
  /** How reasons name the zone: the city of an IANA name ("Los Angeles"), else the zone's display name. */
  city: string;
  timeZone: string;
  zone: TimeZone;
  workStarts: number[];
  workEnds: number[];
  hardStarts: number[];
  hardEnds: number[];
  softStarts: number[];
  softEnds: number[];
  /** Items that can conflict (not workingElsewhere), sorted by start. */
  items: BusyItem[];
  longestItemMs: number;
}

/** Builds a member's calendar for sessions inside [fromMs, toMs). */
export function memberCalendar(member: SlotSearchMember, fromMs: number, toMs: number): MemberCalendar {
  const hours = member.workingHours;
  const zone = timeZoneOf(hours.timeZone);
  const startMin = minutesOfDay(hours.start);
  let endMin = minutesOfDay(hours.end);
  if (endMin <= startMin) endMin += 1440; // an overnight shift ends the next day
  const days = new Set(hours.days);
  const windows: Interval[] = [];
  for (let day = zone.localDay(fromMs) - 1; day <= zone.localDay(toMs) + 1; day++) {
    if (days.has(weekdayOfEpochDay(day)))
      windows.push({ start: zone.toEpoch(day, startMin), end: zone.toEpoch(day, endMin) });
  }
  const work = mergeIntervals(windows);
  const items = member.busy
    .filter((b) => b.status !== 'workingElsewhere' && b.end > fromMs && b.start < toMs)
    .sort((a, b) => a.start - b.start);
  const hard: Spans = { starts: [], ends: [] };
  const soft: Spans = { starts: [], ends: [] };
  for (const item of items) appendMerged(HARD_CONFLICT.has(item.status) ? hard : soft, item.start, item.end);
  return {
    id: member.id,
    label: member.name ?? member.id,
    city: zone.kind === 'iana' ? cityOf(zone.id) : zone.displayName,
    timeZone: zone.id,
    zone,
    workStarts: work.map((w) => w.start),
    workEnds: work.map((w) => w.end),
    hardStarts: hard.starts,
    hardEnds: hard.ends,
    softStarts: soft.starts,
    softEnds: soft.ends,
    items,
    longestItemMs: items.reduce((max, i) => Math.max(max, i.end - i.start), 0),
  };
}

/** Index of the working window holding all of [start, end), or -1. */
export function workWindowAt(cal: MemberCalendar, start: number, end: number): number {
  const i = firstEndingAfter(cal.workEnds, start);
  return i < cal.workStarts.length && cal.workStarts[i]! <= start && end <= cal.workEnds[i]! ? i : -1;
}

/** Minutes of [start, end) outside the core of a working window: the window minus its first and last hour. */
export function outsideCoreMinutes(cal: MemberCalendar, window: number, start: number, end: number): number {
  const coreStart = cal.workStarts[window]! + CORE_MARGIN_MS;
  const coreEnd = cal.workEnds[window]! - CORE_MARGIN_MS;
  const inside = Math.max(0, Math.min(end, coreEnd) - Math.max(start, coreStart));
  return (end - start - inside) / MINUTE_MS;
}

/** True when [start, end) overlaps any of the sorted, merged intervals given as parallel arrays. */
export function overlapsAny(
  starts: readonly number[],
  ends: readonly number[],
  start: number,
  end: number,
): boolean {
  const i = firstEndingAfter(ends, start);
  return i < starts.length && starts[i]! < end;
}

/** Distinct conflict statuses of the member's items overlapping [start, end), in a fixed order. */
export function conflictsAt(cal: MemberCalendar, start: number, end: number): ConflictStatus[] {
  const found = new Set<ConflictStatus>();
  const { items } = cal;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && items[i]!.start + cal.longestItemMs > start; i--) {
    const item = items[i]!;
    if (item.end > start && item.status !== 'workingElsewhere') found.add(item.status);
  }
  return (['busy', 'oof', 'tentative'] as const).filter((s) => found.has(s));
}

/** "Los Angeles" of "America/Los_Angeles"; "UTC" stays as is. */
export function cityOf(timeZone: string): string {
  return (timeZone.split('/').at(-1) ?? timeZone).replace(/_/g, ' ');
}

interface Spans {
  starts: number[];
  ends: number[];
}

/** Appends [start, end) to spans fed in order of start, merging it into the last span when they touch. */
function appendMerged(spans: Spans, start: number, end: number): void {
  const last = spans.ends.length - 1;
  if (last >= 0 && start <= spans.ends[last]!) spans.ends[last] = Math.max(spans.ends[last]!, end);
  else {
    spans.starts.push(start);
    spans.ends.push(end);
  }
}

function firstEndingAfter(ends: readonly number[], t: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
