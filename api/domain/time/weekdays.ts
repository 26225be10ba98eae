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

/** Weekday name of an ISO day-of-week number (1 = Monday). */
export function weekdayOf(isoDayOfWeek: number): Weekday {
  const day = WEEKDAYS[isoDayOfWeek - 1];
  if (!day) throw new RangeError(`not an ISO day of week: ${isoDayOfWeek}`);
  return day;
}

/** Weekday of a day number (days since 1970-01-01, a Thursday). */
export function weekdayOfEpochDay(day: number): Weekday {
  return weekdayOf(((((day + 3) % 7) + 7) % 7) + 1);
}
