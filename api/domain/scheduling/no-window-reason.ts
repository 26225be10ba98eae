import { intersectIntervals, type Interval } from '../time';
import { DAY_MS, MINUTE_MS } from './epoch-day';
import type { SeriesFrame } from './series-frame';
import type { MemberCalendar } from './member-calendar';

/** How the candidates of a search that found nothing were ruled out. */
export interface CandidateMisses {
  firstOutsideHours: number;
  beforeNow: number;
}

/** Names why no candidate fits everyone's working hours, starting with the pair of members that overlap least. */
export function noWindowReason(frame: SeriesFrame, misses: CandidateMisses): string {
  const { search, calendars, anchor, periodDays } = frame;
  const needed = search.durationMinutes;
  const from = anchor.toEpoch(search.firstDay, 0);
  const to = anchor.toEpoch(search.firstDay + periodDays, 0) + DAY_MS;
  const windows = calendars.map((cal) => windowsOf(cal, from, to));
  let tightest: { a: MemberCalendar; b: MemberCalendar; minutes: number } | undefined;
  for (let i = 0; i < calendars.length; i++) {
    for (let j = i + 1; j < calendars.length; j++) {
      const minutes = longest(intersectIntervals(windows[i]!, windows[j]!));
      if (!tightest || minutes < tightest.minutes) tightest = { a: calendars[i]!, b: calendars[j]!, minutes };
    }
  }
  const lead = `no shared working window of ${needed} minutes`;
  if (tightest && tightest.minutes < needed) {
    return `${lead}: ${who(tightest.a)} and ${who(tightest.b)} overlap ${tightest.minutes} min`;
  }
  const all = windows.slice(1).reduce((acc, w) => intersectIntervals(acc, w), windows[0] ?? []);
  const together = longest(all);
  if (together < needed)
    return `${lead}: all ${calendars.length} members together overlap at most ${together} min`;
  const total = periodDays * (1440 / search.gridMinutes);
  if (misses.firstOutsideHours === total) {
    return `${lead} starting on the ${search.gridMinutes}-minute grid in the ${periodDays} days from ${search.firstDate}`;
  }
  if (misses.firstOutsideHours + misses.beforeNow === total) {
    return `every shared working time in the ${periodDays} days from ${search.firstDate} starts before now`;
  }
  return (
    `no ${search.cadence} time stays inside everyone's working hours for all ${search.count} sessions: ` +
    'daylight-saving changes move the shared window'
  );
}

/** "Ana (Sydney)". */
export function who(cal: MemberCalendar): string {
  return `${cal.label} (${cal.city})`;
}

function windowsOf(cal: MemberCalendar, from: number, to: number): Interval[] {
  const out: Interval[] = [];
  cal.workStarts.forEach((start, i) => {
    const end = cal.workEnds[i]!;
    if (end > from && start < to) out.push({ start, end });
  });
  return out;
}

function longest(intervals: readonly Interval[]): number {
  return intervals.reduce((max, i) => Math.max(max, (i.end - i.start) / MINUTE_MS), 0);
}
