import { Temporal } from 'temporal-polyfill';
import { findWindows } from 'windows-iana';
import { z } from 'zod';
import { zoneAliases } from '../domain/time';
import { toIana } from './time-zones';

/** Graph's dateTimeTimeZone. */
export const GraphDateTime = z.object({ dateTime: z.string().min(1), timeZone: z.string().nullish() });
export type GraphDateTime = z.infer<typeof GraphDateTime>;

/** An instant as Graph's dateTimeTimeZone in UTC, e.g. `{ dateTime: '2026-03-02T09:00:00.000', timeZone: 'UTC' }`. */
export function utcDateTime(epochMs: number): GraphDateTime {
  return { dateTime: new Date(epochMs).toISOString().slice(0, 23), timeZone: 'UTC' };
}

/**
 * An instant as wall-clock time in an IANA zone, named the Windows way when there is a Windows name
 * (every Graph version and Exchange build accepts those), else by its IANA name.
 */
export function zonedDateTime(epochMs: number, ianaZone: string): GraphDateTime {
  const local = Temporal.Instant.fromEpochMilliseconds(epochMs)
    .toZonedDateTimeISO(ianaZone)
    .toPlainDateTime();
  return { dateTime: local.toString({ smallestUnit: 'second' }), timeZone: windowsNameOf(ianaZone) };
}

/** Windows name of an IANA zone (under any of its names), or the IANA name when Windows has none. */
export function windowsNameOf(ianaZone: string): string {
  if (ianaZone === 'UTC') return 'UTC';
  for (const name of zoneAliases(ianaZone)) {
    const windows = findWindows(name)[0];
    if (windows) return windows;
  }
  return ianaZone;
}

/** Epoch ms of a Graph dateTimeTimeZone (7 fractional digits, Windows or IANA zone, UTC when absent). */
export function epochOf(value: GraphDateTime): number {
  // Answers asked for in UTC (Prefer: outlook.timezone) take the fast path: getSchedule returns thousands of items.
  if (!value.timeZone || value.timeZone === 'UTC') {
    const ms = Date.parse(`${value.dateTime.replace(/Z$/, '').slice(0, 23)}Z`);
    if (Number.isFinite(ms)) return ms;
  }
  const zone = toIana(value.timeZone ?? 'UTC') ?? 'UTC';
  const wall = Temporal.PlainDateTime.from(value.dateTime.replace(/Z$/, '').replace(/(\.\d{3})\d+$/, '$1'));
  return wall.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}
