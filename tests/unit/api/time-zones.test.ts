import { findIana } from 'windows-iana';
import { canonicalZoneName, timeZoneOf } from '../../../api/domain/time';
import { toIana, zoneIdOf } from '../../../api/graph/time-zones';

describe('Windows and IANA zone names', () => {
  it.each([
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['Tasmania Standard Time', 'Australia/Hobart'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['GMT Standard Time', 'Europe/London'],
    ['Eastern Standard Time', 'America/New_York'],
    ['India Standard Time', 'Asia/Kolkata'],
    ['FLE Standard Time', 'Europe/Kyiv'],
    ['SE Asia Standard Time', 'Asia/Bangkok'],
    ['Nepal Standard Time', 'Asia/Kathmandu'],
    ['UTC', 'UTC'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['Australia/Sydney', 'Australia/Sydney'],
  ])('when Graph says %p, then the domain sees %p', (name, iana) => {
    expect(toIana(name)).toBe(iana);
  });

  it.each([['Nonsense Standard Time'], ['tzone://Microsoft/Custom'], [''], [null], ['+05:30']])(
    'when Graph says %p, then no zone is claimed',
    (name) => {
      expect(toIana(name)).toBeUndefined();
    },
  );

  it('when any Windows zone windows-iana knows is read, then it becomes a canonical IANA zone shown under that name', () => {
    const windowsNames = [
      'Pacific Standard Time',
      'India Standard Time',
      'Myanmar Standard Time',
      'Tonga Standard Time',
    ];
    for (const name of windowsNames) {
      const iana = toIana(name)!;
      expect(findIana(name).map((alias) => canonicalZoneName(alias))).toContain(iana);
      expect(timeZoneOf(iana).displayName).toBe(iana);
    }
  });

  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['asia/calcutta', 'Asia/Kolkata'],
    ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
    ['Asia/Rangoon', 'Asia/Yangon'],
    ['Europe/Kiev', 'Europe/Kyiv'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['Etc/UTC', 'UTC'],
    ['Etc/GMT-5', 'Etc/GMT-5'],
    ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ])('when a zone is named %p, then it is shown as %p', (alias, canonical) => {
    expect(canonicalZoneName(alias)).toBe(canonical);
    expect(timeZoneOf(alias).displayName).toBe(canonical);
    expect(timeZoneOf(alias).id).toBe(canonical);
  });

  it('when every zone Intl knows is made canonical, then the name is one Temporal knows and stays as it is', () => {
    for (const name of Intl.supportedValuesOf('timeZone')) {
      const canonical = canonicalZoneName(name);
      expect(canonicalZoneName(canonical)).toBe(canonical);
      expect(timeZoneOf(canonical).offsetAt(Date.UTC(2026, 0, 1))).toBe(
        timeZoneOf(name).offsetAt(Date.UTC(2026, 0, 1)),
      );
    }
  });

  it.each([['Mars/Olympus_Mons'], ['Etc/Unknown'], ['']])(
    'when a zone is named %p, then it is refused',
    (name) => {
      expect(() => canonicalZoneName(name)).toThrow(RangeError);
    },
  );

  it("when working hours carry a customTimeZone, then its rules define the zone, not a name's", () => {
    const id = zoneIdOf({
      '@odata.type': '#microsoft.graph.customTimeZone',
      bias: 480,
      name: 'Pacific Standard Time',
      standardOffset: { month: 11, dayOccurrence: 1, dayOfWeek: 'sunday', time: '02:00:00.0000000' },
      daylightOffset: {
        month: 3,
        dayOccurrence: 2,
        dayOfWeek: 'sunday',
        time: '02:00:00.0000000',
        daylightBias: -60,
      },
    })!;
    expect(timeZoneOf(id).kind).toBe('rules');
    expect(timeZoneOf(id).displayName).toBe('Pacific Standard Time');
    expect(zoneIdOf({ name: 'Pacific Standard Time' })).toBe('America/Los_Angeles');
    expect(zoneIdOf({ '@odata.type': '#microsoft.graph.customTimeZone', name: 'India Standard Time' })).toBe(
      'Asia/Kolkata',
    );
    // Rules that define no zone are not read as some other zone: the hours stay unread, and PeerPods says so.
    const broken = { month: 13, dayOccurrence: 1, dayOfWeek: 'sunday', daylightBias: -60 };
    const april = { month: 4, dayOccurrence: 1, dayOfWeek: 'sunday' };
    expect(zoneIdOf({ bias: 0, name: 'x', daylightOffset: broken, standardOffset: april })).toBeUndefined();
  });
});
