import { Temporal } from 'temporal-polyfill';
import { DAY_MS, MINUTE_MS } from './epoch-day';

const MAX_CACHED_ZONES = 256;
const cache = new Map<string, ZoneClock>();

/**
 * A zone's UTC offsets over a span of years, looked up without Temporal: Temporal resolves one wall-clock
 * time in tens of microseconds, and a pod's search resolves thousands. Offsets come from Temporal's own
 * transition data once per zone and year range, so there is no home-made zone table.
 */
export class ZoneClock {
  private constructor(
    readonly timeZone: string,
    /** Instants at which each offset starts; the first entry stands for "since before the span". */
    private readonly starts: number[],
    private readonly offsets: number[],
  ) {}

  /** The clock of an IANA zone covering [fromMs, toMs]; throws RangeError for an unknown zone. */
  static of(timeZone: string, fromMs: number, toMs: number): ZoneClock {
    const firstYear = new Date(fromMs).getUTCFullYear() - 1;
    const lastYear = new Date(toMs).getUTCFullYear() + 1;
    const key = `${timeZone}|${firstYear}|${lastYear}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const clock = ZoneClock.build(timeZone, Date.UTC(firstYear, 0, 1), Date.UTC(lastYear + 1, 0, 1));
    if (cache.size >= MAX_CACHED_ZONES) cache.clear();
    cache.set(key, clock);
    return clock;
  }

  private static build(timeZone: string, fromMs: number, toMs: number): ZoneClock {
    let zdt = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(timeZone);
    const starts = [Number.NEGATIVE_INFINITY];
    const offsets = [zdt.offsetNanoseconds / 1e6];
    for (;;) {
      const next = zdt.getTimeZoneTransition('next');
      if (!next || next.epochMilliseconds > toMs) break;
      starts.push(next.epochMilliseconds);
      offsets.push(next.offsetNanoseconds / 1e6);
      zdt = next;
    }
    return new ZoneClock(timeZone, starts, offsets);
  }

  /** UTC offset in ms at an instant. */
  offsetAt(epochMs: number): number {
    const { starts, offsets } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= epochMs) lo = mid;
      else hi = mid - 1;
    }
    return offsets[lo]!;
  }

  /**
   * Epoch ms of a wall-clock time (minutes may pass 1440) on a day number. Like Temporal's "compatible"
   * disambiguation, a time skipped by a spring-forward gap moves forward and a repeated one takes the earlier instant.
   */
  toEpoch(day: number, minutes: number): number {
    const wall = day * DAY_MS + minutes * MINUTE_MS;
    const before = this.offsetAt(wall - DAY_MS);
    const after = this.offsetAt(wall + DAY_MS);
    if (before === after) return wall - before;
    const early = wall - before;
    const late = wall - after;
    const earlyOk = this.offsetAt(early) === before;
    const lateOk = this.offsetAt(late) === after;
    if (earlyOk && lateOk) return Math.min(early, late);
    if (earlyOk) return early;
    if (lateOk) return late;
    return early; // in the gap: the offset before the change pushes the time forward
  }

  /** Local day number of an instant. */
  localDay(epochMs: number): number {
    return Math.floor((epochMs + this.offsetAt(epochMs)) / DAY_MS);
  }

  /** Local minutes after midnight of an instant. */
  localMinutes(epochMs: number): number {
    const wall = epochMs + this.offsetAt(epochMs);
    return Math.floor((wall - Math.floor(wall / DAY_MS) * DAY_MS) / MINUTE_MS);
  }

  /** The first offset change in (fromMs, toMs], if any. */
  transitionBetween(fromMs: number, toMs: number): number | undefined {
    return this.starts.find((t, i) => i > 0 && t > fromMs && t <= toMs);
  }
}
