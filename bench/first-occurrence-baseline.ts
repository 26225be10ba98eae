import { Temporal } from 'temporal-polyfill';
import {
  findRecurringSlots,
  type BusyItem,
  type RankedSlot,
  type SlotSearchInput,
} from '../api/domain/scheduling';
import {
  isCovered,
  mergeIntervals,
  minutesOfDay,
  workingIntervals,
  zonedEpoch,
  type Interval,
} from '../api/domain/time';

const DAY_MS = 86_400_000;

/**
 * What a first-occurrence-only scheduler books (Cal.com checks the first occurrences of a recurring booking):
 * the same candidates and ranking as findRecurringSlots, but judged on occurrence 1 alone.
 */
export function firstOccurrenceOnly(input: SlotSearchInput): RankedSlot | undefined {
  return findRecurringSlots({ ...input, count: 1, maxConflictedOccurrences: 0, limit: 1 }).slots[0];
}

/** How a booked weekly time fares across its series. */
export interface SeriesDamage {
  /** Occurrences after the first where someone is busy or out of office. */
  laterConflicted: number;
  /** Member-sessions lost to busy or out-of-office items on occurrences after the first. */
  laterMembersAway: number;
  /** Occurrences after the first outside someone's working hours (daylight saving moved them). */
  laterOutsideHours: number;
  /** Occurrences, the first included, that are conflicted or outside someone's hours. */
  broken: number;
}

/**
 * Expands a slot to the full series with Temporal (independently of the search's own offset tables) and counts
 * the occurrences it leaves conflicted or outside working hours.
 */
export function seriesDamage(input: SlotSearchInput, slot: RankedSlot): SeriesDamage {
  const stride = input.cadence === 'weekly' ? 7 : 14;
  const firstDate = Temporal.Instant.fromEpochMilliseconds(slot.firstStart)
    .toZonedDateTimeISO(input.anchorTimeZone)
    .toPlainDate();
  const durationMs = input.durationMinutes * 60_000;
  const from = slot.firstStart - 2 * DAY_MS;
  const to = slot.firstStart + (stride * input.count + 2) * DAY_MS;
  const hours = input.members.map((m) => mergeIntervals(workingIntervals(m.workingHours, from, to)));
  const damage: SeriesDamage = { laterConflicted: 0, laterMembersAway: 0, laterOutsideHours: 0, broken: 0 };
  for (let i = 0; i < input.count; i++) {
    const start = zonedEpoch(
      firstDate.add({ days: i * stride }),
      minutesOfDay(slot.anchorStart),
      input.anchorTimeZone,
    );
    const occurrence: Interval = { start, end: start + durationMs };
    const clashes = (b: BusyItem) =>
      (b.status === 'busy' || b.status === 'oof') && b.start < occurrence.end && occurrence.start < b.end;
    const away = input.members.filter((m) => m.busy.some(clashes)).length;
    const conflicted = away > 0;
    if (i > 0) damage.laterMembersAway += away;
    const outside = hours.some((h) => !isCovered(occurrence, h));
    if (i > 0 && conflicted) damage.laterConflicted++;
    if (i > 0 && outside) damage.laterOutsideHours++;
    if (conflicted || outside) damage.broken++;
  }
  return damage;
}
