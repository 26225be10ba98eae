import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { customZoneOffset, type CustomTimeZone } from '../../../emulator/calendar/custom-zone';
import { customZoneId, localToEpoch, offsetAt } from '../../../emulator/calendar/time-zones';

const HOUR = 3_600_000;

const rule = (month: number, dayOccurrence: number, dayOfWeek: string, time = '02:00:00') => ({
  time,
  dayOccurrence,
  dayOfWeek,
  month,
  year: 0,
});

const pacific: CustomTimeZone = {
  bias: 480,
  name: 'Customized Time Zone',
  standardOffset: rule(11, 1, 'sunday'),
  daylightOffset: { ...rule(3, 2, 'sunday'), daylightBias: -60 },
};

function ianaOffset(zone: string, ms: number): number {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds / 1e6;
}

describe('customTimeZone rules in the emulator', () => {
  it('when the rules are US Pacific, then every hour of 2024–2026 has America/Los_Angeles offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) }), (ms) => {
        expect(customZoneOffset(pacific, ms)).toBe(ianaOffset('America/Los_Angeles', ms));
      }),
    );
  });

  it('when daylight time spans the new year (southern rules with a last-Saturday change at 23:30), then both sides of each change are right', () => {
    const southern: CustomTimeZone = {
      bias: -570,
      name: 'Customized Time Zone',
      standardOffset: rule(3, 2, 'saturday', '23:30:00'),
      daylightOffset: { ...rule(10, 5, 'saturday', '23:30:00'), daylightBias: -30 },
    };
    // 2025: daylight from Sat 25 Oct 23:30 (+9:30) to Sat 8 Mar 2025 23:30 (+10:00).
    const toDaylight = Date.UTC(2025, 9, 25, 23, 30) - 9.5 * HOUR;
    const toStandard = Date.UTC(2025, 2, 8, 23, 30) - 10 * HOUR;
    expect(customZoneOffset(southern, toDaylight - 1)).toBe(9.5 * HOUR);
    expect(customZoneOffset(southern, toDaylight)).toBe(10 * HOUR);
    expect(customZoneOffset(southern, toStandard - 1)).toBe(10 * HOUR);
    expect(customZoneOffset(southern, toStandard)).toBe(9.5 * HOUR);
    expect(customZoneOffset(southern, Date.UTC(2025, 0, 15))).toBe(10 * HOUR);
    expect(customZoneOffset(southern, Date.UTC(2025, 6, 15))).toBe(9.5 * HOUR);
  });

  it('when a zone id is made for the rules, then local wall times convert through them', () => {
    const zone = customZoneId(pacific);
    expect(offsetAt(zone, Date.UTC(2025, 6, 1))).toBe(-7 * HOUR);
    const day = Math.floor(Date.UTC(2025, 0, 6) / 86_400_000);
    expect(localToEpoch(zone, day, 9 * 60)).toBe(Date.UTC(2025, 0, 6, 17));
  });
});
