import { Temporal } from 'temporal-polyfill';
import { findIana } from 'windows-iana';
import { GraphError } from '../types';
import { customZoneOffset, type CustomTimeZone } from './custom-zone';

const DAY_MS = 86_400_000;

/** A wall-clock time with a zone name, as Graph's dateTimeTimeZone. */
export interface GraphDateTime {
  dateTime: string;
  timeZone: string;
}

interface OffsetSegment {
  fromMs: number;
  toMs: number;
  offsetMs: number;
}

const ianaCache = new Map<string, string>();
const segmentCache = new Map<string, OffsetSegment[]>();
const customZones = new Map<string, CustomTimeZone>();
const CUSTOM_PREFIX = 'custom:';

/**
 * A zone id for a customTimeZone's rules, usable wherever this module takes a zone (offsetAt, localToEpoch,
 * localEpochDay). The rules are evaluated as they are; no IANA zone stands in for them.
 */
export function customZoneId(zone: CustomTimeZone): string {
  const id = `${CUSTOM_PREFIX}${JSON.stringify([zone.bias, zone.standardOffset, zone.daylightOffset])}`;
  customZones.set(id, zone);
  return id;
}

/** Maps a Windows or IANA zone name (or UTC) to an IANA name; 400 TimeZoneNotSupportedException if unknown. */
export function toIanaZone(name: string): string {
  const cached = ianaCache.get(name);
  if (cached) return cached;
  const iana = resolveZone(name.trim());
  if (!iana) {
    throw new GraphError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${name}'.`,
    );
  }
  ianaCache.set(name, iana);
  return iana;
}

function resolveZone(name: string): string | undefined {
  if (name === '') return undefined;
  if (/^(utc|gmt|z|coordinated universal time)$/i.test(name)) return 'UTC';
  const candidates = [...findIana(name), name];
  for (const candidate of candidates) {
    try {
      return Temporal.Now.zonedDateTimeISO(candidate).timeZoneId;
    } catch {
      // not a zone Temporal knows; try the next candidate
    }
  }
  return undefined;
}

/** UTC offset of `iana` at instant `ms`, cached per stretch between two transitions. */
export function offsetAt(iana: string, ms: number): number {
  if (iana === 'UTC') return 0;
  const custom = iana.startsWith(CUSTOM_PREFIX) ? customZones.get(iana) : undefined;
  if (custom) return customZoneOffset(custom, ms);
  let segments = segmentCache.get(iana);
  if (!segments) {
    segments = [];
    segmentCache.set(iana, segments);
  }
  for (const s of segments) if (ms >= s.fromMs && ms < s.toMs) return s.offsetMs;
  const zdt = Temporal.Instant.fromEpochMilliseconds(Math.floor(ms)).toZonedDateTimeISO(iana);
  const prev = zdt.getTimeZoneTransition('previous');
  const next = zdt.getTimeZoneTransition('next');
  const segment = {
    // Transitions more than a year away are cut so a zone without DST stays one cheap segment per year.
    fromMs: Math.max(prev ? prev.epochMilliseconds : -Infinity, ms - 366 * DAY_MS),
    toMs: Math.min(next ? next.epochMilliseconds : Infinity, ms + 366 * DAY_MS),
    offsetMs: zdt.offsetNanoseconds / 1e6,
  };
  if (segments.length > 256) segments.splice(0, segments.length);
  segments.push(segment);
  return segment.offsetMs;
}

/** Civil day number (days since 1970-01-01) of instant `ms` in `iana`. */
export function localEpochDay(iana: string, ms: number): number {
  return Math.floor((ms + offsetAt(iana, ms)) / DAY_MS);
}

/** Instant of local wall time (civil day + minutes) in `iana`, with Temporal's "compatible" disambiguation. */
export function localToEpoch(iana: string, epochDay: number, minuteOfDay: number): number {
  const wall = epochDay * DAY_MS + minuteOfDay * 60_000;
  const before = offsetAt(iana, wall - DAY_MS);
  const after = offsetAt(iana, wall + DAY_MS);
  if (before === after) return wall - before;
  const early = wall - before;
  const late = wall - after;
  const earlyValid = early + offsetAt(iana, early) === wall;
  const lateValid = late + offsetAt(iana, late) === wall;
  if (earlyValid && lateValid) return Math.min(early, late);
  if (lateValid) return late;
  // Valid alone, or in a spring-forward gap: the time moves later by the gap's length.
  return early;
}

/** Weekday of a civil day: 0 Sunday .. 6 Saturday. */
export function weekdayOf(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

export function epochDayFromIsoDate(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function isoDateFromEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Parses Graph's {dateTime, timeZone} to epoch ms; an explicit offset in dateTime wins over timeZone. */
export function parseGraphDateTime(value: GraphDateTime): number {
  const match = DATE_TIME.exec(value.dateTime.trim());
  if (!match) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      `Cannot convert the literal '${value.dateTime}' to a dateTime.`,
    );
  }
  const [, date, hh, mm, ss, frac, offset] = match;
  const day = epochDayFromIsoDate(date!);
  const ms =
    (Number(hh) * 3600 + Number(mm) * 60 + Number(ss ?? 0)) * 1000 +
    Math.round(Number(`0.${frac ?? 0}`) * 1000);
  if (offset) {
    const wall = day * DAY_MS + ms;
    if (offset === 'Z') return wall;
    const sign = offset.startsWith('-') ? -1 : 1;
    return wall - sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  }
  const iana = toIanaZone(value.timeZone || 'UTC');
  const minute = Math.floor(ms / 60_000);
  return localToEpoch(iana, day, minute) + (ms - minute * 60_000);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Civil date of a day number (Hinnant's days-to-civil), without allocating a Date. */
function civil(epochDay: number): string {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Formats epoch ms the way Graph does: wall time with seven fractional digits, labelled with the requested zone name. */
export function formatGraphDateTime(ms: number, zoneName = 'UTC'): GraphDateTime {
  const wall = ms + offsetAt(toIanaZone(zoneName), ms);
  const day = Math.floor(wall / DAY_MS);
  let rest = wall - day * DAY_MS;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const time = `${pad2(Math.floor(rest / 3600))}:${pad2(Math.floor(rest / 60) % 60)}:${pad2(rest % 60)}`;
  return { dateTime: `${civil(day)}T${time}.${String(millis).padStart(3, '0')}0000`, timeZone: zoneName };
}

/** Zone from `Prefer: outlook.timezone="..."`, or UTC. */
export function preferredTimeZone(prefer: string | undefined): string {
  const match = /outlook\.timezone\s*=\s*"([^"]+)"/i.exec(prefer ?? '');
  if (!match?.[1]) return 'UTC';
  toIanaZone(match[1]);
  return match[1];
}
