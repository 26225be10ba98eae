import { Temporal } from 'temporal-polyfill';
import cldrTimeZones from 'cldr-bcp47/bcp47/timezone.json' with { type: 'json' };

interface CldrZone {
  _alias?: string;
  _iana?: string;
}

let canonicalByAlias: Map<string, string> | undefined;
let aliasesByCanonical: Map<string, string[]> | undefined;

/**
 * IANA's own name for a zone Temporal knows: `Asia/Kolkata` for `Asia/Calcutta`, `Europe/Kyiv` for `Europe/Kiev`,
 * `UTC` for `Etc/UTC`. Names come from CLDR's time zone data (cldr-bcp47), which lists each zone's aliases and,
 * where CLDR's own identifier is an older one, the IANA name; Intl and Temporal keep CLDR's older identifiers.
 * Throws RangeError for a name that is not a zone.
 */
export function canonicalZoneName(name: string): string {
  let known: string;
  try {
    known = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(name).timeZoneId;
  } catch {
    throw new RangeError(`not a known IANA time zone: ${String(name)}`);
  }
  if (known === 'Etc/Unknown') throw new RangeError(`not a known IANA time zone: ${name}`);
  canonicalByAlias ??= buildAliasMap();
  return canonicalByAlias.get(known.toLowerCase()) ?? known;
}

/** Every name of the zone's CLDR entry, the canonical one first: `Europe/Kyiv`, `Europe/Kiev`, …. */
export function zoneAliases(name: string): string[] {
  const canonical = canonicalZoneName(name);
  canonicalByAlias ??= buildAliasMap();
  return [canonical, ...(aliasesByCanonical!.get(canonical) ?? []).filter((a) => a !== canonical)];
}

function buildAliasMap(): Map<string, string> {
  const map = new Map<string, string>();
  aliasesByCanonical = new Map();
  for (const [key, value] of Object.entries(cldrTimeZones.keyword.u.tz)) {
    const zone = value as CldrZone;
    if (typeof value !== 'object' || !zone._alias) continue;
    const aliases = zone._alias.split(' ');
    const canonical = key === 'utc' ? 'UTC' : (zone._iana ?? aliases[0]!);
    for (const alias of aliases) map.set(alias.toLowerCase(), canonical);
    aliasesByCanonical.set(canonical, aliases);
  }
  return map;
}
