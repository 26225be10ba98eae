import { cadenceWeeks } from '../sessions/session-plan';
import { timeZoneOf, type TimeZone } from '../time';
import { MINUTE_MS } from './epoch-day';
import { memberCalendar, type MemberCalendar } from './member-calendar';
import type { SlotScore } from './slot-search-types';
import type { CheckedSlotSearch } from './validate-slot-search';

/** The fixed frame of one search: the anchor zone, the series' stride and its members' calendars. */
export interface SeriesFrame {
  search: CheckedSlotSearch;
  anchor: TimeZone;
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

/** Builds the anchor zone and member calendars covering every possible occurrence of the search. */
export function seriesFrame(search: CheckedSlotSearch): SeriesFrame {
  const strideDays = 7 * cadenceWeeks(search.cadence);
  const periodDays = strideDays;
  const lastDay = search.firstDay + periodDays + strideDays * (search.count - 1);
  const anchor = timeZoneOf(search.anchorTimeZone);
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
  const first = cal.zone.localMinutes(starts[0]!);
  return starts.some((s) => cal.zone.localMinutes(s) !== first);
}
