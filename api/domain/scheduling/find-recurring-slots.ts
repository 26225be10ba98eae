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
 * (in their own zone, per date), ranked by conflicts across all occurrences, members those conflicts keep away,
 * tentative holds, inconvenience with a fairness term, daylight-saving stability and earliness. See docs/adr/0005-recurring-slot-search.md.
 */
export function findRecurringSlots(input: SlotSearchInput): SlotSearchResult {
  const frame = seriesFrame(checkSlotSearch(input));
  const { search, periodDays, calendars } = frame;
  const scratch: Scratch = {
    starts: new Array<number>(search.count).fill(0),
    windows: new Int32Array(search.count * calendars.length),
    outside: new Float64Array(calendars.length),
  };
  const scored: ScoredCandidate[] = [];
  const misses = { firstOutsideHours: 0, beforeNow: 0 };
  for (let dayIndex = 0; dayIndex < periodDays; dayIndex++) {
    for (let minute = 0; minute < 1440; minute += search.gridMinutes) {
      const fit = fitsWorkingHours(frame, dayIndex, minute, scratch);
      if (fit === 'no') misses.firstOutsideHours++;
      else if (fit === 'past') misses.beforeNow++;
      else if (fit === 'yes') scored.push(scoreCandidate(frame, dayIndex, minute, scratch));
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

/** Buffers reused across candidates: occurrence starts, each occurrence's working window per member, minutes outside core. */
interface Scratch {
  starts: number[];
  windows: Int32Array;
  outside: Float64Array;
}

/**
 * Fills the scratch starts and windows and says whether the candidate fits: 'no' when its first occurrence is outside
 * someone's hours, 'past' when that fits but starts before now, 'later' when a later occurrence leaves someone's hours.
 */
function fitsWorkingHours(
  frame: SeriesFrame,
  dayIndex: number,
  minute: number,
  scratch: Scratch,
): 'no' | 'past' | 'later' | 'yes' {
  const { search, calendars, durationMs } = frame;
  const n = calendars.length;
  for (let seq = 0; seq < search.count; seq++) {
    const start = occurrenceStart(frame, dayIndex, minute, seq);
    scratch.starts[seq] = start;
    for (let k = 0; k < n; k++) {
      const window = workWindowAt(calendars[k]!, start, start + durationMs);
      if (window < 0) return seq === 0 ? 'no' : 'later';
      scratch.windows[seq * n + k] = window;
    }
    if (seq === 0 && start < search.now) return 'past';
  }
  return 'yes';
}

function scoreCandidate(
  frame: SeriesFrame,
  dayIndex: number,
  minute: number,
  scratch: Scratch,
): ScoredCandidate {
  const { calendars, durationMs } = frame;
  const { starts, windows, outside } = scratch;
  const n = calendars.length;
  outside.fill(0);
  let conflictedOccurrences = 0;
  let memberConflicts = 0;
  let tentativeOccurrences = 0;
  for (let seq = 0; seq < starts.length; seq++) {
    const start = starts[seq]!;
    const end = start + durationMs;
    let hard = false;
    let soft = false;
    for (let k = 0; k < n; k++) {
      const cal = calendars[k]!;
      outside[k] = outside[k]! + outsideCoreMinutes(cal, windows[seq * n + k]!, start, end);
      if (overlapsAny(cal.hardStarts, cal.hardEnds, start, end)) {
        hard = true;
        memberConflicts++;
      }
      soft ||= !hard && overlapsAny(cal.softStarts, cal.softEnds, start, end);
    }
    if (hard) conflictedOccurrences++;
    else if (soft) tentativeOccurrences++;
  }
  let total = 0;
  let worst = 0;
  let dstShiftingMembers = 0;
  for (let k = 0; k < n; k++) {
    total += outside[k]!;
    worst = Math.max(worst, outside[k]!);
    if (shiftsAcrossSeries(calendars[k]!, starts)) dstShiftingMembers++;
  }
  return {
    dayIndex,
    minute,
    firstStart: starts[0]!,
    conflictedOccurrences,
    memberConflicts,
    tentativeOccurrences,
    inconvenience: total + worst,
    worstMemberMinutesOutsideCore: worst,
    dstShiftingMembers,
  };
}

/** Total order: conflicts, people missing, tentative holds, inconvenience, DST stability, earliest start, anchor time. */
function compareCandidates(a: ScoredCandidate, b: ScoredCandidate): number {
  return (
    a.conflictedOccurrences - b.conflictedOccurrences ||
    a.memberConflicts - b.memberConflicts ||
    a.tentativeOccurrences - b.tentativeOccurrences ||
    a.inconvenience - b.inconvenience ||
    a.dstShiftingMembers - b.dstShiftingMembers ||
    a.firstStart - b.firstStart ||
    a.dayIndex - b.dayIndex ||
    a.minute - b.minute
  );
}
