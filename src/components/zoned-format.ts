/** Formatting of instants in a named IANA zone; the zone name comes from Intl, never a home-made table. */

const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The zone's long name at that instant, e.g. "India Standard Time", "Central European Summer Time". */
export function zoneName(zone: string, at: number | Date = Date.now()): string {
  const parts = new Intl.DateTimeFormat(undefined, { timeZone: zone, timeZoneName: 'long' }).formatToParts(
    at,
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** "Tue 4 Mar 2025" in the zone. */
export function formatDate(at: number | Date, zone: string): string {
  return new Intl.DateTimeFormat(undefined, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(at);
}

/** "14:30" (or "2:30 PM") in the zone. */
export function formatTime(at: number | Date, zone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(
    at,
  );
}

/** "Tue 4 Mar 2025, 14:30–16:15", both ends in the zone; the end's date is shown only when it differs. */
export function formatRange(start: number | Date, end: number | Date, zone: string): string {
  const sameDay = formatDate(start, zone) === formatDate(end, zone);
  return `${formatDate(start, zone)}, ${formatTime(start, zone)}–${sameDay ? '' : `${formatDate(end, zone)}, `}${formatTime(end, zone)}`;
}

/** A zone Intl knows, else the browser's own. */
export function usableZone(zone: string | null | undefined): string {
  if (!zone) return browserZone();
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return zone;
  } catch {
    return browserZone();
  }
}

export function toEpoch(at: string | number | Date): number {
  return typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime();
}

/** A calendar date ('YYYY-MM-DD') such as a cohort's start: it has no zone, so none is applied or named. */
export function formatCalendarDate(date: string): string {
  const at = Date.parse(`${date}T12:00:00Z`);
  if (Number.isNaN(at)) return date;
  return new Intl.DateTimeFormat(undefined, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(at);
}
