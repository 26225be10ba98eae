import { findRecurringSlots, type RankedSlot } from '../../../../api/domain/scheduling';
import { localTime } from '../../../../api/domain/time';
import { customZoneId } from '../../../fixtures/reference-zones';
import { givenPerson, slotSearch } from '../../../fixtures/scheduling-person';

const localStarts = (slot: RankedSlot, tz: string) => slot.occurrences.map((o) => localTime(o.start, tz));

describe('recurring slots across daylight-saving changes', () => {
  it('when New York and London change clocks three weeks apart in March, then London shifts and back', () => {
    const result = findRecurringSlots(
      slotSearch(
        [
          givenPerson({ name: 'Ana', tz: 'America/New_York', days: ['monday'] }),
          givenPerson({ name: 'Ben', tz: 'Europe/London', days: ['monday'] }),
        ],
        { durationMinutes: 180 },
      ),
    );
    const best = result.slots[0]!;
    expect(best).toMatchObject({ weekday: 'monday', anchorStart: '09:00' });
    expect(localStarts(best, 'America/New_York')).toEqual(Array(6).fill('09:00'));
    expect(localStarts(best, 'Europe/London')).toEqual([
      '14:00',
      '13:00',
      '13:00',
      '13:00',
      '14:00',
      '14:00',
    ]);
    expect(best.memberLocal).toEqual([
      {
        memberId: 'ana',
        timeZone: 'America/New_York',
        zoneName: 'America/New_York',
        weekday: 'monday',
        start: '09:00',
        variesAcrossDst: false,
        utcOffsets: ['-05:00', '-04:00', '-04:00', '-04:00', '-04:00', '-04:00'],
      },
      {
        memberId: 'ben',
        timeZone: 'Europe/London',
        zoneName: 'Europe/London',
        weekday: 'monday',
        start: '14:00',
        variesAcrossDst: true,
        utcOffsets: ['+00:00', '+00:00', '+00:00', '+00:00', '+01:00', '+01:00'],
      },
    ]);
    expect(best.score.dstShiftingMembers).toBe(1);
    expect(best.why).toEqual(
      expect.arrayContaining([
        'London shifts by an hour after 8 March: Ben starts 14:00, then 13:00',
        'London shifts by an hour after 29 March: Ben starts 13:00, then 14:00',
      ]),
    );
  });

  it('when the three-week gap opens in March, then a time that only fits during the gap is rejected', () => {
    // London ends at 17:00 = 12:00 in New York until 8 March, then 13:00 until 29 March.
    const result = findRecurringSlots(
      slotSearch(
        [
          givenPerson({ name: 'Ana', tz: 'America/New_York', hours: '12:00-13:00', days: ['monday'] }),
          givenPerson({ name: 'Ben', tz: 'Europe/London', days: ['monday'] }),
        ],
        { firstDate: '2026-03-09', count: 4 },
      ),
    );
    expect(result.slots).toEqual([]);
    expect(result.reason).toBe(
      "no weekly time stays inside everyone's working hours for all 4 sessions: daylight-saving changes move the shared window",
    );
    const insideGap = findRecurringSlots(
      slotSearch(
        [
          givenPerson({ name: 'Ana', tz: 'America/New_York', hours: '12:00-13:00', days: ['monday'] }),
          givenPerson({ name: 'Ben', tz: 'Europe/London', days: ['monday'] }),
        ],
        { firstDate: '2026-03-09', count: 3 },
      ),
    );
    expect(insideGap).toMatchObject({ feasible: true, slots: [{ anchorStart: '12:00' }] });
  });

  it('when London and New York fall back a week apart in autumn, then London shifts by an hour for one week', () => {
    const result = findRecurringSlots(
      slotSearch(
        [
          givenPerson({ name: 'Ana', tz: 'America/New_York', days: ['monday'] }),
          givenPerson({ name: 'Ben', tz: 'Europe/London', days: ['monday'] }),
        ],
        { firstDate: '2026-10-19', count: 3, durationMinutes: 180 },
      ),
    );
    const best = result.slots[0]!;
    expect(localStarts(best, 'Europe/London')).toEqual(['14:00', '13:00', '14:00']);
    expect(best.why).toEqual(
      expect.arrayContaining([
        'London shifts by an hour after 25 October: Ben starts 14:00, then 13:00',
        'London shifts by an hour after 1 November: Ben starts 13:00, then 14:00',
      ]),
    );
  });

  it('when Sydney springs forward on 4 October and London falls back on 25 October, then Sydney moves twice and the series still fits', () => {
    // Shared window in UTC: 07-10 in September, 07-09 from 4 October (the first Sunday), 08-09 from 25 October.
    const result = findRecurringSlots(
      slotSearch(
        [
          givenPerson({ name: 'Ana', tz: 'Europe/London', hours: '07:00-17:00' }),
          givenPerson({ name: 'Ben', tz: 'Australia/Sydney', hours: '07:00-20:00' }),
        ],
        { firstDate: '2026-09-28', count: 6, durationMinutes: 60 },
      ),
    );
    const best = result.slots[0]!;
    expect(best).toMatchObject({ weekday: 'monday', anchorStart: '08:00' });
    expect(localStarts(best, 'Australia/Sydney')).toEqual([
      '17:00',
      '18:00',
      '18:00',
      '18:00',
      '19:00',
      '19:00',
    ]);
    expect(best.memberLocal[1]).toMatchObject({ weekday: 'monday', start: '17:00', variesAcrossDst: true });
    expect(best.why).toEqual(
      expect.arrayContaining([
        'Sydney shifts by an hour after 4 October: Ben starts 17:00, then 18:00',
        'Sydney shifts by an hour after 25 October: Ben starts 18:00, then 19:00',
      ]),
    );
    for (const slot of result.slots) {
      for (const start of localStarts(slot, 'Australia/Sydney')) expect(start <= '19:00').toBe(true);
    }
  });

  it('when New York, London and Sydney keep office hours, then no time fits all three and Sydney is named', () => {
    const result = findRecurringSlots(
      slotSearch([
        givenPerson({ name: 'Ana', tz: 'America/New_York', hours: '08:00-18:00' }),
        givenPerson({ name: 'Ben', tz: 'Europe/London', hours: '08:00-18:00' }),
        givenPerson({ name: 'Cai', tz: 'Australia/Sydney', hours: '07:00-19:00' }),
      ]),
    );
    expect(result.feasible).toBe(false);
    expect(result.reason).toMatch(/^no shared working window of 60 minutes: .*\(Sydney\) overlap 0 min$/);
  });

  it('when Kolkata works with Berlin, then the half-hour offset lands on the grid and Berlin shifts after 29 March', () => {
    // Berlin 09:00-17:00 and Kolkata 09:00-17:00 share 08:00-11:30 UTC in winter: Kolkata 13:30-17:00.
    const result = findRecurringSlots(
      slotSearch(
        [
          givenPerson({ name: 'Ravi', tz: 'Asia/Kolkata', days: ['thursday'] }),
          givenPerson({ name: 'Lena', tz: 'Europe/Berlin', days: ['thursday'] }),
        ],
        { firstDate: '2026-03-12', count: 4, durationMinutes: 210 },
      ),
    );
    expect(result.slots).toHaveLength(1);
    const [slot] = result.slots;
    expect(slot).toMatchObject({ weekday: 'thursday', anchorStart: '13:30' });
    expect(new Date(slot!.firstStart).toISOString()).toBe('2026-03-12T08:00:00.000Z');
    expect(localStarts(slot!, 'Europe/Berlin')).toEqual(['09:00', '09:00', '09:00', '10:00']);
    expect(slot!.why).toContain('Berlin shifts by an hour after 29 March: Lena starts 09:00, then 10:00');
  });

  describe("when a member's mailbox has a customTimeZone that changes clocks a week after London", () => {
    // UTC+0, and UTC+1 from 01:00 on the first Sunday of April (5 April 2026) to the last Sunday of October.
    const benZone = customZoneId({
      '@odata.type': '#microsoft.graph.customTimeZone',
      bias: 0,
      name: 'Customized Time Zone',
      standardOffset: { month: 10, dayOccurrence: 5, dayOfWeek: 'sunday', time: '02:00:00.0000000' },
      daylightOffset: {
        month: 4,
        dayOccurrence: 1,
        dayOfWeek: 'sunday',
        time: '01:00:00.0000000',
        daylightBias: -60,
      },
    });
    const people = () => [
      givenPerson({ name: 'Ben', tz: benZone, hours: '09:00-10:00', days: ['monday'] }),
      givenPerson({ name: 'Ana', tz: 'Europe/London', days: ['monday'] }),
    ];
    const search = { firstDate: '2026-03-23', count: 4 };

    it('then a series anchored in his zone stays inside his hours on every date, and London moves twice', () => {
      const result = findRecurringSlots(slotSearch(people(), search));
      const [slot] = result.slots;
      expect(slot).toMatchObject({ weekday: 'monday', anchorStart: '09:00' });
      expect(slot!.occurrences.map((o) => new Date(o.start).toISOString())).toEqual([
        '2026-03-23T09:00:00.000Z',
        '2026-03-30T09:00:00.000Z',
        '2026-04-06T08:00:00.000Z',
        '2026-04-13T08:00:00.000Z',
      ]);
      expect(localStarts(slot!, 'Europe/London')).toEqual(['09:00', '10:00', '09:00', '09:00']);
      expect(slot!.memberLocal.find((m) => m.memberId === 'ben')).toMatchObject({
        timeZone: benZone,
        start: '09:00',
        variesAcrossDst: false,
      });
      expect(slot!.why).toEqual(
        expect.arrayContaining([
          'London shifts by an hour after 29 March: Ana starts 09:00, then 10:00',
          'London shifts by an hour after 5 April: Ana starts 10:00, then 09:00',
        ]),
      );
    });

    it('then a series anchored in London is never offered, since 09:00 London leaves his hours on 30 March', () => {
      const result = findRecurringSlots(slotSearch(people(), { ...search, anchorTimeZone: 'Europe/London' }));
      expect(result.feasible).toBe(false);
      expect(result.slots).toEqual([]);
    });
  });
});
