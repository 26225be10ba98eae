import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { WEEKDAYS } from '../domain/time';

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

const DAY_MS = 86_400_000;

/**
 * The IANA zone that keeps a customTimeZone's offsets and daylight-saving dates in `year`; undefined when none
 * does. The bias follows Windows (UTC = local + bias; 480 is UTC−8), as Outlook fills it, and daylightBias is
 * added during daylight time.
 */
export function customZoneToIana(zone: GraphCustomTimeZone, year: number): string | undefined {
  if (typeof zone.bias !== 'number') return undefined;
  const standard = -zone.bias;
  const rule = zone.daylightOffset;
  const hasDst = !!rule?.month && !!zone.standardOffset?.month && (rule.daylightBias ?? 0) !== 0;
  if (!hasDst) return fixedOffsetZone(standard, year);
  const daylight = -(zone.bias + (rule.daylightBias ?? 0));
  const toDaylight = ruleDate(rule, year);
  const toStandard = ruleDate(zone.standardOffset!, year);
  if (!toDaylight || !toStandard) return undefined;
  return allZones().find((name) => {
    const before = offsetOf(name, toDaylight.epochMilliseconds - 2 * DAY_MS);
    const after = offsetOf(name, toDaylight.epochMilliseconds + 2 * DAY_MS);
    const backBefore = offsetOf(name, toStandard.epochMilliseconds - 2 * DAY_MS);
    const backAfter = offsetOf(name, toStandard.epochMilliseconds + 2 * DAY_MS);
    return before === standard && after === daylight && backBefore === daylight && backAfter === standard;
  });
}

function fixedOffsetZone(offsetMinutes: number, year: number): string | undefined {
  if (offsetMinutes === 0) return 'UTC';
  // Etc/GMT zones have inverted signs: Etc/GMT-5 is UTC+5.
  if (offsetMinutes % 60 === 0 && Math.abs(offsetMinutes) <= 12 * 60) {
    const hours = offsetMinutes / 60;
    return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  }
  const jan = Date.UTC(year, 0, 15);
  const jul = Date.UTC(year, 6, 15);
  return allZones().find(
    (name) => offsetMinutes === offsetOf(name, jan) && offsetMinutes === offsetOf(name, jul),
  );
}

function offsetOf(zone: string, epochMs: number): number {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(zone).offsetNanoseconds / 60e9;
}

/** The wall-clock date of a rule like "second Sunday of March" (dayOccurrence 5 = the last). */
function ruleDate(rule: z.infer<typeof TransitionRule>, year: number): Temporal.ZonedDateTime | undefined {
  const weekday = WEEKDAYS.indexOf((rule.dayOfWeek ?? '').toLowerCase() as (typeof WEEKDAYS)[number]) + 1;
  if (!rule.month || weekday < 1 || !rule.dayOccurrence) return undefined;
  const first = Temporal.PlainDate.from({ year, month: rule.month, day: 1 });
  let day = first.add({
    days: ((weekday - first.dayOfWeek + 7) % 7) + 7 * (Math.min(rule.dayOccurrence, 5) - 1),
  });
  while (day.month !== rule.month) day = day.subtract({ days: 7 });
  return day.toZonedDateTime('UTC');
}

let zones: string[] | undefined;
function allZones(): string[] {
  zones ??= Intl.supportedValuesOf('timeZone').filter(
    (name) => name.includes('/') && !name.startsWith('Etc/'),
  );
  return zones;
}
