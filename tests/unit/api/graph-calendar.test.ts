import { Temporal } from 'temporal-polyfill';
import { toWorkingHours } from '../../../api/graph/calendar';
import { customZoneToIana } from '../../../api/graph/custom-time-zone';
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
    [{ name: 'India Standard Time' }, /Asia\/(Kolkata|Calcutta)/],
    [{ name: 'AUS Eastern Standard Time' }, 'Australia/Sydney'],
    [{ name: 'Europe/London' }, 'Europe/London'],
  ])('when the zone is named %j, then the hours carry %s', (zone, expected) => {
    expect(toWorkingHours(hours(zone), 2026)?.timeZone).toMatch(expected);
  });

  it("when the mailbox has a customTimeZone with US rules at UTC−5, then it becomes a zone that keeps New York's offsets and change dates", () => {
    const zone = customZoneToIana(
      {
        bias: 300,
        name: 'Customized Time Zone',
        standardOffset: { time: '02:00:00.0000000', dayOccurrence: 1, dayOfWeek: 'sunday', month: 11 },
        daylightOffset: {
          daylightBias: -60,
          time: '02:00:00.0000000',
          dayOccurrence: 2,
          dayOfWeek: 'sunday',
          month: 3,
        },
      },
      2026,
    )!;
    const offset = (iso: string) =>
      new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).format(new Date(iso));
    expect(offset('2026-03-07T12:00:00Z')).toContain('GMT-5');
    expect(offset('2026-03-09T12:00:00Z')).toContain('GMT-4');
    expect(offset('2026-10-31T12:00:00Z')).toContain('GMT-4');
    expect(offset('2026-11-02T12:00:00Z')).toContain('GMT-5');
  });

  it('when a customTimeZone has southern-hemisphere rules at UTC+10, then its daylight time runs from October to April', () => {
    const zone = customZoneToIana(
      {
        bias: -600,
        standardOffset: { dayOccurrence: 1, dayOfWeek: 'sunday', month: 4 },
        daylightOffset: { daylightBias: -60, dayOccurrence: 1, dayOfWeek: 'sunday', month: 10 },
      },
      2026,
    )!;
    const offset = (iso: string) =>
      new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).format(new Date(iso));
    expect(offset('2026-01-15T00:00:00Z')).toContain('GMT+11');
    expect(offset('2026-07-15T00:00:00Z')).toContain('GMT+10');
  });

  it.each([
    [-330, 330],
    [-60, 60],
    [0, 0],
    [480, -480],
  ])(
    'when a customTimeZone has bias %i and no daylight time, then it becomes a fixed zone %i minutes from UTC all year',
    (bias, minutes) => {
      const zone = customZoneToIana(
        { bias, standardOffset: { month: 0 }, daylightOffset: { month: 0, daylightBias: 0 } },
        2026,
      )!;
      for (const iso of ['2026-01-15T00:00:00Z', '2026-07-15T00:00:00Z']) {
        expect(Temporal.Instant.from(iso).toZonedDateTimeISO(zone).offsetNanoseconds / 60e9).toBe(minutes);
      }
    },
  );

  it('when the working hours name a customTimeZone, then toWorkingHours honours it over the name', () => {
    const wh = toWorkingHours(
      hours({ '@odata.type': '#microsoft.graph.customTimeZone', name: 'Customized Time Zone', bias: -330 }),
      2026,
    );
    expect(wh?.timeZone).toMatch(/Asia\/(Kolkata|Calcutta|Colombo)/);
  });
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
