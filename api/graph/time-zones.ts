import { findIana } from 'windows-iana';
import { canonicalZoneName, ruleTimeZone } from '../domain/time';
import { customZoneRules, type GraphWorkingHoursZone } from './custom-time-zone';

/**
 * Canonical IANA name of a zone Graph reports as a Windows name ("India Standard Time" → "Asia/Kolkata") or as an
 * IANA name (any alias); undefined when neither. Windows names take CLDR's primary zone for the world territory
 * ("001"), through windows-iana.
 */
export function toIana(name: string | null | undefined): string | undefined {
  const value = name?.trim();
  if (!value) return undefined;
  if (/^(utc|gmt|coordinated universal time)$/i.test(value)) return 'UTC';
  const candidates = [...findIana(value, '001'), ...findIana(value), value];
  for (const candidate of candidates) {
    // Windows names contain spaces; a bare offset is not a name Graph uses for a zone.
    if (!candidate.includes('/') && candidate !== 'UTC') continue;
    try {
      return canonicalZoneName(candidate);
    } catch {
      // not a zone Temporal knows: try the next candidate
    }
  }
  return undefined;
}

/**
 * The domain zone id of a working-hours zone: a customTimeZone's exact rules when it has them, else its Windows or
 * IANA name; undefined when it is neither.
 */
export function zoneIdOf(zone: GraphWorkingHoursZone | null | undefined): string | undefined {
  if (!zone) return undefined;
  const custom = zone['@odata.type']?.endsWith('customTimeZone') || typeof zone.bias === 'number';
  const rules = custom ? customZoneRules(zone) : undefined;
  if (rules) {
    try {
      return ruleTimeZone(rules).id;
    } catch {
      // rules that define no zone (a month 13, a time past midnight): fall back to the name
    }
  }
  return toIana(zone.name);
}
