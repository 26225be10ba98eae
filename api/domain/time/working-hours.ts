import { Temporal } from 'temporal-polyfill';
import type { Interval } from './intervals';

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A person's working hours, in their own IANA zone. Times are wall-clock "HH:MM". */
export interface WorkingHours {
  days: Weekday[];
  start: string;
  end: string;
  timeZone: string;
}

/** Weekday name of an ISO day-of-week number (1 = Monday). */
export function weekdayOf(isoDayOfWeek: number): Weekday {
  const day = WEEKDAYS[isoDayOfWeek - 1];
  if (!day) throw new RangeError(`not an ISO day of week: ${isoDayOfWeek}`);
  return day;
}

/** Minutes after midnight of an "HH:MM" (or "HH:MM:SS…") wall-clock time. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Epoch ms of a wall-clock time on a plain date in a zone; gaps resolve forward, like calendars do. */
export function zonedEpoch(date: Temporal.PlainDate, minutes: number, timeZone: string): number {
  const time = Temporal.PlainTime.from({ hour: Math.floor(minutes / 60) % 24, minute: minutes % 60 });
  const base = date.add({ days: Math.floor(minutes / 1440) });
  return base.toZonedDateTime({ timeZone, plainTime: time }).epochMilliseconds;
}

/**
 * The person's working intervals (UTC epoch ms) that touch [fromMs, toMs), one per working day,
 * computed in their own zone so each day keeps its wall-clock hours across daylight-saving changes.
 */
export function workingIntervals(hours: WorkingHours, fromMs: number, toMs: number): Interval[] {
  const startMin = minutesOfDay(hours.start);
  let endMin = minutesOfDay(hours.end);
  if (endMin <= startMin) endMin += 1440; // an overnight shift ends the next day
  const days = new Set(hours.days);
  const first = Temporal.Instant.fromEpochMilliseconds(fromMs)
    .toZonedDateTimeISO(hours.timeZone)
    .toPlainDate();
  const out: Interval[] = [];
  for (let date = first.subtract({ days: 1 }); ; date = date.add({ days: 1 })) {
    const start = zonedEpoch(date, startMin, hours.timeZone);
    if (start >= toMs) break;
    if (!days.has(weekdayOf(date.dayOfWeek))) continue;
    const end = zonedEpoch(date, endMin, hours.timeZone);
    if (end > fromMs) out.push({ start, end });
  }
  return out;
}

/** The plain date of an instant in a zone. */
export function localDate(epochMs: number, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDate();
}

/** Wall-clock "HH:MM" of an instant in a zone. */
export function localTime(epochMs: number, timeZone: string): string {
  const zdt = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
  return `${String(zdt.hour).padStart(2, '0')}:${String(zdt.minute).padStart(2, '0')}`;
}
