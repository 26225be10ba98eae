import { Temporal } from 'temporal-polyfill';
import {
  formatGraphDateTime,
  localToEpoch,
  parseGraphDateTime,
  preferredTimeZone,
  toIanaZone,
} from '../../../emulator/calendar/time-zones';
import { availabilityView } from '../../../emulator/calendar/get-schedule';
import type { CalendarItem, ShowAs } from '../../../emulator/calendar/calendar-item';

describe('emulator time zones', () => {
  it.each([
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['India Standard Time', 'Asia/Calcutta'],
    ['Australia/Sydney', 'Australia/Sydney'],
    ['UTC', 'UTC'],
  ])('when the zone is named %s, then it resolves to %s', (name, iana) => {
    expect(toIanaZone(name)).toBe(iana);
  });

  it('when the zone name is unknown, then it fails as Graph does', () => {
    expect(() => toIanaZone('Mars Standard Time')).toThrow(
      expect.objectContaining({ status: 400, code: 'TimeZoneNotSupportedException' }),
    );
  });

  it.each(['America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'Europe/London'])(
    'when instants across a year are formatted in %s, then they match Temporal',
    (zone) => {
      for (
        let ms = Date.UTC(2025, 0, 1, 0, 17);
        ms < Date.UTC(2026, 0, 1);
        ms += 7 * 3_600_000 + 13 * 60_000
      ) {
        const expected = Temporal.Instant.fromEpochMilliseconds(ms)
          .toZonedDateTimeISO(zone)
          .toPlainDateTime()
          .toString({ fractionalSecondDigits: 7 });
        expect(formatGraphDateTime(ms, zone).dateTime).toBe(expected);
      }
    },
  );

  it('when a wall time falls in the spring-forward gap or the autumn overlap, then it resolves like Temporal "compatible"', () => {
    const day = Math.floor(Date.UTC(2025, 2, 9) / 86_400_000);
    expect(new Date(localToEpoch('America/New_York', day, 150)).toISOString()).toBe(
      '2025-03-09T07:30:00.000Z',
    );
    const autumn = Math.floor(Date.UTC(2025, 10, 2) / 86_400_000);
    expect(new Date(localToEpoch('America/New_York', autumn, 90)).toISOString()).toBe(
      '2025-11-02T05:30:00.000Z',
    );
  });

  it('when a dateTime carries its own offset, then the offset wins over the zone', () => {
    expect(parseGraphDateTime({ dateTime: '2025-03-03T09:00:00+05:30', timeZone: 'UTC' })).toBe(
      Date.UTC(2025, 2, 3, 3, 30),
    );
  });

  it('when the Prefer header names a zone, then it is used, else UTC', () => {
    expect(preferredTimeZone('outlook.timezone="Eastern Standard Time"')).toBe('Eastern Standard Time');
    expect(preferredTimeZone(undefined)).toBe('UTC');
  });

  it('when items of several statuses overlap one interval, then the worst status wins', () => {
    const item = (startMin: number, endMin: number, showAs: ShowAs) =>
      ({ startMs: startMin * 60_000, endMs: endMin * 60_000, showAs }) as CalendarItem;
    const items = [
      item(0, 30, 'workingElsewhere'),
      item(10, 20, 'tentative'),
      item(30, 60, 'busy'),
      item(45, 50, 'oof'),
      item(60, 70, 'workingElsewhere'),
    ];
    expect(availabilityView(items, 0, 120 * 60_000, 30)).toBe('1340');
  });
});
