import { Temporal } from 'temporal-polyfill';

/** One occurrence of a weekly series, in UTC epoch ms. */
export interface OccurrenceTime {
  /** 1-based. */
  seq: number;
  start: number;
  end: number;
}

/**
 * The occurrences of a weekly series that repeats the first occurrence's wall-clock time in `timeZone`
 * every `intervalWeeks` weeks, as Outlook expands a recurrence (daylight saving keeps the local time).
 */
export function seriesOccurrences(
  firstStart: number,
  durationMs: number,
  timeZone: string,
  intervalWeeks: number,
  count: number,
): OccurrenceTime[] {
  const first = Temporal.Instant.fromEpochMilliseconds(firstStart).toZonedDateTimeISO(timeZone);
  return Array.from({ length: count }, (_, i) => {
    const start = first.add({ weeks: i * intervalWeeks }).epochMilliseconds;
    return { seq: i + 1, start, end: start + durationMs };
  });
}
