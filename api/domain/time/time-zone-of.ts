import { canonicalZoneName } from './canonical-zone-name';
import { IanaTimeZone } from './iana-time-zone';
import { parsePosixZone, POSIX_ZONE_PREFIX } from './posix-tz';
import { RuleTimeZone } from './rule-time-zone';
import type { TimeZone } from './time-zone';
import type { ZoneRules } from './zone-rules';

const MAX_CACHED_ZONES = 512;
const cache = new Map<string, TimeZone>();

/**
 * The zone a stored id names: an IANA name (any alias; the zone's id and display name are the canonical name) or a
 * rule zone's `posix:` id. Zones are cached, since each keeps the offset table it has built. Throws RangeError for
 * an id that names no zone.
 */
export function timeZoneOf(id: string): TimeZone {
  const cached = cache.get(id);
  if (cached) return cached;
  let zone: TimeZone;
  if (typeof id === 'string' && id.startsWith(POSIX_ZONE_PREFIX)) zone = new RuleTimeZone(parsePosixZone(id));
  else {
    const canonical = canonicalZoneName(id);
    zone = cache.get(canonical) ?? new IanaTimeZone(canonical);
  }
  if (cache.size >= MAX_CACHED_ZONES) cache.clear();
  cache.set(id, zone);
  cache.set(zone.id, zone);
  return zone;
}

/** The zone given by rules, e.g. a mailbox's customTimeZone; throws RangeError when the rules define none. */
export function ruleTimeZone(rules: ZoneRules): TimeZone {
  return timeZoneOf(new RuleTimeZone(rules).id);
}

/** True when timeZoneOf knows the id. */
export function isTimeZoneId(id: string): boolean {
  try {
    timeZoneOf(id);
    return true;
  } catch {
    return false;
  }
}
