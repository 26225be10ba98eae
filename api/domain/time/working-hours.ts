import { Temporal } from 'temporal-polyfill';
import type { Interval } from './intervals';
import { timeZoneOf } from './time-zone-of';
import { weekdayOfEpochDay, type Weekday } from './weekdays';

const DAY_MS = 86_400_000;

/** A person's working hours, in their own zone. Times are wall-clock "HH:MM". */
export interface WorkingHours {
  days: Weekday[];
  start: string;
  end: string;
  /** Zone id: an IANA name, or a rule zone's `posix:` id (see timeZoneOf). */
  timeZone: string;
}

/** Minutes after midnight of an "HH:MM" (or "HH:MM:SS…") wall-clock time. */
export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Day number (days since 1970-01-01) of a plain date. */
export function epochDayOf(date: Temporal.PlainDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / DAY_MS;
}

/** The plain date of a day number. */
export function plainDateOf(day: number): Temporal.PlainDate {
  const d = new Date(day * DAY_MS);
  return Temporal.PlainDate.from({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
  });
}

/** Epoch ms of a wall-clock time on a plain date in a zone; gaps resolve forward, like calendars do. */
export function zonedEpoch(date: Temporal.PlainDate, minutes: number, timeZone: string): number {
  return timeZoneOf(timeZone).toEpoch(epochDayOf(date), minutes);
}

/**
 * The person's working intervals (UTC epoch ms) that touch [fromMs, toMs), one per working day,
 * computed in their own zone so each day keeps its wall-clock hours across daylight-saving changes.
 */
export function workingIntervals(hours: WorkingHours, fromMs: number, toMs: number): Interval[] {
  const zone = timeZoneOf(hours.timeZone);
  const startMin = minutesOfDay(hours.start);
  let endMin = minutesOfDay(hours.end);
  if (endMin <= startMin) endMin += 1440; // an overnight shift ends the next day
  const days = new Set(hours.days);
  const out: Interval[] = [];
  for (let day = zone.localDay(fromMs) - 1; ; day++) {
    const start = zone.toEpoch(day, startMin);
    if (start >= toMs) break;
    if (!days.has(weekdayOfEpochDay(day))) continue;
    const end = zone.toEpoch(day, endMin);
    if (end > fromMs) out.push({ start, end });
  }
  return out;
}

/** The plain date of an instant in a zone. */
export function localDate(epochMs: number, timeZone: string): Temporal.PlainDate {
  return plainDateOf(timeZoneOf(timeZone).localDay(epochMs));
}

/** Wall-clock "HH:MM" of an instant in a zone. */
export function localTime(epochMs: number, timeZone: string): string {
  const minutes = timeZoneOf(timeZone).localMinutes(epochMs);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
