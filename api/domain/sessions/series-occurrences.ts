import { timeZoneOf } from '../time';

/** One occurrence of a weekly series, in UTC epoch ms. */
export interface OccurrenceTime {
  /** 1-based. */
  seq: number;
  start: number;
  end: number;
}

/**
 * The occurrences of a weekly series that repeats the first occurrence's wall-clock time in `timeZone` (an IANA or
 * rule zone id) every `intervalWeeks` weeks, as Outlook expands a recurrence (daylight saving keeps the local time).
 */
export function seriesOccurrences(
  firstStart: number,
  durationMs: number,
  timeZone: string,
  intervalWeeks: number,
  count: number,
): OccurrenceTime[] {
  const zone = timeZoneOf(timeZone);
  const day = zone.localDay(firstStart);
  const wallMs = firstStart + zone.offsetAt(firstStart) - day * 86_400_000;
  return Array.from({ length: count }, (_, i) => {
    const start = i === 0 ? firstStart : zone.toInstant((day + 7 * i * intervalWeeks) * 86_400_000 + wallMs);
    return { seq: i + 1, start, end: start + durationMs };
  });
}
