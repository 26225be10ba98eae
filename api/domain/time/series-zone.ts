import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { canonicalZoneName } from './canonical-zone-name';
import { timeZoneOf } from './time-zone-of';
import type { TimeZone } from './time-zone';

let fallbackOrder: string[] | undefined;

/**
 * The IANA zone to book a weekly series in so that Outlook's expansion, which repeats the first occurrence's
 * wall-clock time in that zone, lands on exactly `starts`: the anchor itself when it is an IANA zone, else the first
 * of `preferred`, UTC, the primary zone of each Windows zone and then any other zone whose clock shows every start
 * at the same time of day on the same weekday, each start resolving back to itself. Undefined when none does: no
 * IANA zone keeps that series, and booking it needs per-occurrence moves.
 */
export function seriesZoneFor(
  anchorId: string,
  starts: readonly number[],
  preferred: readonly string[] = [],
): string | undefined {
  const anchor = timeZoneOf(anchorId);
  if (anchor.kind === 'iana') return anchor.id;
  const tried = new Set<string>();
  for (const id of [...preferred, ...(fallbackOrder ??= zonesInFallbackOrder())]) {
    let zone: TimeZone;
    try {
      zone = timeZoneOf(id);
    } catch {
      continue;
    }
    if (zone.kind !== 'iana' || tried.has(zone.id)) continue;
    tried.add(zone.id);
    if (keepsWallClock(zone, starts)) return zone.id;
  }
  return undefined;
}

/** True when every start shows the first one's local time, a whole number of weeks later, and resolves back. */
export function keepsWallClock(zone: TimeZone, starts: readonly number[]): boolean {
  const first = starts[0];
  if (first === undefined) return true;
  const minutes = zone.localMinutes(first);
  const day = zone.localDay(first);
  return starts.every((t) => {
    const d = zone.localDay(t);
    return (d - day) % 7 === 0 && zone.localMinutes(t) === minutes && zone.toEpoch(d, minutes) === t;
  });
}

/** UTC, the primary zone of each Windows zone (Graph knows them by their Windows names), then every other zone. */
function zonesInFallbackOrder(): string[] {
  const primaries = WINDOWS_TO_IANA_MAP.filter((m) => m.territory === '001').flatMap((m) =>
    m.iana.slice(0, 1),
  );
  const all = [...new Set([...primaries, ...Intl.supportedValuesOf('timeZone')])];
  const canonical: string[] = [];
  for (const name of all) {
    try {
      canonical.push(canonicalZoneName(name));
    } catch {
      // a name Temporal does not know on this runtime
    }
  }
  return ['UTC', ...new Set(canonical)];
}
