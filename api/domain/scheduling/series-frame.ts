import { cadenceWeeks } from '../sessions/session-plan';
import { DAY_MS, MINUTE_MS } from './epoch-day';
import { memberCalendar, type MemberCalendar } from './member-calendar';
import type { SlotScore } from './slot-search-types';
import type { CheckedSlotSearch } from './validate-slot-search';
import { ZoneClock } from './zone-clock';

/** The fixed frame of one search: the anchor clock, the series' stride and its members' calendars. */
export interface SeriesFrame {
  search: CheckedSlotSearch;
  anchor: ZoneClock;
  /** Days in the first cadence period, which are the candidate days. */
  periodDays: number;
  /** Days between occurrences. */
  strideDays: number;
  durationMs: number;
  /** Sorted by member id, so member order never changes the result. */
  calendars: MemberCalendar[];
}

/** A candidate that fits everyone's working hours on every occurrence, with its ranking terms. */
export interface ScoredCandidate extends SlotScore {
  dayIndex: number;
  minute: number;
  firstStart: number;
  /** Minutes outside core hours per calendar, when the caller has them; reports recompute them. */
  outsideCore?: number[];
}

/** Builds the anchor clock and member calendars covering every possible occurrence of the search. */
export function seriesFrame(search: CheckedSlotSearch): SeriesFrame {
  const strideDays = 7 * cadenceWeeks(search.cadence);
  const periodDays = strideDays;
  const lastDay = search.firstDay + periodDays + strideDays * (search.count - 1);
  const roughFrom = search.firstDay * DAY_MS - 2 * DAY_MS;
  const roughTo = (lastDay + 2) * DAY_MS;
  const anchor = ZoneClock.of(search.anchorTimeZone, roughFrom, roughTo);
  const from = anchor.toEpoch(search.firstDay, 0);
  const to = anchor.toEpoch(lastDay, 0) + search.durationMinutes * MINUTE_MS;
  const members = [...search.members].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const calendars = members.map((m) => memberCalendar(m, from, to));
  return {
    search,
    anchor,
    periodDays,
    strideDays,
    durationMs: search.durationMinutes * MINUTE_MS,
    calendars,
  };
}

/** Epoch ms of occurrence `seq` (0-based) of a candidate. */
export function occurrenceStart(frame: SeriesFrame, dayIndex: number, minute: number, seq: number): number {
  return frame.anchor.toEpoch(frame.search.firstDay + dayIndex + seq * frame.strideDays, minute);
}

/** True when the member's local start time is not the same on every occurrence. */
export function shiftsAcrossSeries(cal: MemberCalendar, starts: readonly number[]): boolean {
  const first = cal.clock.localMinutes(starts[0]!);
  return starts.some((s) => cal.clock.localMinutes(s) !== first);
}
