import type { Disambiguation, TimeZone, ZoneTransition } from './time-zone';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Offsets are under a day, so the instants a wall-clock time can name lie within a day either side of it. */
const MAX_OFFSET_MS = DAY_MS - MINUTE_MS;
/** Instants Temporal can represent (±10^8 days). */
const LIMIT_MS = 8.64e15;

/** The offsets a zone has from `fromMs`, and the changes up to `toMs`. */
export interface OffsetSegment {
  initialOffset: number;
  /** Changes with fromMs < at < toMs, in order, each to an offset other than the one before. */
  changes: { at: number; offset: number }[];
}

/**
 * A zone answered from a table of its offsets, built lazily a few years at a time from the zone's own source
 * (Temporal's transitions, or rules), so that resolving a wall-clock time costs a binary search instead of a
 * Temporal call; a pod's slot search resolves thousands.
 */
export abstract class OffsetTableZone implements TimeZone {
  abstract readonly id: string;
  abstract readonly kind: 'iana' | 'rules';
  abstract readonly displayName: string;
  /** Start of each offset's span; the first is the start of the covered range, not a change. */
  private starts: number[] = [];
  private offsets: number[] = [];
  private coveredTo = Number.NEGATIVE_INFINITY;

  /** The zone's offsets over [fromMs, toMs), both whole UTC years. */
  protected abstract segment(fromMs: number, toMs: number): OffsetSegment;

  offsetAt(epochMs: number): number {
    this.cover(epochMs, epochMs);
    return this.offsets[this.indexAt(epochMs)]!;
  }

  toInstant(wallMs: number, disambiguation: Disambiguation = 'compatible'): number {
    this.cover(wallMs - MAX_OFFSET_MS, wallMs + MAX_OFFSET_MS);
    const first = this.indexAt(wallMs - MAX_OFFSET_MS);
    const last = this.indexAt(wallMs + MAX_OFFSET_MS);
    const { starts, offsets } = this;
    const found: number[] = [];
    for (let i = first; i <= last; i++) {
      const t = wallMs - offsets[i]!;
      if (t >= starts[i]! && (i + 1 >= starts.length || t < starts[i + 1]!)) found.push(t);
    }
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      if (disambiguation === 'reject')
        throw new RangeError(`${this.displayName} repeats that wall-clock time`);
      return disambiguation === 'later' ? found[found.length - 1]! : found[0]!;
    }
    if (disambiguation === 'reject') throw new RangeError(`${this.displayName} skips that wall-clock time`);
    for (let i = Math.max(first, 1); i <= last; i++) {
      const before = wallMs - offsets[i - 1]!;
      if (before >= starts[i]! && wallMs - offsets[i]! < starts[i]!)
        return disambiguation === 'earlier' ? wallMs - offsets[i]! : before;
    }
    throw new RangeError(`${this.displayName} cannot resolve wall-clock time ${wallMs}`);
  }

  transitions(fromMs: number, toMs: number): ZoneTransition[] {
    const out: ZoneTransition[] = [];
    if (!(toMs > fromMs)) return out;
    this.cover(fromMs, toMs);
    for (let i = this.indexAt(fromMs) + 1; i < this.starts.length && this.starts[i]! <= toMs; i++) {
      out.push({ at: this.starts[i]!, offsetBefore: this.offsets[i - 1]!, offsetAfter: this.offsets[i]! });
    }
    return out;
  }

  toEpoch(day: number, minutes: number): number {
    return this.toInstant(day * DAY_MS + minutes * MINUTE_MS);
  }

  localDay(epochMs: number): number {
    return Math.floor((epochMs + this.offsetAt(epochMs)) / DAY_MS);
  }

  localMinutes(epochMs: number): number {
    const wall = epochMs + this.offsetAt(epochMs);
    return Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / MINUTE_MS);
  }

  transitionBetween(fromMs: number, toMs: number): number | undefined {
    return this.transitions(fromMs, toMs)[0]?.at;
  }

  /** Index of the span holding a covered instant. */
  private indexAt(epochMs: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= epochMs) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /**
   * Makes the table cover [fromMs, toMs]: when it does not, rebuilds it over whole UTC years, two either side, and
   * what it had. Indexes taken before a rebuild are stale, so callers cover everything they need first.
   */
  private cover(fromMs: number, toMs: number): void {
    if (this.starts.length > 0 && fromMs >= this.starts[0]! && toMs < this.coveredTo) return;
    for (const t of [fromMs, toMs])
      if (!Number.isFinite(t) || Math.abs(t) > LIMIT_MS)
        throw new RangeError(`not an instant a time zone can resolve: ${t}`);
    let from = Date.UTC(new Date(fromMs).getUTCFullYear() - 2, 0, 1);
    let to = Date.UTC(new Date(toMs).getUTCFullYear() + 3, 0, 1);
    if (this.starts.length > 0) {
      from = Math.min(from, this.starts[0]!);
      to = Math.max(to, this.coveredTo);
    }
    const { initialOffset, changes } = this.segment(from, to);
    this.starts = [from, ...changes.map((c) => c.at)];
    this.offsets = [initialOffset, ...changes.map((c) => c.offset)];
    this.coveredTo = to;
  }
}
