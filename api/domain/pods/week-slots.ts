import { workingIntervals, type WorkingHours } from '../time';

export const SLOT_MINUTES = 15;
const SLOT_MS = SLOT_MINUTES * 60_000;
export const WEEK_SLOTS = (7 * 1440) / SLOT_MINUTES;
export const WEEK_WORDS = WEEK_SLOTS / 32;

/**
 * The 15-minute UTC slots of the 7 days from weekStartMs that lie wholly inside the person's working hours,
 * as a 672-bit set (bit s of word s >> 5). Daylight saving applies per date, as workingIntervals computes it.
 */
export function weekSlots(hours: WorkingHours, weekStartMs: number): Uint32Array {
  const bits = new Uint32Array(WEEK_WORDS);
  const weekEndMs = weekStartMs + WEEK_SLOTS * SLOT_MS;
  for (const { start, end } of workingIntervals(hours, weekStartMs, weekEndMs)) {
    const first = Math.max(0, Math.ceil((start - weekStartMs) / SLOT_MS));
    const last = Math.min(WEEK_SLOTS, Math.floor((end - weekStartMs) / SLOT_MS));
    for (let s = first; s < last; s++) bits[s >>> 5]! |= 1 << (s & 31);
  }
  return bits;
}

const CACHE_LIMIT = 20_000;
const cache = new Map<string, Uint32Array>();

/** weekSlots memoized by the hours' content: a cohort shares a few hundred patterns, and each costs many zone lookups. */
export function cachedWeekSlots(hours: WorkingHours, weekStartMs: number): Uint32Array {
  const key = `${weekStartMs}|${hours.timeZone}|${hours.start}|${hours.end}|${hours.days.join(',')}`;
  let bits = cache.get(key);
  if (!bits) {
    bits = weekSlots(hours, weekStartMs);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, bits);
  }
  return bits;
}

/** Writes the AND of the given slot sets into `out`. */
export function intersectSlots(sets: readonly Uint32Array[], out: Uint32Array): Uint32Array {
  out.fill(0xffffffff);
  for (const set of sets) for (let w = 0; w < WEEK_WORDS; w++) out[w]! &= set[w]!;
  return out;
}

/** Slots where a run of `length` set slots starts: a group shares such a window iff the AND of these sets is non-empty. */
export function runStarts(bits: Uint32Array, length: number): Uint32Array {
  const starts = new Uint32Array(WEEK_WORDS);
  let runStart = -1;
  for (let s = 0; s <= WEEK_SLOTS; s++) {
    const on = s < WEEK_SLOTS && ((bits[s >>> 5]! >>> (s & 31)) & 1) === 1;
    if (on && runStart < 0) runStart = s;
    if (!on && runStart >= 0) {
      for (let t = runStart; t + length <= s; t++) starts[t >>> 5]! |= 1 << (t & 31);
      runStart = -1;
    }
  }
  return starts;
}

/** Number of slots set. */
export function countSlots(bits: Uint32Array): number {
  let count = 0;
  for (let w = 0; w < WEEK_WORDS; w++) {
    let x = bits[w]!;
    x -= (x >>> 1) & 0x55555555;
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    count += (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
  }
  return count;
}

/** Length in slots of the longest run of consecutive set slots, across word boundaries. */
export function longestRun(bits: Uint32Array): number {
  let best = 0;
  let current = 0;
  for (let w = 0; w < WEEK_WORDS; w++) {
    const x = bits[w]! | 0;
    if (x === -1) {
      current += 32;
      continue;
    }
    if (x === 0) {
      if (current > best) best = current;
      current = 0;
      continue;
    }
    const lowOnes = 31 - Math.clz32(~x & (x + 1)); // trailing ones continue the run from the previous word
    current += lowOnes;
    if (current > best) best = current;
    let y = x;
    let inner = 0;
    while (y !== 0) {
      y &= y >>> 1;
      inner++;
    }
    if (inner > best) best = inner;
    current = Math.clz32(~x); // leading ones start the run into the next word
  }
  return current > best ? current : best;
}

/** Index of the first slot of the longest run, or -1 when no slot is set. */
export function longestRunStart(bits: Uint32Array): number {
  let bestStart = -1;
  let bestLength = 0;
  let runStart = -1;
  for (let s = 0; s <= WEEK_SLOTS; s++) {
    const on = s < WEEK_SLOTS && ((bits[s >>> 5]! >>> (s & 31)) & 1) === 1;
    if (on && runStart < 0) runStart = s;
    if (!on && runStart >= 0) {
      if (s - runStart > bestLength) [bestStart, bestLength] = [runStart, s - runStart];
      runStart = -1;
    }
  }
  return bestStart;
}
