import { outsideCoreMinutes, overlapsAny, workWindowAt } from './member-calendar';
import { noWindowReason } from './no-window-reason';
import { rankedSlot } from './slot-report';
import {
  occurrenceStart,
  seriesFrame,
  shiftsAcrossSeries,
  type ScoredCandidate,
  type SeriesFrame,
} from './series-frame';
import type { SlotSearchInput, SlotSearchResult } from './slot-search-types';
import { checkSlotSearch } from './validate-slot-search';

/**
 * Finds the weekly or biweekly times at which every occurrence of a pod's series fits every member's working hours
 * (in their own zone, per date), ranked by conflicts across all occurrences, tentative holds, inconvenience
 * with a fairness term, daylight-saving stability and earliness. See docs/adr/0002-recurring-slot-search.md.
 */
export function findRecurringSlots(input: SlotSearchInput): SlotSearchResult {
  const frame = seriesFrame(checkSlotSearch(input));
  const { search, periodDays } = frame;
  const starts = new Array<number>(search.count).fill(0);
  const scored: ScoredCandidate[] = [];
  const misses = { firstOutsideHours: 0, beforeNow: 0 };
  for (let dayIndex = 0; dayIndex < periodDays; dayIndex++) {
    for (let minute = 0; minute < 1440; minute += search.gridMinutes) {
      const fit = fitsWorkingHours(frame, dayIndex, minute, starts);
      if (fit === 'no') misses.firstOutsideHours++;
      else if (fit === 'past') misses.beforeNow++;
      else if (fit === 'yes') scored.push(scoreCandidate(frame, dayIndex, minute, starts));
    }
  }
  if (scored.length === 0) return { slots: [], feasible: false, reason: noWindowReason(frame, misses) };
  scored.sort(compareCandidates);
  const slots = scored.slice(0, search.limit).map((c) => rankedSlot(frame, c));
  const best = slots[0]!;
  if (best.score.conflictedOccurrences > search.maxConflictedOccurrences) {
    const n = best.score.conflictedOccurrences;
    const reason =
      `the best time still conflicts on ${n} of ${search.count} sessions; ` +
      `at most ${search.maxConflictedOccurrences} allowed`;
    return { slots, feasible: false, reason };
  }
  return { slots, feasible: true };
}

/**
 * Fills `starts` and says whether the candidate fits: 'no' when its first occurrence is outside someone's hours,
 * 'past' when that fits but starts before now, 'later' when a later occurrence leaves someone's hours.
 */
function fitsWorkingHours(
  frame: SeriesFrame,
  dayIndex: number,
  minute: number,
  starts: number[],
): 'no' | 'past' | 'later' | 'yes' {
  const { search, calendars, durationMs } = frame;
  for (let seq = 0; seq < search.count; seq++) {
    const start = occurrenceStart(frame, dayIndex, minute, seq);
    starts[seq] = start;
    for (const cal of calendars) {
      if (workWindowAt(cal, start, start + durationMs) < 0) return seq === 0 ? 'no' : 'later';
    }
    if (seq === 0 && start < search.now) return 'past';
  }
  return 'yes';
}

function scoreCandidate(
  frame: SeriesFrame,
  dayIndex: number,
  minute: number,
  starts: readonly number[],
): ScoredCandidate {
  const { calendars, durationMs } = frame;
  const outsideCore = calendars.map(() => 0);
  let conflictedOccurrences = 0;
  let tentativeOccurrences = 0;
  for (const start of starts) {
    const end = start + durationMs;
    let hard = false;
    let soft = false;
    calendars.forEach((cal, k) => {
      outsideCore[k]! += outsideCoreMinutes(cal, workWindowAt(cal, start, end), start, end);
      hard ||= overlapsAny(cal.hardStarts, cal.hardEnds, start, end);
      soft ||= overlapsAny(cal.softStarts, cal.softEnds, start, end);
    });
    if (hard) conflictedOccurrences++;
    else if (soft) tentativeOccurrences++;
  }
  const worst = Math.max(...outsideCore);
  const dstShiftingMembers = calendars.filter((cal) => shiftsAcrossSeries(cal, starts)).length;
  return {
    dayIndex,
    minute,
    firstStart: starts[0]!,
    outsideCore,
    conflictedOccurrences,
    tentativeOccurrences,
    inconvenience: outsideCore.reduce((a, b) => a + b, 0) + worst,
    worstMemberMinutesOutsideCore: worst,
    dstShiftingMembers,
  };
}

/** Total order: conflicts, tentative holds, inconvenience, DST stability, earliest start, then anchor time. */
function compareCandidates(a: ScoredCandidate, b: ScoredCandidate): number {
  return (
    a.conflictedOccurrences - b.conflictedOccurrences ||
    a.tentativeOccurrences - b.tentativeOccurrences ||
    a.inconvenience - b.inconvenience ||
    a.dstShiftingMembers - b.dstShiftingMembers ||
    a.firstStart - b.firstStart ||
    a.dayIndex - b.dayIndex ||
    a.minute - b.minute
  );
}
