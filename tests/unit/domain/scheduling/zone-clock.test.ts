import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { memberCalendar } from '../../../../api/domain/scheduling/member-calendar';
import { ZoneClock } from '../../../../api/domain/scheduling/zone-clock';
import {
  localTime,
  minutesOfDay,
  workingIntervals,
  mergeIntervals,
  zonedEpoch,
  WEEKDAYS,
} from '../../../../api/domain/time';
import { ZONES } from '../../../fixtures/scheduling-arbitraries';

const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(2026, 0, 1) / DAY_MS;
const clockFor = (zone: string) => ZoneClock.of(zone, Date.UTC(2026, 0, 1), Date.UTC(2026, 11, 31));
/** Day-of-year indexes of 2026's clock changes in the test zones: US, UK/EU, Sydney/Chatham in April and autumn. */
const CHANGE_DAYS = [66, 87, 94, 269, 276, 297, 304];
const dayOf2026 = fc.oneof(fc.integer({ min: 0, max: 364 }), fc.constantFrom(...CHANGE_DAYS));
const plainDate = (day: number) => Temporal.PlainDate.from(new Date(day * DAY_MS).toISOString().slice(0, 10));

describe('ZoneClock', () => {
  it('when resolving any wall-clock time of 2026, then it agrees with Temporal, gaps and repeated hours included', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        dayOf2026,
        fc.integer({ min: 0, max: 1439 }),
        (zone, d, minute) => {
          const day = YEAR_START + d;
          expect(clockFor(zone).toEpoch(day, minute)).toBe(zonedEpoch(plainDate(day), minute, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
    ['Europe/London', '2026-03-29', '01:15', '2026-03-29T01:15:00.000Z'],
    ['Australia/Sydney', '2026-10-04', '02:00', '2026-10-03T16:00:00.000Z'],
    ['Pacific/Chatham', '2026-04-05', '02:45', '2026-04-04T13:00:00.000Z'],
  ])('when %s has %s %s, then it resolves like a calendar to %s', (zone, date, time, iso) => {
    const day = Date.parse(`${date}T00:00:00Z`) / DAY_MS;
    expect(new Date(clockFor(zone).toEpoch(day, minutesOfDay(time))).toISOString()).toBe(iso);
  });

  it('when reading an instant back, then local day and minutes agree with Temporal', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 365 * 24 * 4 }), (zone, quarter) => {
        const t = Date.UTC(2026, 0, 1) + quarter * 900_000;
        const clock = clockFor(zone);
        expect(clock.localMinutes(t)).toBe(minutesOfDay(localTime(t, zone)));
        const zdt = Temporal.Instant.fromEpochMilliseconds(t).toZonedDateTimeISO(zone);
        expect(clock.localDay(t)).toBe(Date.UTC(zdt.year, zdt.month - 1, zdt.day) / DAY_MS);
      }),
      { numRuns: 2000 },
    );
  });

  it('when building a member calendar, then its working windows equal domain/time workingIntervals', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 47 }),
        fc.integer({ min: 1, max: 47 }),
        fc.subarray([...WEEKDAYS], { minLength: 1 }),
        fc.integer({ min: 0, max: 330 }),
        (zone, start, halfHours, days, d) => {
          const hhmm = (m: number) =>
            `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const hours = {
            days,
            start: hhmm(start * 30),
            end: hhmm(start * 30 + halfHours * 30),
            timeZone: zone,
          };
          const from = Date.UTC(2026, 0, 1) + d * DAY_MS;
          const to = from + 30 * DAY_MS;
          const cal = memberCalendar({ id: 'x', workingHours: hours, busy: [] }, from, to);
          const ours = cal.workStarts
            .map((s, i) => ({ start: s, end: cal.workEnds[i]! }))
            .filter((w) => w.end > from && w.start < to);
          expect(ours).toEqual(mergeIntervals(workingIntervals(hours, from, to)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
