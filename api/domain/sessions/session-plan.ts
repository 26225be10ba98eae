import { formatEpochDay, parseEpochDay } from '../scheduling/epoch-day';

/** How often a pod meets. Graph books it as a weekly pattern with interval 1 or 2. */
export type Cadence = 'weekly' | 'biweekly';

/** Weeks between two sessions of a cadence. */
export function cadenceWeeks(cadence: Cadence): number {
  return cadence === 'weekly' ? 1 : 2;
}

/**
 * Default session length for a pod: check-in, one hot seat per member, check-out, rounded up to 15 minutes.
 * Hot seats take 25 min (the 20–30 min of PRODUCT.md); check-in and check-out take 15 min each for up to three
 * members and 10 min for four, so a trio gets 105 min (PRODUCT.md: about 90–120) and a four 120 min (about two hours).
 * A pair gets 80, rounded to 90.
 */
export function defaultSessionMinutes(podSize: number): number {
  if (!Number.isInteger(podSize) || podSize < 2 || podSize > 4)
    throw new RangeError(`a pod has 2 to 4 members, not ${podSize}`);
  const frame = podSize <= 3 ? 15 : 10;
  const minutes = frame + 25 * podSize + frame;
  return Math.ceil(minutes / 15) * 15;
}

/** The 'YYYY-MM-DD' dates of a series that starts on firstDate. */
export function occurrenceDates(firstDate: string, cadence: Cadence, count: number): string[] {
  const first = parseEpochDay(firstDate);
  if (first === undefined) throw new RangeError(`not a date: ${firstDate}`);
  const step = 7 * cadenceWeeks(cadence);
  return Array.from({ length: count }, (_, i) => formatEpochDay(first + i * step));
}
