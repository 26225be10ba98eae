import { DAY_MS, formatEpochDay, parseEpochDay } from '../scheduling/epoch-day';
import { cadenceWeeks, type Cadence } from '../sessions/session-plan';

/** A closed cohort's end: start + cadence × number of sessions, 'YYYY-MM-DD'. */
export function cohortEndDate(startDate: string, cadence: Cadence, sessionCount: number): string {
  const start = parseEpochDay(startDate);
  if (start === undefined) throw new RangeError(`not a date: ${startDate}`);
  return formatEpochDay(start + 7 * cadenceWeeks(cadence) * sessionCount);
}

/** The UTC calendar date of an instant, 'YYYY-MM-DD'. */
export function utcDate(epochMs: number): string {
  return formatEpochDay(Math.floor(epochMs / DAY_MS));
}
