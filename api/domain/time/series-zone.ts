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

/**
 * The zone a pod's weekly slot is anchored in, so that what the search finds is what Outlook books: the organizer's
 * own zone when it is an IANA zone; for a zone given by rules, an IANA zone with the same offsets over the whole
 * span (`preferred` first, then as seriesZoneFor orders them), else the first IANA zone of `preferred`, else UTC.
 * In the last two cases the series keeps that zone's clock and the organizer's own local time may move at their
 * clock change; the search still checks every session against their hours by their own rules.
 */
export function anchorZoneFor(
  organizerZone: string,
  fromMs: number,
  toMs: number,
  preferred: readonly string[] = [],
): string {
  const own = timeZoneOf(organizerZone);
  if (own.kind === 'iana') return own.id;
  let firstPreferred: string | undefined;
  for (const [i, id] of [...preferred, ...(fallbackOrder ??= zonesInFallbackOrder())].entries()) {
    const zone = ianaZoneOrUndefined(id);
    if (!zone) continue;
    if (i < preferred.length) firstPreferred ??= zone.id;
    if (sameOffsets(own, zone, fromMs, toMs)) return zone.id;
  }
  return firstPreferred ?? 'UTC';
}

/** True when both zones have the same offset at `fromMs` and the same changes up to `toMs`. */
function sameOffsets(a: TimeZone, b: TimeZone, fromMs: number, toMs: number): boolean {
  if (a.offsetAt(fromMs) !== b.offsetAt(fromMs)) return false;
  const x = a.transitions(fromMs, toMs);
  const y = b.transitions(fromMs, toMs);
  return x.length === y.length && x.every((t, i) => t.at === y[i]!.at && t.offsetAfter === y[i]!.offsetAfter);
}

function ianaZoneOrUndefined(id: string): TimeZone | undefined {
  try {
    const zone = timeZoneOf(id);
    return zone.kind === 'iana' ? zone : undefined;
  } catch {
    return undefined;
  }
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
