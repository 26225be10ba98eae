import fc from 'fast-check';
import {
  intersectIntervals,
  mergeIntervals,
  subtractIntervals,
  totalLength,
  workingIntervals,
  localTime,
  type Interval,
  type WorkingHours,
} from '../../../../api/domain/time';

const at = (iso: string) => Date.parse(iso);
const weekdays: WorkingHours['days'] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const intervalList = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 100 })), { maxLength: 20 })
  .map((pairs) => mergeIntervals(pairs.map(([s, len]) => ({ start: s, end: s + len }))));
const covers = (list: Interval[], t: number) => list.some((i) => i.start <= t && t < i.end);

describe('interval algebra', () => {
  it('when merging touching intervals, then they become one', () => {
    expect(
      mergeIntervals([
        { start: 5, end: 10 },
        { start: 0, end: 5 },
        { start: 20, end: 20 },
      ]),
    ).toEqual([{ start: 0, end: 10 }]);
  });

  it('when intersecting and subtracting random lists, then every point agrees with set logic', () => {
    fc.assert(
      fc.property(intervalList, intervalList, fc.integer({ min: 0, max: 1100 }), (a, b, t) => {
        expect(covers(intersectIntervals(a, b), t)).toBe(covers(a, t) && covers(b, t));
        expect(covers(subtractIntervals(a, b), t)).toBe(covers(a, t) && !covers(b, t));
        expect(totalLength(subtractIntervals(a, b)) + totalLength(intersectIntervals(a, b))).toBe(
          totalLength(a),
        );
      }),
    );
  });
});

describe('working hours across zones and daylight saving', () => {
  it('when New York changes to daylight time, then 09:00 local stays 09:00 and moves one hour in UTC', () => {
    const hours: WorkingHours = {
      days: weekdays,
      start: '09:00',
      end: '17:00',
      timeZone: 'America/New_York',
    };
    const days = workingIntervals(hours, at('2026-03-06T00:00:00Z'), at('2026-03-11T00:00:00Z'));
    expect(days.map((d) => new Date(d.start).toISOString())).toEqual([
      '2026-03-06T14:00:00.000Z',
      '2026-03-09T13:00:00.000Z',
      '2026-03-10T13:00:00.000Z',
    ]);
    expect(days.every((d) => localTime(d.start, hours.timeZone) === '09:00')).toBe(true);
  });

  it('when Sydney leaves daylight time in April, then its UTC start moves later by an hour', () => {
    const hours: WorkingHours = {
      days: weekdays,
      start: '09:00',
      end: '17:00',
      timeZone: 'Australia/Sydney',
    };
    const days = workingIntervals(hours, at('2026-04-02T00:00:00Z'), at('2026-04-07T00:00:00Z'));
    expect(new Date(days[0]!.start).toISOString()).toBe('2026-04-01T22:00:00.000Z'); // Thu 2 Apr, +11
    expect(new Date(days.at(-1)!.start).toISOString()).toBe('2026-04-06T23:00:00.000Z'); // Tue 7 Apr, +10
  });

  it('when the zone has a half-hour offset, then intervals start on the half hour in UTC', () => {
    const hours: WorkingHours = { days: ['monday'], start: '10:00', end: '18:00', timeZone: 'Asia/Kolkata' };
    const [day] = workingIntervals(hours, at('2026-06-01T00:00:00Z'), at('2026-06-02T00:00:00Z'));
    expect(day).toEqual({ start: at('2026-06-01T04:30:00Z'), end: at('2026-06-01T12:30:00Z') });
  });

  it('when hours run overnight, then the interval ends the next day', () => {
    const hours: WorkingHours = { days: ['monday'], start: '22:00', end: '06:00', timeZone: 'UTC' };
    const [night] = workingIntervals(hours, at('2026-06-01T00:00:00Z'), at('2026-06-02T00:00:00Z'));
    expect(night).toEqual({ start: at('2026-06-01T22:00:00Z'), end: at('2026-06-02T06:00:00Z') });
  });
});
