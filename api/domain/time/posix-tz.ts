import { WEEKDAYS } from './weekdays';
import { shortUtcOffset } from './utc-offset';
import type { MonthlyRule, ZoneRules } from './zone-rules';

/** Rule zones are stored as `posix:` + a POSIX TZ string (RFC 8536 §3.3), then `#` + the zone's own name, if any. */
export const POSIX_ZONE_PREFIX = 'posix:';

const HOUR_MS = 3_600_000;
const NAME = String.raw`(<[+\-0-9A-Za-z]{3,}>|[A-Za-z]{3,})`;
const OFFSET = String.raw`([+-]?\d{1,3}(?::\d{2}){0,2})`;
const RULE = String.raw`M(\d{1,2})\.(\d)\.(\d)(?:/(\d{1,3}(?::\d{2}(?::\d{2}(?:\.\d{1,3})?)?)?))?`;
const POSIX_TZ = new RegExp(`^${NAME}${OFFSET}(?:${NAME}${OFFSET}?,${RULE},${RULE})?$`);

/**
 * `posix:<+10>-10<+11>-11,M10.1.0/2,M4.1.0/3#Sydney%20office` for UTC+10, and UTC+11 from 02:00 on the first Sunday
 * of October to 03:00 on the first Sunday of April. Transition times may carry milliseconds (Windows writes
 * 23:59:59.999), beyond what POSIX allows.
 */
export function formatPosixZone(rules: ZoneRules): string {
  const std = rules.standardOffsetMinutes;
  let tz = `${abbreviation(std)}${posixOffset(std)}`;
  const daylight = rules.daylight;
  if (daylight) {
    const dst = daylight.offsetMinutes;
    tz += `${abbreviation(dst)}${posixOffset(dst)},${posixRule(daylight.start)},${posixRule(daylight.end)}`;
  }
  const name = rules.name?.trim();
  return `${POSIX_ZONE_PREFIX}${tz}${name ? `#${encodeURIComponent(name)}` : ''}`;
}

/** The rules of a `posix:` zone id; throws RangeError when it is not one. Only month-week-day rules are read. */
export function parsePosixZone(id: string): ZoneRules {
  if (!id.startsWith(POSIX_ZONE_PREFIX)) throw new RangeError(`not a rule zone: ${id}`);
  const hash = id.indexOf('#');
  const body = id.slice(POSIX_ZONE_PREFIX.length, hash < 0 ? undefined : hash);
  const m = POSIX_TZ.exec(body);
  if (!m) throw new RangeError(`not a POSIX TZ string with month-week-day rules: ${body}`);
  const name = hash < 0 ? undefined : decodeURIComponent(id.slice(hash + 1));
  const standardOffsetMinutes = 0 - minutesOf(m[2]!);
  const rules: ZoneRules = { standardOffsetMinutes, ...(name ? { name } : {}) };
  if (!m[3]) return rules;
  // POSIX: daylight time defaults to one hour ahead of standard time, and changes to 02:00.
  const offsetMinutes = m[4] ? 0 - minutesOf(m[4]) : standardOffsetMinutes + 60;
  return { ...rules, daylight: { offsetMinutes, start: ruleOf(m.slice(5, 9)), end: ruleOf(m.slice(9, 13)) } };
}

function ruleOf([month, week, day, time]: (string | undefined)[]): MonthlyRule {
  return {
    month: Number(month),
    week: Number(week),
    weekday: WEEKDAYS[(Number(day) + 6) % 7]!,
    timeMs: time === undefined ? 2 * HOUR_MS : Math.round(minutesOf(time) * 60_000),
  };
}

/** Minutes of a POSIX offset or time "[+-]h[:mm[:ss[.fff]]]", fractional when it has seconds. */
function minutesOf(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  const [h = 0, m = 0, s = 0] = text.replace(/^[+-]/, '').split(':').map(Number);
  return sign * (h * 60 + m + s / 60);
}

/** POSIX offsets count west of UTC as positive: UTC+10 is "-10". */
function posixOffset(eastMinutes: number): string {
  const west = -eastMinutes;
  const h = Math.floor(Math.abs(west) / 60);
  const m = Math.abs(west) % 60;
  return `${west < 0 ? '-' : ''}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** Numeric abbreviations, as tzdb writes zones without a letter one: <+10>, <+0530>, <-03>. */
function abbreviation(eastMinutes: number): string {
  return `<${shortUtcOffset(eastMinutes).replace(':', '')}>`;
}

function posixRule(rule: MonthlyRule): string {
  const totalMs = rule.timeMs;
  const h = Math.floor(totalMs / HOUR_MS);
  const m = Math.floor(totalMs / 60_000) % 60;
  const s = Math.floor(totalMs / 1000) % 60;
  const ms = totalMs % 1000;
  let time = String(h);
  if (m || s || ms) time += `:${String(m).padStart(2, '0')}`;
  if (s || ms) time += `:${String(s).padStart(2, '0')}`;
  if (ms) time += `.${String(ms).padStart(3, '0')}`;
  return `M${rule.month}.${rule.week}.${(WEEKDAYS.indexOf(rule.weekday) + 1) % 7}/${time}`;
}
