import { WEEKDAYS, type Weekday } from './weekdays';

const DAY_MS = 86_400_000;

/** "The `week`th `weekday` of `month`", as Windows and POSIX write clock changes. */
export interface MonthlyRule {
  /** 1–12. */
  month: number;
  /** 1–4, or 5 for the last such weekday of the month. */
  week: number;
  weekday: Weekday;
  /** Milliseconds after local midnight, read in the local time in force just before the change. */
  timeMs: number;
}

/** A zone given by rules rather than a tzdb name: a Windows zone's rules or a mailbox's customTimeZone. */
export interface ZoneRules {
  /** The zone's own name, e.g. the customTimeZone's `name`. */
  name?: string;
  /** Offset of standard time from UTC in minutes, east of UTC positive. */
  standardOffsetMinutes: number;
  /** Daylight time, when the zone has it: from `start` (in standard time) to `end` (in daylight time) each year. */
  daylight?: { offsetMinutes: number; start: MonthlyRule; end: MonthlyRule };
}

/** Offsets stay under a day, so a wall-clock time always lies within a day of its instant. */
const MAX_OFFSET_MINUTES = 18 * 60;

/** Local day number (days since 1970-01-01) of the date a rule names in a year. */
export function ruleDay(rule: MonthlyRule, year: number): number {
  const first = Date.UTC(year, rule.month - 1, 1) / DAY_MS;
  const next = Date.UTC(year, rule.month, 1) / DAY_MS;
  const firstWeekday = (((first + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday; Monday is 0
  let day = first + ((WEEKDAYS.indexOf(rule.weekday) - firstWeekday + 7) % 7) + 7 * (rule.week - 1);
  while (day >= next) day -= 7; // week 5 is the last, which some months have only four of
  return day;
}

/** What is wrong with the rules, or undefined when they define a zone. */
export function zoneRulesProblem(rules: ZoneRules): string | undefined {
  if (!isOffset(rules.standardOffsetMinutes))
    return `standard offset must be whole minutes within ±${MAX_OFFSET_MINUTES}`;
  const daylight = rules.daylight;
  if (!daylight) return undefined;
  if (!isOffset(daylight.offsetMinutes))
    return `daylight offset must be whole minutes within ±${MAX_OFFSET_MINUTES}`;
  if (daylight.offsetMinutes === rules.standardOffsetMinutes)
    return 'daylight offset must differ from the standard offset';
  return (
    monthlyRuleProblem('daylight start', daylight.start) ?? monthlyRuleProblem('daylight end', daylight.end)
  );
}

function monthlyRuleProblem(what: string, rule: MonthlyRule): string | undefined {
  if (!Number.isInteger(rule.month) || rule.month < 1 || rule.month > 12) return `${what} month must be 1–12`;
  if (!Number.isInteger(rule.week) || rule.week < 1 || rule.week > 5) return `${what} week must be 1–5`;
  if (!WEEKDAYS.includes(rule.weekday)) return `${what} weekday is not a weekday`;
  if (!Number.isInteger(rule.timeMs) || rule.timeMs < 0 || rule.timeMs >= DAY_MS)
    return `${what} time must be within the day`;
  return undefined;
}

function isOffset(minutes: number): boolean {
  return Number.isInteger(minutes) && Math.abs(minutes) <= MAX_OFFSET_MINUTES;
}
