import {
  proposeOccurrenceMove,
  SchedulingInputError,
  type OccurrenceMoveInput,
} from '../../../../api/domain/scheduling';
import { givenPerson, localEpoch, type PersonBuilder } from '../../../fixtures/scheduling-person';

const NY = 'America/New_York';
const at = (date: string, time: string) => localEpoch(date, time, NY);
const hour = 3_600_000;

function moveInput(
  people: PersonBuilder[],
  overrides: Partial<OccurrenceMoveInput> = {},
): OccurrenceMoveInput {
  const start = at('2026-03-16', '10:00');
  return {
    members: people.map((p) => p.build()),
    anchorTimeZone: NY,
    original: { start, end: start + hour },
    otherOccurrenceStarts: [at('2026-03-02', '10:00'), at('2026-03-30', '10:00')],
    now: at('2026-03-01', '00:00'),
    ...overrides,
  };
}

describe('proposeOccurrenceMove', () => {
  it('when one member becomes busy, then the nearest free time on the same day comes first', () => {
    const result = proposeOccurrenceMove(
      moveInput([
        givenPerson({ name: 'Ana', tz: NY }).busy('2026-03-16 09:30-12:00'),
        givenPerson({ name: 'Ben', tz: 'Europe/London', hours: '09:00-18:00' }).busy(
          '2026-03-16 14:00-15:00',
        ),
      ]),
    );
    expect(result.reason).toBeUndefined();
    const [first, second] = result.proposals;
    // Ben's 14:00-15:00 London item is the occurrence itself (10:00 in New York), so it does not block.
    expect(first).toMatchObject({
      date: '2026-03-16',
      anchorStart: '12:00',
      dayShift: 0,
      minutesFromOriginal: 120,
    });
    expect(first!.why[0]).toBe('same day, 2 h later');
    expect(first!.memberLocal).toEqual([
      { memberId: 'ana', timeZone: NY, zoneName: NY, weekday: 'monday', start: '12:00', utcOffset: '-04:00' },
      {
        memberId: 'ben',
        timeZone: 'Europe/London',
        zoneName: 'Europe/London',
        weekday: 'monday',
        start: '16:00',
        utcOffset: '+00:00',
      },
    ]);
    expect(second).toMatchObject({ anchorStart: '12:15', dayShift: 0 });
  });

  it('when the day is lost and the next day holds another occurrence, then only earlier days are offered', () => {
    const result = proposeOccurrenceMove(
      moveInput(
        [
          givenPerson({ name: 'Ana', tz: NY }).oof('2026-03-16..2026-03-16'),
          givenPerson({ name: 'Ben', tz: NY }),
        ],
        {
          otherOccurrenceStarts: [at('2026-03-09', '10:00'), at('2026-03-17', '10:00')],
        },
      ),
    );
    expect(result.proposals.length).toBeGreaterThan(0);
    expect(result.proposals.every((p) => p.date === '2026-03-13')).toBe(true);
    expect(result.proposals[0]).toMatchObject({ dayShift: -3, anchorStart: '10:00', weekday: 'friday' });
    expect(result.proposals[0]!.why[0]).toBe('3 days earlier, same time');
  });

  it('when a time has a tentative hold, then it is offered and the hold is named', () => {
    const result = proposeOccurrenceMove(
      moveInput([
        givenPerson({ name: 'Ana', tz: NY, hours: '09:00-12:00' }).busy('2026-03-16 09:00-10:30'),
        givenPerson({ name: 'Ben', tz: NY, hours: '09:00-12:00' }).tentative('2026-03-16 10:30-12:00'),
      ]),
    );
    expect(result.proposals[0]).toMatchObject({ anchorStart: '10:30', tentative: ['ben'] });
    expect(result.proposals[0]!.why).toContain('tentative hold: Ben');
  });

  it('when now has passed the morning, then no earlier time that day is offered', () => {
    const result = proposeOccurrenceMove(
      moveInput(
        [
          givenPerson({ name: 'Ana', tz: NY }).busy('2026-03-16 09:30-11:00'),
          givenPerson({ name: 'Ben', tz: NY }),
        ],
        {
          now: at('2026-03-16', '09:40'),
          limit: 50,
        },
      ),
    );
    expect(result.proposals.every((p) => p.start >= at('2026-03-16', '09:40'))).toBe(true);
    expect(result.proposals[0]).toMatchObject({ anchorStart: '11:00' });
  });

  it('when nobody is free for days, then there is no proposal and the reason gives the range', () => {
    const result = proposeOccurrenceMove(
      moveInput([
        givenPerson({ name: 'Ana', tz: NY }).oof('2026-03-11..2026-03-20'),
        givenPerson({ name: 'Ben', tz: NY }),
      ]),
    );
    expect(result).toEqual({
      proposals: [],
      reason:
        "no time from 2026-03-13 to 2026-03-19 is inside everyone's working hours and free for all 2 members",
    });
  });

  it('when the original interval is inverted, then a SchedulingInputError names it', () => {
    const input = moveInput([givenPerson({ tz: NY }), givenPerson({ tz: NY })]);
    expect(() => proposeOccurrenceMove({ ...input, original: { start: 10, end: 5 } })).toThrow(
      new SchedulingInputError('original', 'original must have a finite start before its end'),
    );
  });
});
