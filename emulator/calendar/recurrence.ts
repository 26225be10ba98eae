import { z } from 'zod';
import { GraphError } from '../types';
import {
  epochDayFromIsoDate,
  isoDateFromEpochDay,
  localEpochDay,
  toIanaZone,
  weekdayOf,
  WEEKDAYS,
} from './time-zones';

const Weekday = z.enum(WEEKDAYS);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** Graph's patternedRecurrence as the emulator accepts it. */
export const PatternedRecurrenceBody = z.object({
  pattern: z.object({
    type: z.enum([
      'daily',
      'weekly',
      'absoluteMonthly',
      'relativeMonthly',
      'absoluteYearly',
      'relativeYearly',
    ]),
    interval: z.number().int().min(1).max(99).optional(),
    daysOfWeek: z.array(Weekday).optional(),
    dayOfMonth: z.number().int().min(0).max(31).optional(),
    month: z.number().int().min(0).max(12).optional(),
    firstDayOfWeek: Weekday.optional(),
    index: z.enum(['first', 'second', 'third', 'fourth', 'last']).optional(),
  }),
  range: z.object({
    type: z.enum(['endDate', 'noEnd', 'numbered']),
    startDate: IsoDate,
    endDate: IsoDate.nullish(),
    numberOfOccurrences: z.number().int().min(0).optional(),
    recurrenceTimeZone: z.string().nullish(),
  }),
});
export type PatternedRecurrence = z.infer<typeof PatternedRecurrenceBody>;

function invalid(message: string): GraphError {
  return new GraphError(
    400,
    'ErrorPropertyValidationFailure',
    `At least one property failed validation. ${message}`,
  );
}

/** Checks the rules Graph enforces on create and update; `startMs`/`startZone` are the event's start. */
export function validateRecurrence(rec: PatternedRecurrence, startMs: number, startZone: string): void {
  const { pattern, range } = rec;
  if (!pattern.interval) throw invalid('recurrence.pattern.interval is required and must be at least 1.');
  if ((pattern.type === 'weekly' || pattern.type.startsWith('relative')) && !pattern.daysOfWeek?.length) {
    throw invalid(`recurrence.pattern.daysOfWeek is required for a ${pattern.type} pattern.`);
  }
  if (pattern.type.startsWith('absolute') && !pattern.dayOfMonth) {
    throw invalid(`recurrence.pattern.dayOfMonth is required for a ${pattern.type} pattern.`);
  }
  if (pattern.type.endsWith('Yearly') && !pattern.month)
    throw invalid(`recurrence.pattern.month is required for a ${pattern.type} pattern.`);
  if (range.type === 'numbered' && !range.numberOfOccurrences) {
    throw invalid(
      'recurrence.range.numberOfOccurrences is required and must be at least 1 for a numbered range.',
    );
  }
  if (range.type === 'endDate') {
    if (!range.endDate) throw invalid('recurrence.range.endDate is required for an endDate range.');
    if (range.endDate < range.startDate)
      throw invalid('recurrence.range.endDate must not be before startDate.');
  }
  if (range.recurrenceTimeZone) toIanaZone(range.recurrenceTimeZone);
  const startDate = isoDateFromEpochDay(localEpochDay(toIanaZone(startZone), startMs));
  if (range.startDate !== startDate) {
    throw invalid(
      `recurrence.range.startDate (${range.startDate}) must equal the date of the event's start (${startDate} in ${startZone}).`,
    );
  }
}

const INDEX = { first: 0, second: 1, third: 2, fourth: 3, last: -1 } as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function monthDays(rec: PatternedRecurrence, year: number, month: number): number[] {
  const { pattern } = rec;
  const first = Math.floor(Date.UTC(year, month, 1) / 86_400_000);
  const length = daysInMonth(year, month);
  if (pattern.type === 'absoluteMonthly' || pattern.type === 'absoluteYearly') {
    // Outlook puts day 31 of a 30-day month on the month's last day.
    return [first + Math.min(pattern.dayOfMonth ?? 1, length) - 1];
  }
  const wanted = new Set((pattern.daysOfWeek ?? []).map((d) => WEEKDAYS.indexOf(d)));
  const matches: number[] = [];
  for (let d = first; d < first + length; d++) if (wanted.has(weekdayOf(d))) matches.push(d);
  const index = INDEX[pattern.index ?? 'first'];
  const day = index < 0 ? matches[matches.length - 1] : matches[index];
  return day === undefined ? [] : [day];
}

/** Civil days of the occurrences, in order, up to `untilDay` (inclusive) or the range's own end. */
export function occurrenceDays(rec: PatternedRecurrence, untilDay: number): number[] {
  const { pattern, range } = rec;
  const interval = pattern.interval ?? 1;
  const startDay = epochDayFromIsoDate(range.startDate);
  const endDay = range.type === 'endDate' && range.endDate ? epochDayFromIsoDate(range.endDate) : Infinity;
  const maxCount = range.type === 'numbered' ? (range.numberOfOccurrences ?? 0) : Infinity;
  const lastDay = Math.min(untilDay, endDay);
  const out: number[] = [];
  const push = (day: number): boolean => {
    if (day < startDay) return true;
    if (day > lastDay || out.length >= maxCount) return false;
    out.push(day);
    return true;
  };
  if (pattern.type === 'daily') {
    for (let day = startDay; push(day); day += interval);
  } else if (pattern.type === 'weekly') {
    const firstDow = WEEKDAYS.indexOf(pattern.firstDayOfWeek ?? 'sunday');
    const wanted = new Set((pattern.daysOfWeek ?? []).map((d) => WEEKDAYS.indexOf(d)));
    const weekStart = startDay - ((weekdayOf(startDay) - firstDow + 7) % 7);
    outer: for (let week = weekStart; ; week += 7 * interval) {
      for (let day = week; day < week + 7; day++) {
        if (wanted.has(weekdayOf(day)) && !push(day)) break outer;
      }
      if (week > lastDay) break;
    }
  } else {
    const start = new Date(startDay * 86_400_000);
    const yearly = pattern.type.endsWith('Yearly');
    const step = yearly ? 12 * interval : interval;
    let year = start.getUTCFullYear();
    let month = yearly ? (pattern.month ?? 1) - 1 : start.getUTCMonth();
    if (yearly && month < start.getUTCMonth()) year += 1;
    for (let guard = 0; guard < 12_000; guard++) {
      if (!monthDays(rec, year, month).every(push)) break;
      if (Date.UTC(year, month, 1) / 86_400_000 > lastDay) break;
      month += step;
      year += Math.floor(month / 12);
      month %= 12;
    }
  }
  return out;
}

/**
 * The recurrence as Graph answers it: every pattern and range property present, unused ones as their defaults
 * (month and dayOfMonth 0, index "first", endDate "0001-01-01" for a numbered range, numberOfOccurrences 0 for
 * an end date), and the range's zone filled in from the event's start.
 */
export function recurrenceJson(rec: PatternedRecurrence, startZone: string): Record<string, unknown> {
  const { pattern, range } = rec;
  return {
    pattern: {
      type: pattern.type,
      interval: pattern.interval ?? 1,
      month: pattern.month ?? 0,
      dayOfMonth: pattern.dayOfMonth ?? 0,
      ...(pattern.daysOfWeek ? { daysOfWeek: [...pattern.daysOfWeek] } : {}),
      firstDayOfWeek: pattern.firstDayOfWeek ?? 'sunday',
      index: pattern.index ?? 'first',
    },
    range: {
      type: range.type,
      startDate: range.startDate,
      endDate: range.endDate ?? '0001-01-01',
      recurrenceTimeZone: range.recurrenceTimeZone ?? startZone,
      numberOfOccurrences: range.numberOfOccurrences ?? 0,
    },
  };
}
