export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** The real clock, for production wiring; tests pass their own. */
export const systemClock: Clock = { now: () => Date.now() };
