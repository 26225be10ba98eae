import fc from 'fast-check';
import { seriesOccurrences } from '../../../../api/domain/sessions/series-occurrences';
import { anchorZoneFor, keepsWallClock, seriesZoneFor, timeZoneOf } from '../../../../api/domain/time';
import { customZoneId, graphCustomTimeZone, referenceZoneOf } from '../../../fixtures/reference-zones';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const sunday = (month: number, dayOccurrence: number, time: string) => ({
  month,
  dayOccurrence,
  dayOfWeek: 'sunday',
  time,
});
/** Sydney's rules as a customTimeZone. */
const sydneyRules = customZoneId({
  bias: -600,
  name: 'Customized Time Zone',
  standardOffset: sunday(4, 1, '03:00:00.0000000'),
  daylightOffset: { ...sunday(10, 1, '02:00:00.0000000'), daylightBias: -60 },
});
/** UTC+0/+1 changing on the first Sunday of April at 01:00: a week after London. */
const aprilRules = customZoneId({
  bias: 0,
  standardOffset: sunday(10, 5, '02:00:00.0000000'),
  daylightOffset: { ...sunday(4, 1, '01:00:00.0000000'), daylightBias: -60 },
});

const startsOf = (zone: string, firstStart: number, count: number, weeks = 1) =>
  seriesOccurrences(firstStart, 3_600_000, zone, weeks, count).map((o) => o.start);

describe('the zone a series is booked in', () => {
  it('when the organizer has a customTimeZone, then every occurrence keeps its wall-clock time in that zone', () => {
    fc.assert(
      fc.property(
        graphCustomTimeZone.map(customZoneId),
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: 0, max: 95 }),
        fc.constantFrom(1, 2),
        (zone, day, quarter, weeks) => {
          const reference = referenceZoneOf(zone);
          const first = Date.UTC(2026, 0, 1) + day * DAY_MS + quarter * 900_000;
          const starts = startsOf(zone, first, 6, weeks);
          const wall = (t: number) => t + reference.offsetAt(t);
          starts.forEach((t, i) => {
            const shift = wall(t) - wall(first) - i * weeks * WEEK_MS;
            // Same wall-clock time, or moved forward out of a gap on that date.
            expect(shift === 0 || reference.instantsOf(wall(first) + i * weeks * WEEK_MS).length === 0).toBe(
              true,
            );
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('when the organizer is in an IANA zone, then the series is booked in it', () => {
    const starts = startsOf('Asia/Calcutta', Date.UTC(2026, 2, 2, 4, 30), 6);
    expect(seriesZoneFor('Asia/Calcutta', starts)).toBe('Asia/Kolkata');
  });

  it("when a custom zone has Sydney's rules, then a member's Sydney zone books the series across April's change, and UTC cannot", () => {
    const first = Date.UTC(2026, 2, 16, 22); // Tuesday 09:00 in Sydney, daylight time
    const starts = startsOf(sydneyRules, first, 6);
    expect(starts[5]! - starts[0]!).toBe(5 * WEEK_MS + 3_600_000);
    expect(keepsWallClock(timeZoneOf('UTC'), starts)).toBe(false);
    expect(seriesZoneFor(sydneyRules, starts, ['Europe/London', 'Australia/Sydney'])).toBe(
      'Australia/Sydney',
    );
    const chosen = seriesZoneFor(sydneyRules, starts)!;
    expect(timeZoneOf(chosen).kind).toBe('iana');
    expect(keepsWallClock(timeZoneOf(chosen), starts)).toBe(true);
  });

  it('when no clock change falls inside the series, then UTC keeps it', () => {
    const starts = startsOf(aprilRules, Date.UTC(2026, 4, 4, 8), 6);
    expect(seriesZoneFor(aprilRules, starts)).toBe('UTC');
  });

  it('when a custom change falls inside the series, then a zone is chosen only if its clock keeps every session, as a search of all zones finds', () => {
    const starts = startsOf(aprilRules, Date.UTC(2026, 2, 23, 9), 4);
    const chosen = seriesZoneFor(aprilRules, starts);
    const anyZone = Intl.supportedValuesOf('timeZone').some((name) =>
      keepsWallClock(timeZoneOf(name), starts),
    );
    expect(chosen !== undefined).toBe(anyZone);
    if (chosen) expect(keepsWallClock(timeZoneOf(chosen), starts)).toBe(true);
  });

  it("when a custom zone has Sydney's rules, then the search is anchored in a zone with the same clock over the span", () => {
    const [from, to] = [Date.UTC(2026, 2, 1), Date.UTC(2026, 5, 1)];
    expect(anchorZoneFor(sydneyRules, from, to, ['Europe/London', 'Australia/Sydney'])).toBe(
      'Australia/Sydney',
    );
    const chosen = timeZoneOf(anchorZoneFor(sydneyRules, from, to));
    expect(chosen.kind).toBe('iana');
    expect(chosen.transitions(from, to)).toEqual(timeZoneOf(sydneyRules).transitions(from, to));
  });

  it('when no zone has the same clock as a custom zone over the span, then the first IANA zone given anchors the search', () => {
    const [from, to] = [Date.UTC(2026, 2, 16), Date.UTC(2026, 3, 20)];
    const own = timeZoneOf(aprilRules);
    const same = Intl.supportedValuesOf('timeZone').find((name) => {
      const zone = timeZoneOf(name);
      const [a, b] = [zone.transitions(from, to), own.transitions(from, to)];
      return (
        zone.offsetAt(from) === own.offsetAt(from) &&
        a.length === b.length &&
        a.every((t, i) => t.at === b[i]!.at && t.offsetAfter === b[i]!.offsetAfter)
      );
    });
    const anchor = anchorZoneFor(aprilRules, from, to, [aprilRules, 'Europe/London']);
    expect(anchor).toBe(same ? timeZoneOf(same).id : 'Europe/London');
    expect(anchorZoneFor('Asia/Calcutta', from, to)).toBe('Asia/Kolkata');
  });
});
