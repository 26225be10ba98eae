export { weekdayOfEpochDay } from '../time';

/** Milliseconds in a civil day (a day number's length; local days vary around daylight-saving changes). */
export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Day number (days since 1970-01-01) of a 'YYYY-MM-DD' date, or undefined when it is not a real date. */
export function parseEpochDay(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const day = ms / DAY_MS;
  return formatEpochDay(day) === date ? day : undefined;
}

/** 'YYYY-MM-DD' of a day number. */
export function formatEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** '29 March' of a day number. */
export function formatDayMonth(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

/** 'HH:MM' of minutes after midnight. */
export function formatMinutes(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
