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
  private coveredFrom = Number.POSITIVE_INFINITY;
  private coveredTo = Number.NEGATIVE_INFINITY;

  /** The zone's offsets over [fromMs, toMs), both whole UTC years. */
  protected abstract segment(fromMs: number, toMs: number): OffsetSegment;

  offsetAt(epochMs: number): number {
    if (!(epochMs >= this.coveredFrom && epochMs < this.coveredTo)) this.cover(epochMs, epochMs);
    return this.offsets[this.indexAt(epochMs)]!;
  }

  toInstant(wallMs: number, disambiguation: Disambiguation = 'compatible'): number {
    const lo = wallMs - MAX_OFFSET_MS;
    const hi = wallMs + MAX_OFFSET_MS;
    if (!(lo >= this.coveredFrom && hi < this.coveredTo)) this.cover(lo, hi);
    const first = this.indexAt(lo);
    const next = this.starts[first + 1];
    // Most wall-clock times are a day or more from any change: one offset, one instant.
    if (next === undefined || next > hi) return wallMs - this.offsets[first]!;
    return this.resolveNearChange(wallMs, first, this.indexAt(hi), disambiguation);
  }

  /** A wall-clock time within a day of a change: one instant, two (an overlap), or none (a gap). */
  private resolveNearChange(
    wallMs: number,
    first: number,
    last: number,
    disambiguation: Disambiguation,
  ): number {
    const { starts, offsets } = this;
    let earliest = Number.NaN;
    let latest = Number.NaN;
    let found = 0;
    for (let i = first; i <= last; i++) {
      const t = wallMs - offsets[i]!;
      if (t >= starts[i]! && (i + 1 >= starts.length || t < starts[i + 1]!)) {
        if (found++ === 0) earliest = t;
        latest = t;
      }
    }
    if (found === 1) return earliest;
    if (found > 1) {
      if (disambiguation === 'reject')
        throw new RangeError(`${this.displayName} repeats that wall-clock time`);
      return disambiguation === 'later' ? latest : earliest;
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
    if (!(fromMs >= this.coveredFrom && toMs < this.coveredTo)) this.cover(fromMs, toMs);
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
   * Rebuilds the table over whole UTC years covering [fromMs, toMs], two either side, and what it had. Indexes taken
   * before a rebuild are stale, so callers cover everything they need first.
   */
  private cover(fromMs: number, toMs: number): void {
    for (const t of [fromMs, toMs])
      if (!Number.isFinite(t) || Math.abs(t) > LIMIT_MS)
        throw new RangeError(`not an instant a time zone can resolve: ${t}`);
    const from = Math.min(Date.UTC(new Date(fromMs).getUTCFullYear() - 2, 0, 1), this.coveredFrom);
    const to = Math.max(Date.UTC(new Date(toMs).getUTCFullYear() + 3, 0, 1), this.coveredTo);
    const { initialOffset, changes } = this.segment(from, to);
    this.starts = [from, ...changes.map((c) => c.at)];
    this.offsets = [initialOffset, ...changes.map((c) => c.offset)];
    this.coveredFrom = from;
    this.coveredTo = to;
  }
}
