import fc from 'fast-check';
import { memberCalendar } from '../../../../api/domain/scheduling/member-calendar';
import { mergeIntervals, timeZoneOf, WEEKDAYS, type Disambiguation } from '../../../../api/domain/time';
import { ZONES } from '../../../fixtures/scheduling-arbitraries';
import {
  customZoneId,
  graphCustomTimeZone,
  referenceIanaZone,
  referenceInstant,
  referenceWorkingWindows,
} from '../../../fixtures/reference-zones';

const DAY_MS = 86_400_000;
const YEAR_2026 = Date.UTC(2026, 0, 1);
/** Day-of-year indexes of 2026's clock changes in the test zones: US, UK/EU, Sydney/Chatham in April and autumn. */
const CHANGE_DAYS = [66, 87, 94, 269, 276, 297, 304];
const dayOf2026 = fc.oneof(fc.integer({ min: 0, max: 364 }), fc.constantFrom(...CHANGE_DAYS));
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

describe('IANA time zones', () => {
  it('when resolving any wall-clock time of 2026 either way, then it agrees with Temporal, gaps and repeated hours included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        dayOf2026,
        fc.integer({ min: 0, max: 1439 }),
        fc.constantFrom<Disambiguation>('compatible', 'earlier', 'later', 'reject'),
        (name, d, minute, how) => {
          const wall = YEAR_2026 + d * DAY_MS + minute * 60_000;
          const expected = referenceInstant(referenceIanaZone(name), wall, how);
          if (expected === 'throws') expect(() => timeZoneOf(name).toInstant(wall, how)).toThrow(RangeError);
          else expect(timeZoneOf(name).toInstant(wall, how)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['America/New_York', '2026-03-08', 150, '2026-03-08T07:30:00.000Z'],
    ['America/New_York', '2026-11-01', 90, '2026-11-01T05:30:00.000Z'],
    ['Europe/London', '2026-03-29', 75, '2026-03-29T01:15:00.000Z'],
    ['Australia/Sydney', '2026-10-04', 120, '2026-10-03T16:00:00.000Z'],
    ['Pacific/Chatham', '2026-04-05', 165, '2026-04-04T13:00:00.000Z'],
  ])('when %s has %s at minute %i, then it resolves like a calendar to %s', (zone, date, minute, iso) => {
    const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
    expect(new Date(timeZoneOf(zone).toEpoch(day, minute)).toISOString()).toBe(iso);
  });

  it("when reading instants and a span's changes, then offsets, local days and minutes agree with Temporal", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: -40 * 365 * 96, max: 40 * 365 * 96 }),
        (name, quarter) => {
          const t = YEAR_2026 + quarter * 900_000;
          const zone = timeZoneOf(name);
          const reference = referenceIanaZone(name);
          const offset = reference.offsetAt(t);
          expect(zone.offsetAt(t)).toBe(offset);
          expect(zone.localDay(t)).toBe(Math.floor((t + offset) / DAY_MS));
          expect(zone.localMinutes(t)).toBe(
            Math.floor(((((t + offset) % DAY_MS) + DAY_MS) % DAY_MS) / 60_000),
          );
          expect(zone.transitions(t, t + 400 * DAY_MS).map((c) => c.at)).toEqual(
            reference.changes(t, t + 400 * DAY_MS),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("when building a member calendar in an IANA or custom zone, then its working windows are the member's hours date by date", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...ZONES), graphCustomTimeZone.map(customZoneId)),
        fc.integer({ min: 0, max: 47 }),
        fc.integer({ min: 1, max: 47 }),
        fc.subarray([...WEEKDAYS], { minLength: 1 }),
        fc.integer({ min: 0, max: 330 }),
        (timeZone, start, halfHours, days, d) => {
          const hours = { days, start: hhmm(start * 30), end: hhmm(start * 30 + halfHours * 30), timeZone };
          const from = YEAR_2026 + d * DAY_MS;
          const to = from + 30 * DAY_MS;
          const cal = memberCalendar({ id: 'x', workingHours: hours, busy: [] }, from, to);
          const ours = cal.workStarts
            .map((s, i) => ({ start: s, end: cal.workEnds[i]! }))
            .filter((w) => w.end > from && w.start < to);
          expect(ours).toEqual(mergeIntervals(referenceWorkingWindows(hours, from, to)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
