import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  findRecurringSlots,
  type SlotSearchInput,
  type SlotOccurrence,
} from '../../../../api/domain/scheduling';
import { isCovered, mergeIntervals, minutesOfDay, type Interval } from '../../../../api/domain/time';
import {
  referenceInstant,
  referenceWorkingWindows,
  referenceZoneOf,
} from '../../../fixtures/reference-zones';
import { reordered, slotSearchInput } from '../../../fixtures/scheduling-arbitraries';

const DAY_MS = 86_400_000;
const HARD = new Set(['busy', 'oof']);

/** Conflicts computed the naive way, straight from the busy items. */
function expectedConflicts(input: SlotSearchInput, o: SlotOccurrence) {
  const pairs = new Set<string>();
  for (const m of input.members) {
    for (const b of m.busy)
      if (b.status !== 'workingElsewhere' && b.start < o.end && o.start < b.end)
        pairs.add(`${m.id}|${b.status}`);
  }
  return [...pairs].sort();
}

/** Working windows built date by date from Temporal or the customTimeZone block, not from the domain's zones. */
function workingWindows(input: SlotSearchInput): Interval[][] {
  const from = Date.parse(`${input.firstDate}T00:00:00Z`) - 3 * DAY_MS;
  const to = from + (14 * input.count + 20) * DAY_MS;
  return input.members.map((m) => mergeIntervals(referenceWorkingWindows(m.workingHours, from, to)));
}

/** The instant of a date's wall-clock time in the search's anchor zone, worked out independently. */
const anchorEpoch = (input: SlotSearchInput, date: Temporal.PlainDate, minutes: number) =>
  referenceInstant(
    referenceZoneOf(input.anchorTimeZone),
    Date.parse(`${date.toString()}T00:00:00Z`) + minutes * 60_000,
    'compatible',
  );

const fitsHours = (windows: Interval[][], o: Interval) => windows.every((w) => isCovered(o, w));

describe('recurring slot search properties', () => {
  it.each([
    ['IANA zones', false, 200],
    ['customTimeZone rules of any bias, month, week, weekday and hour', true, 150],
  ])(
    "when members in %s have random hours and calendars, then every returned occurrence is inside every member's hours on its date and its conflicts are exact",
    (_zones, customZones, numRuns) => {
      fc.assert(
        fc.property(slotSearchInput({ customZones }), (input) => {
          const result = findRecurringSlots(input);
          const windows = workingWindows(input);
          const stride = input.cadence === 'weekly' ? 7 : 14;
          for (const slot of result.slots) {
            const firstDay = Temporal.PlainDate.from(slot.occurrences[0]!.date);
            expect(firstDay.since(Temporal.PlainDate.from(input.firstDate)).days).toBeLessThan(stride);
            expect(slot.firstStart).toBeGreaterThanOrEqual(input.now);
            slot.occurrences.forEach((o, i) => {
              const date = firstDay.add({ days: i * stride });
              expect(o.date).toBe(date.toString());
              expect(o.start).toBe(anchorEpoch(input, date, minutesOfDay(slot.anchorStart)));
              expect(o.end - o.start).toBe(input.durationMinutes * 60_000);
              expect(fitsHours(windows, o)).toBe(true);
              expect(o.conflicts.map((c) => `${c.memberId}|${c.status}`).sort()).toEqual(
                expectedConflicts(input, o),
              );
            });
            const hard = slot.occurrences.filter((o) => o.conflicts.some((c) => HARD.has(c.status))).length;
            const soft = slot.occurrences.filter(
              (o) => o.conflicts.length > 0 && o.conflicts.every((c) => c.status === 'tentative'),
            ).length;
            expect(slot.score.conflictedOccurrences).toBe(hard);
            const people = slot.occurrences.flatMap((o) => [
              ...new Set(o.conflicts.filter((c) => HARD.has(c.status)).map((c) => c.memberId)),
            ]);
            expect(slot.score.memberConflicts).toBe(people.length);
            expect(slot.score.tentativeOccurrences).toBe(soft);
            if (hard === 0) {
              for (const o of slot.occurrences) {
                const clash = input.members.some((m) =>
                  m.busy.some((b) => HARD.has(b.status) && b.start < o.end && o.start < b.end),
                );
                expect(clash).toBe(false);
              }
            }
          }
          const keys = result.slots.map((s) => [
            s.score.conflictedOccurrences,
            s.score.memberConflicts,
            s.score.tentativeOccurrences,
            s.score.inconvenience,
            s.score.dstShiftingMembers,
            s.firstStart,
          ]);
          for (let i = 1; i < keys.length; i++)
            expect(lexicographic(keys[i - 1]!, keys[i]!)).toBeLessThanOrEqual(0);
          const best = result.slots[0];
          expect(result.feasible).toBe(
            best !== undefined && best.score.conflictedOccurrences <= (input.maxConflictedOccurrences ?? 0),
          );
          expect(result.feasible ? result.reason : typeof result.reason).toBe(
            result.feasible ? undefined : 'string',
          );
        }),
        { numRuns },
      );
    },
  );

  it('when the same search runs again or with members and busy items reordered, then the result is identical', () => {
    fc.assert(
      fc.property(slotSearchInput(), fc.integer(), (input, seed) => {
        const result = findRecurringSlots(input);
        expect(findRecurringSlots(structuredClone(input))).toEqual(result);
        expect(findRecurringSlots(reordered(input, seed))).toEqual(result);
      }),
      { numRuns: 60 },
    );
  });

  it('when checked against brute force over every grid start, then the search misses no fitting time and finds the fewest conflicts, people kept away and holds', () => {
    fc.assert(
      fc.property(slotSearchInput({ maxCount: 3, cadences: ['weekly'] }), (input) => {
        const result = findRecurringSlots({ ...input, limit: 1 });
        const first = Temporal.PlainDate.from(input.firstDate);
        const windows = workingWindows(input);
        let best: [number, number, number] | undefined;
        for (let d = 0; d < 7; d++) {
          for (let minute = 0; minute < 1440; minute += 15) {
            const occurrences = Array.from({ length: input.count }, (_, i) => {
              const start = anchorEpoch(input, first.add({ days: d + 7 * i }), minute) as number;
              return {
                seq: i + 1,
                date: '',
                start,
                end: start + input.durationMinutes * 60_000,
                conflicts: [],
              };
            });
            if (occurrences[0]!.start < input.now || !occurrences.every((o) => fitsHours(windows, o)))
              continue;
            const sets = occurrences.map((o) => expectedConflicts(input, o));
            const hard = sets.filter((s) => s.some((p) => HARD.has(p.split('|')[1]!))).length;
            const soft = sets.filter((s) => s.length > 0 && s.every((p) => p.endsWith('|tentative'))).length;
            const people = sets.reduce(
              (n, s) =>
                n + new Set(s.filter((p) => !p.endsWith('|tentative')).map((p) => p.split('|')[0])).size,
              0,
            );
            if (!best || lexicographic([hard, people, soft], best) < 0) best = [hard, people, soft];
          }
        }
        const found = result.slots[0];
        expect(
          found && [
            found.score.conflictedOccurrences,
            found.score.memberConflicts,
            found.score.tentativeOccurrences,
          ],
        ).toEqual(best);
      }),
      { numRuns: 25 },
    );
  });
});

function lexicographic(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
