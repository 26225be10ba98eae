import {
  findRecurringSlots,
  SchedulingInputError,
  type SlotSearchInput,
} from '../../../../api/domain/scheduling';
import { givenPerson, localEpoch, slotSearch } from '../../../fixtures/scheduling-person';

const mondays = { days: ['monday' as const] };

describe('findRecurringSlots', () => {
  it('when a later occurrence is busy, then the time that is free on every occurrence ranks first', () => {
    const result = findRecurringSlots(
      slotSearch([
        givenPerson({ name: 'Ana', tz: 'America/New_York', hours: '09:00-11:00', ...mondays }),
        givenPerson({ name: 'Priya', tz: 'America/New_York', hours: '09:00-11:00', ...mondays }).busy(
          '2026-03-23 09:00-10:00',
        ),
      ]),
    );
    expect(result.feasible).toBe(true);
    const [best, ...rest] = result.slots;
    expect(best).toMatchObject({
      weekday: 'monday',
      anchorStart: '10:00',
      score: { conflictedOccurrences: 0 },
    });
    expect(best!.why[0]).toBe('no conflicts on any of 6 sessions');
    const nine = rest.find((s) => s.anchorStart === '09:00')!;
    expect(nine.score.conflictedOccurrences).toBe(1);
    expect(nine.occurrences[3]!.conflicts).toEqual([{ memberId: 'priya', status: 'busy' }]);
    expect(nine.why[0]).toBe('1 session conflicts: Priya busy on 2026-03-23');
  });

  it('when every time conflicts more often than allowed, then the best ones come back with feasible false', () => {
    const people = [
      givenPerson({ name: 'Ana', tz: 'Europe/Berlin', hours: '09:00-10:00', ...mondays }).oof(
        '2026-03-09..2026-03-13',
      ),
      givenPerson({ name: 'Ben', tz: 'Europe/Berlin', hours: '09:00-10:00', ...mondays }).busy(
        '2026-03-16 09:00-09:30',
      ),
    ];
    const strict = findRecurringSlots(slotSearch(people));
    expect(strict.feasible).toBe(false);
    expect(strict.reason).toBe('the best time still conflicts on 2 of 6 sessions; at most 0 allowed');
    expect(strict.slots[0]!.why[0]).toBe(
      '2 sessions conflict: Ana out of office on 2026-03-09; Ben busy on 2026-03-16',
    );
    const lenient = findRecurringSlots(slotSearch(people, { maxConflictedOccurrences: 2 }));
    expect(lenient).toMatchObject({ feasible: true, slots: [{ anchorStart: '09:00' }] });
    expect(lenient.reason).toBeUndefined();
  });

  it('when holds are tentative or working elsewhere, then tentative ranks below free and working elsewhere is no conflict', () => {
    const result = findRecurringSlots(
      slotSearch(
        [
          givenPerson({ name: 'Ana', tz: 'Asia/Kolkata', hours: '09:00-11:00', ...mondays })
            .busyWeekly('monday 09:00-10:00', '2026-03-02', 6, 'tentative')
            .busyWeekly('monday 10:00-11:00', '2026-03-02', 6, 'workingElsewhere'),
          givenPerson({ name: 'Ben', tz: 'Asia/Kolkata', hours: '09:00-11:00', ...mondays }),
        ],
        { count: 2 },
      ),
    );
    expect(result.slots.map((s) => [s.anchorStart, s.score.tentativeOccurrences])).toEqual([
      ['10:00', 0],
      ['09:00', 2],
      ['09:15', 2],
      ['09:30', 2],
      ['09:45', 2],
    ]);
    expect(result.slots[1]!.occurrences[0]!.conflicts).toEqual([{ memberId: 'ana', status: 'tentative' }]);
    expect(result.slots[1]!.why).toContain(
      '2 sessions have tentative holds: Ana on 2026-03-02; Ana on 2026-03-09',
    );
  });

  it('when two members share no working time, then the search is infeasible and names them', () => {
    const result = findRecurringSlots(
      slotSearch(
        [
          givenPerson({ name: 'Ana', tz: 'America/New_York' }),
          givenPerson({ name: 'Ben', tz: 'Australia/Sydney' }),
        ],
        {
          durationMinutes: 105,
        },
      ),
    );
    expect(result).toEqual({
      slots: [],
      feasible: false,
      reason: 'no shared working window of 105 minutes: Ana (New York) and Ben (Sydney) overlap 0 min',
    });
  });

  it('when pairs overlap but the whole pod does not, then the reason says so', () => {
    const result = findRecurringSlots(
      slotSearch([
        givenPerson({ name: 'Ana', tz: 'UTC', days: ['monday', 'tuesday'] }),
        givenPerson({ name: 'Ben', tz: 'UTC', days: ['tuesday', 'wednesday'] }),
        givenPerson({ name: 'Cy', tz: 'UTC', days: ['monday', 'wednesday'] }),
      ]),
    );
    expect(result.reason).toBe(
      'no shared working window of 60 minutes: all 3 members together overlap at most 0 min',
    );
  });

  it('when one member would carry all the inconvenience, then a time that shares it ranks first', () => {
    const result = findRecurringSlots(
      slotSearch([
        givenPerson({ name: 'Ana', tz: 'Europe/London', hours: '08:00-12:00', ...mondays }),
        givenPerson({ name: 'Ben', tz: 'Europe/London', hours: '10:00-14:00', ...mondays }),
      ]),
    );
    const best = result.slots[0]!;
    expect(best.anchorStart).toBe('10:30');
    expect(best.score).toMatchObject({
      inconvenience: 6 * 30 * 2 + 6 * 30,
      worstMemberMinutesOutsideCore: 180,
    });
    expect(best.why).toContain(
      'outside core hours (first or last working hour): Ana 180 min, Ben 180 min over 6 sessions',
    );
  });

  it("when a time sits inside everyone's core hours, then the reasons say so", () => {
    const result = findRecurringSlots(
      slotSearch([givenPerson({ name: 'Ana', tz: 'UTC' }), givenPerson({ name: 'Ben', tz: 'UTC' })], {
        count: 3,
      }),
    );
    expect(result.slots[0]).toMatchObject({ weekday: 'monday', anchorStart: '10:00' });
    expect(result.slots[0]!.why).toEqual([
      'no conflicts on any of 3 sessions',
      'everyone inside core hours',
      'everyone keeps the same local time on every session',
    ]);
  });

  it('when the cadence is biweekly, then candidates span two weeks and occurrences are 14 days apart', () => {
    const result = findRecurringSlots(
      slotSearch(
        [
          givenPerson({ name: 'Ana', tz: 'UTC', hours: '09:00-10:00', ...mondays }).busy(
            '2026-03-02 09:00-10:00',
          ),
          givenPerson({ name: 'Ben', tz: 'UTC', hours: '09:00-10:00', ...mondays }),
        ],
        { cadence: 'biweekly', count: 3 },
      ),
    );
    expect(result.slots.map((s) => s.occurrences.map((o) => o.date))).toEqual([
      ['2026-03-09', '2026-03-23', '2026-04-06'],
      ['2026-03-02', '2026-03-16', '2026-03-30'],
    ]);
  });

  it('when now is later than the first date, then no first occurrence starts before now', () => {
    const now = localEpoch('2026-03-04', '12:00', 'UTC');
    const result = findRecurringSlots(
      slotSearch([givenPerson({ name: 'Ana', tz: 'UTC' }), givenPerson({ name: 'Ben', tz: 'UTC' })], {
        now,
        limit: 100,
      }),
    );
    expect(result.slots.length).toBeGreaterThan(0);
    expect(result.slots.every((s) => s.firstStart >= now)).toBe(true);
    expect(result.slots.some((s) => s.weekday === 'wednesday' && s.anchorStart === '12:00')).toBe(true);
  });

  it.each<[string, Partial<SlotSearchInput>, string]>([
    ['a pod of one', { members: [givenPerson({ tz: 'UTC' }).build()] }, 'members'],
    ['no sessions', { count: 0 }, 'count'],
    ['53 sessions', { count: 53 }, 'count'],
    ['a 10-minute session', { durationMinutes: 10 }, 'durationMinutes'],
    ['a 485-minute session', { durationMinutes: 485 }, 'durationMinutes'],
    ['a duration off the grid', { durationMinutes: 50 }, 'durationMinutes'],
    ['a monthly cadence', { cadence: 'monthly' as never }, 'cadence'],
    ['an unknown zone', { anchorTimeZone: 'Mars/Olympus' }, 'anchorTimeZone'],
    ['a date that does not exist', { firstDate: '2026-02-30' }, 'firstDate'],
  ])('when the input has %s, then a SchedulingInputError names the field', (_, override, field) => {
    const input = slotSearch([givenPerson({ tz: 'UTC' }), givenPerson({ tz: 'UTC' })], override);
    expect(() => findRecurringSlots(input)).toThrow(SchedulingInputError);
    expect(() => findRecurringSlots(input)).toThrow(expect.objectContaining({ field }));
  });

  it('when a member has a bad zone or busy item, then the field points at that member', () => {
    const bad = givenPerson({ tz: 'Not/AZone' });
    expect(() =>
      findRecurringSlots(slotSearch([givenPerson({ tz: 'UTC' }), bad], { anchorTimeZone: 'UTC' })),
    ).toThrow(expect.objectContaining({ field: 'members[1].workingHours.timeZone' }));
    const inverted = givenPerson({ tz: 'UTC' }).item({ start: 10, end: 5, status: 'busy' });
    expect(() => findRecurringSlots(slotSearch([givenPerson({ tz: 'UTC' }), inverted]))).toThrow(
      expect.objectContaining({ field: 'members[1].busy[0]' }),
    );
  });
});
