import { toWorkingHours } from '../../../api/graph/calendar';
import { timeZoneOf } from '../../../api/domain/time';
import { epochOf, utcDateTime, zonedDateTime } from '../../../api/graph/graph-date-time';

const hours = (timeZone: Record<string, unknown>) => ({
  daysOfWeek: ['monday' as const],
  startTime: '09:00',
  endTime: '17:00',
  timeZone,
});

describe('Graph working-hours zones', () => {
  it.each([
    [{ name: 'Pacific Standard Time' }, 'America/Los_Angeles'],
    [{ name: 'India Standard Time' }, 'Asia/Kolkata'],
    [{ name: 'AUS Eastern Standard Time' }, 'Australia/Sydney'],
    [{ name: 'Europe/London' }, 'Europe/London'],
  ])('when the zone is named %j, then the hours carry %s', (zone, expected) => {
    expect(toWorkingHours(hours(zone))?.timeZone).toBe(expected);
  });

  it.each([
    ['Sydney', -600, 10, 1, 4, 1, 'Australia/Sydney', 'Antarctica/Macquarie'],
    ['London', 0, 3, 5, 10, 5, 'Europe/London', 'Atlantic/Canary'],
    ['New York', 300, 3, 2, 11, 1, 'America/New_York', 'America/Detroit'],
  ])(
    'when a mailbox has %s rules as a customTimeZone, then the hours keep those rules and never show another city',
    (_city, bias, dstMonth, dstWeek, stdMonth, stdWeek, tzdb, formerGuess) => {
      const wh = toWorkingHours(
        hours({
          '@odata.type': '#microsoft.graph.customTimeZone',
          bias,
          name: 'Customized Time Zone',
          standardOffset: {
            time: '02:00:00.0000000',
            dayOccurrence: stdWeek,
            dayOfWeek: 'sunday',
            month: stdMonth,
          },
          daylightOffset: {
            daylightBias: -60,
            time: '02:00:00.0000000',
            dayOccurrence: dstWeek,
            dayOfWeek: 'sunday',
            month: dstMonth,
          },
        }),
      )!;
      const zone = timeZoneOf(wh.timeZone);
      expect(zone.kind).toBe('rules');
      expect(zone.displayName).toBe('Customized Time Zone');
      expect(wh.timeZone).not.toContain(formerGuess);
      for (const day of [15, 100, 200, 300]) {
        const t = Date.UTC(2026, 0, day, 12);
        expect(zone.offsetAt(t)).toBe(timeZoneOf(tzdb).offsetAt(t));
      }
    },
  );

  it.each([
    [-330, 330],
    [-60, 60],
    [0, 0],
    [480, -480],
  ])(
    'when a customTimeZone has bias %i and no daylight time, then its offset is %i minutes all year',
    (bias, minutes) => {
      const wh = toWorkingHours(
        hours({ bias, standardOffset: { month: 0 }, daylightOffset: { month: 0, daylightBias: 0 } }),
      )!;
      for (const iso of ['2026-01-15T00:00:00Z', '2026-07-15T00:00:00Z']) {
        expect(timeZoneOf(wh.timeZone).offsetAt(Date.parse(iso)) / 60_000).toBe(minutes);
      }
    },
  );
});

describe('Graph date-times', () => {
  it('when Graph answers with seven fractional digits in UTC or a Windows zone, then the instant is exact', () => {
    expect(epochOf({ dateTime: '2026-03-29T00:30:00.0000000', timeZone: 'UTC' })).toBe(
      Date.UTC(2026, 2, 29, 0, 30),
    );
    expect(epochOf({ dateTime: '2026-03-29T09:00:00.0000000', timeZone: 'GMT Standard Time' })).toBe(
      Date.UTC(2026, 2, 29, 8, 0),
    );
    expect(epochOf({ dateTime: '2026-11-23T10:00:00', timeZone: 'India Standard Time' })).toBe(
      Date.UTC(2026, 10, 23, 4, 30),
    );
  });

  it('when a series starts after a daylight-saving change, then its wall-clock start and zone are what Outlook expects', () => {
    expect(zonedDateTime(Date.UTC(2026, 3, 7, 23, 0), 'Australia/Sydney')).toEqual({
      dateTime: '2026-04-08T09:00:00',
      timeZone: 'AUS Eastern Standard Time',
    });
    expect(zonedDateTime(Date.UTC(2026, 2, 10, 13, 0), 'America/New_York')).toEqual({
      dateTime: '2026-03-10T09:00:00',
      timeZone: 'Eastern Standard Time',
    });
    expect(utcDateTime(Date.UTC(2026, 0, 1))).toEqual({
      dateTime: '2026-01-01T00:00:00.000',
      timeZone: 'UTC',
    });
  });
});
