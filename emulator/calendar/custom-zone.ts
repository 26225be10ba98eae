import { z } from 'zod';

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** One transition of a customTimeZone: the `dayOccurrence`-th `dayOfWeek` of `month` (5 = the last) at `time`. */
export const TransitionRule = z.object({
  time: z.string().regex(/^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/),
  dayOccurrence: z.number().int().min(1).max(5),
  dayOfWeek: z
    .string()
    .transform((d) => d.toLowerCase())
    .pipe(z.enum(WEEKDAY_NAMES as [string, ...string[]])),
  month: z.number().int().min(1).max(12),
  year: z.number().int().min(0).default(0),
});

/**
 * Graph's customTimeZone (microsoft.graph.customTimeZone): a zone given by Windows-style rules rather than a name.
 * UTC = local + bias; during daylight time UTC = local + bias + daylightBias.
 */
export const CustomTimeZone = z.object({
  bias: z.number().int().min(-840).max(720),
  name: z.string().min(1).default('Customized Time Zone'),
  standardOffset: TransitionRule,
  daylightOffset: TransitionRule.extend({ daylightBias: z.number().int().min(-240).max(240) }),
});
export type CustomTimeZone = z.infer<typeof CustomTimeZone>;

/** The block as Graph serializes it in mailboxSettings and getSchedule workingHours. */
export function customTimeZoneJson(zone: CustomTimeZone): Record<string, unknown> {
  const rule = (r: z.infer<typeof TransitionRule>) => ({
    time: fullTime(r.time),
    dayOccurrence: r.dayOccurrence,
    dayOfWeek: r.dayOfWeek,
    month: r.month,
    year: r.year,
  });
  return {
    '@odata.type': '#microsoft.graph.customTimeZone',
    bias: zone.bias,
    name: zone.name,
    standardOffset: rule(zone.standardOffset),
    daylightOffset: { daylightBias: zone.daylightOffset.daylightBias, ...rule(zone.daylightOffset) },
  };
}

/** Offset from UTC (local − UTC) in ms at instant `ms`, by the zone's own rules. */
export function customZoneOffset(zone: CustomTimeZone, ms: number): number {
  const standard = -zone.bias * 60_000;
  const daylight = -(zone.bias + zone.daylightOffset.daylightBias) * 60_000;
  if (standard === daylight) return standard;
  const year = new Date(ms + standard).getUTCFullYear();
  // Each transition happens at a wall time of the offset in force just before it.
  const toDaylight = wallInstant(zone.daylightOffset, year) - standard;
  const toStandard = wallInstant(zone.standardOffset, year) - daylight;
  const inDaylight =
    toDaylight < toStandard
      ? ms >= toDaylight && ms < toStandard
      : // Southern hemisphere: daylight time spans the new year.
        ms < toStandard || ms >= toDaylight;
  return inDaylight ? daylight : standard;
}

/** Wall-clock ms (as if UTC) of a transition rule in `year`. */
function wallInstant(rule: z.infer<typeof TransitionRule>, year: number): number {
  const weekday = WEEKDAY_NAMES.indexOf(rule.dayOfWeek);
  const first = Date.UTC(year, rule.month - 1, 1);
  const firstWeekday = new Date(first).getUTCDay();
  let day = 1 + ((weekday - firstWeekday + 7) % 7) + 7 * (rule.dayOccurrence - 1);
  const daysInMonth = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
  while (day > daysInMonth) day -= 7;
  const [h, m, s] = rule.time.split(':').map((part) => Number.parseFloat(part));
  return first + (day - 1) * DAY_MS + ((h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)) * 1000;
}

function fullTime(time: string): string {
  const [h = '00', m = '00', s = '00'] = time.split(':');
  return `${h}:${m}:${s.split('.')[0]!.padStart(2, '0')}.0000000`;
}
