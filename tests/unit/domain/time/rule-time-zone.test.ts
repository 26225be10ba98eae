import fc from 'fast-check';
import {
  formatPosixZone,
  parsePosixZone,
  ruleTimeZone,
  timeZoneOf,
  type Disambiguation,
  type TimeZone,
} from '../../../../api/domain/time';
import { customZoneRules, type GraphCustomTimeZone } from '../../../../api/graph/custom-time-zone';
import {
  graphCustomTimeZone,
  referenceCustomZone,
  referenceIanaZone,
  referenceInstant,
} from '../../../fixtures/reference-zones';

const HOUR_MS = 3_600_000;
const YEAR_MS = 365 * 24 * HOUR_MS;
const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2040, 0, 1);
const DISAMBIGUATIONS: Disambiguation[] = ['compatible', 'earlier', 'later', 'reject'];

const zoneOf = (block: GraphCustomTimeZone): TimeZone => ruleTimeZone(customZoneRules(block)!);

/** Instants worth probing: random ones, and ones right at, before and after each change of a few years. */
const probes = (block: GraphCustomTimeZone, seed: number[]) => {
  const changes = referenceCustomZone(block).changes(
    FROM + (seed[0]! % 30) * YEAR_MS,
    FROM + ((seed[0]! % 30) + 3) * YEAR_MS,
  );
  const near = changes.flatMap((c) => [
    c - HOUR_MS * 3,
    c - HOUR_MS,
    c - 1,
    c,
    c + 1,
    c + HOUR_MS,
    c + 3 * HOUR_MS,
  ]);
  return [...seed.map((s) => FROM + (s % (TO - FROM))), ...near];
};

describe('rule-based time zones (customTimeZone)', () => {
  it('when the rules are random, then offsets, changes and wall-clock times agree with a day-by-day expansion of the same block', () => {
    fc.assert(
      fc.property(graphCustomTimeZone, fc.array(fc.nat(), { minLength: 4, maxLength: 8 }), (block, seed) => {
        const zone = zoneOf(block);
        const reference = referenceCustomZone(block);
        for (const t of probes(block, seed)) expect(zone.offsetAt(t)).toBe(reference.offsetAt(t));
        const from = FROM + (seed[1]! % 35) * YEAR_MS;
        expect(zone.transitions(from, from + 3 * YEAR_MS).map((c) => c.at)).toEqual(
          reference.changes(from, from + 3 * YEAR_MS),
        );
        for (const t of probes(block, seed)) {
          const wall = t + reference.offsetAt(t) + ((seed[2]! % 5) - 2) * 30 * 60_000;
          for (const how of DISAMBIGUATIONS) {
            const expected = referenceInstant(reference, wall, how);
            if (expected === 'throws') expect(() => zone.toInstant(wall, how)).toThrow(RangeError);
            else expect(zone.toInstant(wall, how)).toBe(expected);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('when a zone is stored by its id, then the id gives back the same rules and zone', () => {
    fc.assert(
      fc.property(graphCustomTimeZone, (block) => {
        const rules = customZoneRules(block)!;
        const zone = ruleTimeZone(rules);
        expect(zone.id).toBe(formatPosixZone(rules));
        expect(parsePosixZone(zone.id)).toEqual(rules);
        expect(timeZoneOf(zone.id)).toBe(zone);
      }),
      { numRuns: 300 },
    );
  });

  const sunday = (month: number, dayOccurrence: number, time: string) => ({
    month,
    dayOccurrence,
    dayOfWeek: 'sunday',
    time,
  });

  it.each([
    ['Sydney', -600, sunday(10, 1, '02:00:00.0000000'), sunday(4, 1, '03:00:00.0000000'), 'Australia/Sydney'],
    ['London', 0, sunday(3, 5, '01:00:00.0000000'), sunday(10, 5, '02:00:00.0000000'), 'Europe/London'],
    ['Berlin', -60, sunday(3, 5, '02:00:00.0000000'), sunday(10, 5, '03:00:00.0000000'), 'Europe/Berlin'],
    [
      'New York',
      300,
      sunday(3, 2, '02:00:00.0000000'),
      sunday(11, 1, '02:00:00.0000000'),
      'America/New_York',
    ],
    ['Chatham', -765, sunday(9, 5, '02:45:00.0000000'), sunday(4, 1, '03:45:00.0000000'), 'Pacific/Chatham'],
  ])(
    'when a mailbox has %s rules as a customTimeZone, then every change from 2020 to 2030 is where tzdb has it',
    (_city, bias, daylight, standard, iana) => {
      const block = { bias, standardOffset: standard, daylightOffset: { ...daylight, daylightBias: -60 } };
      const zone = zoneOf(block);
      const expected = referenceIanaZone(iana);
      const from = Date.UTC(2020, 0, 1);
      const to = Date.UTC(2030, 0, 1);
      expect(zone.transitions(from, to).map((c) => new Date(c.at).toISOString())).toEqual(
        expected.changes(from, to).map((at) => new Date(at).toISOString()),
      );
      expect(zone.displayName).toMatch(/\(custom rules\)$/);
    },
  );

  it("when Outlook swaps the documentation example's rules, then daylight time at UTC+5 runs from October to May", () => {
    // user-update-mailboxsettings, example 2's answer: bias −200 and daylightBias −100 (UTC+3:20, then UTC+5:00).
    const zone = zoneOf({
      bias: -200,
      name: 'Customized Time Zone',
      standardOffset: { time: '02:00:00.0000000', dayOccurrence: 4, dayOfWeek: 'sunday', month: 5 },
      daylightOffset: {
        daylightBias: -100,
        time: '02:00:00.0000000',
        dayOccurrence: 2,
        dayOfWeek: 'sunday',
        month: 10,
      },
    });
    expect(zone.displayName).toBe('Customized Time Zone');
    expect(zone.offsetAt(Date.UTC(2026, 0, 15)) / 60_000).toBe(300);
    expect(zone.offsetAt(Date.UTC(2026, 6, 15)) / 60_000).toBe(200);
    expect(zone.transitions(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).map((c) => c.at)).toEqual([
      Date.UTC(2026, 4, 24, 2) - 300 * 60_000, // fourth Sunday of May 2026, 02:00 at UTC+5
      Date.UTC(2026, 9, 11, 2) - 200 * 60_000, // second Sunday of October 2026, 02:00 at UTC+3:20
    ]);
  });

  it.each([
    [{ bias: -330 }, 'UTC+05:30 (custom rules)', 330],
    [{ bias: 480, name: '  ' }, 'UTC-08 (custom rules)', -480],
    [
      { bias: 0, standardOffset: { month: 0 }, daylightOffset: { month: 0, daylightBias: 0 } },
      'UTC+00 (custom rules)',
      0,
    ],
    [
      { bias: -600, name: 'Pacific custom', daylightOffset: { month: 10, daylightBias: 0 } },
      'Pacific custom',
      600,
    ],
  ])('when a customTimeZone %j has no daylight time, then it is %s all year', (block, name, minutes) => {
    const zone = zoneOf(block);
    expect(zone.displayName).toBe(name);
    expect(zone.transitions(Date.UTC(2000, 0, 1), Date.UTC(2040, 0, 1))).toEqual([]);
    expect(zone.offsetAt(Date.UTC(2026, 6, 1)) / 60_000).toBe(minutes);
  });

  it('when a daylight start and end fall on the same instant, then standard time follows it all that year', () => {
    // Daylight time from the fourth Sunday of March to the last: 22 to 29 March 2026, but in 2027 both are the 28th.
    const block = {
      bias: 0,
      daylightOffset: { ...sunday(3, 4, '02:00'), daylightBias: -60 },
      standardOffset: sunday(3, 5, '03:00'),
    };
    const zone = zoneOf(block);
    expect(zone.transitions(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).map((c) => c.at)).toEqual([
      Date.UTC(2026, 2, 22, 2),
      Date.UTC(2026, 2, 29, 2),
    ]);
    expect(zone.offsetAt(Date.UTC(2027, 2, 28, 2, 30))).toBe(0);
    expect(zone.transitions(Date.UTC(2027, 0, 1), Date.UTC(2028, 0, 1))).toEqual([]);
  });

  it.each([
    ['posix:<+10>-10', 'UTC+10 (custom rules)'],
    ['posix:AEST-10AEDT,M10.1.0,M4.1.0/3', 'UTC+10/+11 (custom rules)'],
    ['posix:EST5EDT,M3.2.0,M11.1.0#New%20York%20office', 'New York office'],
  ])('when a stored id is %s, then the zone reads as %s', (id, name) => {
    expect(timeZoneOf(id).displayName).toBe(name);
  });

  it.each([['posix:'], ['posix:<+10>-10<+11>,J60,J300'], ['posix:<+25>-25'], ['posix:X-1Y,M13.1.0,M4.1.0']])(
    'when a stored id is %s, then it names no zone',
    (id) => {
      expect(() => timeZoneOf(id)).toThrow(RangeError);
    },
  );
});
