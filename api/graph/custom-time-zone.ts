import { z } from 'zod';
import { WEEKDAYS, type MonthlyRule, type Weekday, type ZoneRules } from '../domain/time';

const TransitionRule = z
  .object({
    dayOccurrence: z.number().int().nullish(),
    dayOfWeek: z.string().nullish(),
    month: z.number().int().nullish(),
    time: z.string().nullish(),
    daylightBias: z.number().int().nullish(),
  })
  .loose();

/** Graph's customTimeZone: a zone given by its bias and transition rules rather than a name. */
export const GraphCustomTimeZone = z
  .object({
    bias: z.number().int().nullish(),
    name: z.string().nullish(),
    standardOffset: TransitionRule.nullish(),
    daylightOffset: TransitionRule.nullish(),
  })
  .loose();
export type GraphCustomTimeZone = z.infer<typeof GraphCustomTimeZone>;

/**
 * The rules of a customTimeZone, read exactly; undefined without a bias. Signs follow Windows, as Outlook fills
 * them (UTC = local + bias, so 480 is UTC−8; daylightBias is added in daylight time), although the resource page
 * describes the opposite sign. Daylight time starts at daylightOffset's date and time in standard time and ends at
 * standardOffset's in daylight time; dayOccurrence 5 is the last such weekday. A zone without both dates or with
 * a daylightBias of 0 keeps standard time all year. `year` (0: every year) is not read.
 */
export function customZoneRules(zone: GraphCustomTimeZone): ZoneRules | undefined {
  if (typeof zone.bias !== 'number') return undefined;
  const name = zone.name?.trim();
  const rules: ZoneRules = { standardOffsetMinutes: 0 - zone.bias, ...(name ? { name } : {}) };
  const shift = zone.daylightOffset?.daylightBias ?? 0;
  const start = zone.daylightOffset && monthlyRule(zone.daylightOffset);
  const end = zone.standardOffset && monthlyRule(zone.standardOffset);
  if (shift === 0 || !start || !end) return rules;
  return { ...rules, daylight: { offsetMinutes: 0 - (zone.bias + shift), start, end } };
}

function monthlyRule(rule: z.infer<typeof TransitionRule>): MonthlyRule | undefined {
  const weekday = rule.dayOfWeek?.toLowerCase() as Weekday | undefined;
  if (!rule.month || !rule.dayOccurrence || !weekday || !WEEKDAYS.includes(weekday)) return undefined;
  return { month: rule.month, week: rule.dayOccurrence, weekday, timeMs: timeOfDayMs(rule.time ?? '00:00') };
}

/** Milliseconds of an Edm.TimeOfDay such as "02:00:00.0000000"; digits past milliseconds are dropped. */
function timeOfDayMs(time: string): number {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/.exec(time.trim());
  if (!m) return Number.NaN;
  const [, h, min, s = '0', frac = '0'] = m;
  return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000 + Number(frac.padEnd(3, '0'));
}

/** The zone of working hours: a name (Windows or IANA) or a customTimeZone, told apart by `@odata.type` or a bias. */
export const GraphWorkingHoursZone = GraphCustomTimeZone.extend({ '@odata.type': z.string().optional() });
export type GraphWorkingHoursZone = z.infer<typeof GraphWorkingHoursZone>;
