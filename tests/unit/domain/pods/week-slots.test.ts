import fc from 'fast-check';
import {
  WEEK_SLOTS,
  WEEK_WORDS,
  longestRun,
  runStarts,
  weekSlots,
} from '../../../../api/domain/pods/week-slots';
import { WEEKDAYS } from '../../../../api/domain/time';

const naiveRun = (on: boolean[]) => {
  let best = 0;
  let current = 0;
  for (const bit of on) {
    current = bit ? current + 1 : 0;
    best = Math.max(best, current);
  }
  return best;
};
const toBits = (on: boolean[]) => {
  const bits = new Uint32Array(WEEK_WORDS);
  on.forEach((bit, s) => {
    if (bit) bits[s >>> 5]! |= 1 << (s & 31);
  });
  return bits;
};
const slotRuns = fc
  .array(fc.tuple(fc.integer({ min: 0, max: WEEK_SLOTS - 1 }), fc.integer({ min: 1, max: 80 })), {
    maxLength: 12,
  })
  .map((runs) => {
    const on = Array<boolean>(WEEK_SLOTS).fill(false);
    for (const [start, length] of runs)
      for (let s = start; s < Math.min(WEEK_SLOTS, start + length); s++) on[s] = true;
    return on;
  });

describe('week slot sets', () => {
  it('when runs cross word boundaries, then the longest run matches a slot-by-slot count', () => {
    fc.assert(fc.property(slotRuns, (on) => expect(longestRun(toBits(on))).toBe(naiveRun(on))));
  });

  it('when a session needs k slots, then the run-start sets of a group intersect exactly when a k-slot common run exists', () => {
    fc.assert(
      fc.property(slotRuns, slotRuns, fc.integer({ min: 1, max: 12 }), (a, b, k) => {
        const common = a.map((bit, s) => bit && b[s]!);
        const [sa, sb] = [runStarts(toBits(a), k), runStarts(toBits(b), k)];
        expect(sa.some((word, w) => (word & sb[w]!) !== 0)).toBe(naiveRun(common) >= k);
      }),
    );
  });

  it('when Kolkata works 10:00-18:00 on Monday, then the slots are 04:30-12:30 UTC that day', () => {
    const bits = weekSlots(
      { days: ['monday'], start: '10:00', end: '18:00', timeZone: 'Asia/Kolkata' },
      Date.parse('2026-03-02T00:00:00Z'),
    );
    const on = Array.from({ length: WEEK_SLOTS }, (_, s) => ((bits[s >>> 5]! >>> (s & 31)) & 1) === 1);
    expect(on.indexOf(true)).toBe(18); // 04:30 UTC
    expect(on.lastIndexOf(true)).toBe(49); // the slot ending 12:30 UTC
  });

  it('when New York moves to daylight time mid-week, then the working day moves an hour earlier in UTC', () => {
    const bits = weekSlots(
      { days: [...WEEKDAYS], start: '09:00', end: '17:00', timeZone: 'America/New_York' },
      Date.parse('2026-03-05T00:00:00Z'),
    );
    const firstSlotOfDay = (day: number) => {
      for (let s = day * 96; s < (day + 1) * 96; s++)
        if ((bits[s >>> 5]! >>> (s & 31)) & 1) return s - day * 96;
      return -1;
    };
    expect(firstSlotOfDay(0)).toBe(56); // Thu 5 Mar, 14:00 UTC
    expect(firstSlotOfDay(4)).toBe(52); // Mon 9 Mar, 13:00 UTC
  });
});
