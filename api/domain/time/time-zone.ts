/** How a wall-clock time that a clock change skips (gap) or repeats (overlap) resolves; Temporal's names and meanings. */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

/** A change of UTC offset: from instant `at` (epoch ms) on, the zone is `offsetAfter` ms ahead of UTC. */
export interface ZoneTransition {
  at: number;
  offsetBefore: number;
  offsetAfter: number;
}

/**
 * A time zone the domain reasons about exactly, whether an IANA zone (tzdb through Temporal) or a zone given by
 * rules (a Windows zone or a mailbox's customTimeZone). Wall-clock times are "local epoch ms": the instant the same
 * calendar date and time would be in UTC, so `day * DAY_MS + minutes * MINUTE_MS` names a local date and time.
 */
export interface TimeZone {
  /** Stored identity: a canonical IANA name, or a rule zone's `posix:` form; timeZoneOf(id) gives this zone back. */
  readonly id: string;
  /** `iana` for a tzdb zone, `rules` for a zone given by a Windows zone's or customTimeZone's rules. */
  readonly kind: 'iana' | 'rules';
  /** What a person sees: the canonical IANA name (`Asia/Kolkata`), or a rule zone's own name or description. */
  readonly displayName: string;
  /** UTC offset in ms at an instant, east of UTC positive. */
  offsetAt(epochMs: number): number;
  /**
   * The instant of a local wall-clock time. In an overlap `compatible` and `earlier` take the first instant and
   * `later` the second; in a gap `compatible` and `later` move the time forward by the gap, `earlier` back;
   * `reject` throws a RangeError for both.
   */
  toInstant(wallMs: number, disambiguation?: Disambiguation): number;
  /** Offset changes with `fromMs < at <= toMs`, in order. */
  transitions(fromMs: number, toMs: number): ZoneTransition[];
  /** Instant of a wall-clock time given as a day number and minutes after its midnight (may pass 1440), `compatible`. */
  toEpoch(day: number, minutes: number): number;
  /** Local day number (days since 1970-01-01) of an instant. */
  localDay(epochMs: number): number;
  /** Local minutes after midnight of an instant. */
  localMinutes(epochMs: number): number;
  /** The first offset change in (fromMs, toMs], if any. */
  transitionBetween(fromMs: number, toMs: number): number | undefined;
}
