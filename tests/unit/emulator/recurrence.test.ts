import { GraphError } from '../../../emulator/types';
import {
  occurrenceDays,
  validateRecurrence,
  type PatternedRecurrence,
} from '../../../emulator/calendar/recurrence';
import {
  epochDayFromIsoDate,
  isoDateFromEpochDay,
  parseGraphDateTime,
} from '../../../emulator/calendar/time-zones';

function givenRecurrence(
  pattern: Partial<PatternedRecurrence['pattern']>,
  range: Partial<PatternedRecurrence['range']> = {},
): PatternedRecurrence {
  return {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'], ...pattern },
    range: { type: 'numbered', startDate: '2025-03-03', numberOfOccurrences: 6, ...range },
  };
}

const dates = (rec: PatternedRecurrence, until = '2026-12-31') =>
  occurrenceDays(rec, epochDayFromIsoDate(until)).map(isoDateFromEpochDay);
const monday9 = parseGraphDateTime({ dateTime: '2025-03-03T09:00:00', timeZone: 'Eastern Standard Time' });

function validationError(
  rec: PatternedRecurrence,
  startMs = monday9,
  zone = 'Eastern Standard Time',
): GraphError {
  try {
    validateRecurrence(rec, startMs, zone);
  } catch (e) {
    if (e instanceof GraphError) return e;
  }
  throw new Error('expected a validation error');
}

describe('recurrence', () => {
  it.each([
    [
      'biweekly Mondays, 6 times',
      givenRecurrence({ interval: 2 }),
      ['2025-03-03', '2025-03-17', '2025-03-31', '2025-04-14', '2025-04-28', '2025-05-12'],
    ],
    [
      'weekly Monday and Thursday, 4 times',
      givenRecurrence({ daysOfWeek: ['monday', 'thursday'] }, { numberOfOccurrences: 4 }),
      ['2025-03-03', '2025-03-06', '2025-03-10', '2025-03-13'],
    ],
    [
      'daily every 3 days up to an end date',
      givenRecurrence({ type: 'daily', interval: 3 }, { type: 'endDate', endDate: '2025-03-12' }),
      ['2025-03-03', '2025-03-06', '2025-03-09', '2025-03-12'],
    ],
    [
      'monthly on the 31st',
      givenRecurrence(
        { type: 'absoluteMonthly', dayOfMonth: 31 },
        { startDate: '2025-01-31', numberOfOccurrences: 3 },
      ),
      ['2025-01-31', '2025-02-28', '2025-03-31'],
    ],
    [
      'monthly on the last Friday',
      givenRecurrence(
        { type: 'relativeMonthly', daysOfWeek: ['friday'], index: 'last' },
        { startDate: '2025-03-01', numberOfOccurrences: 2 },
      ),
      ['2025-03-28', '2025-04-25'],
    ],
  ])('when the pattern is %s, then the occurrences fall on the expected days', (_name, rec, expected) => {
    expect(dates(rec)).toEqual(expected);
  });

  it('when the range has no end, then expansion stops at the requested day', () => {
    expect(
      dates(givenRecurrence({}, { type: 'noEnd', numberOfOccurrences: undefined }), '2025-03-20'),
    ).toEqual(['2025-03-03', '2025-03-10', '2025-03-17']);
  });

  it('when startDate is not the date of the start in its time zone, then validation fails with a clear message', () => {
    // 2025-03-03 21:00 in New York is already 2025-03-04 in UTC: the date is taken in the start's own zone.
    const evening = parseGraphDateTime({ dateTime: '2025-03-03T21:00:00', timeZone: 'America/New_York' });
    expect(() => validateRecurrence(givenRecurrence({}), evening, 'America/New_York')).not.toThrow();
    const error = validationError(givenRecurrence({}, { startDate: '2025-03-04' }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('ErrorPropertyValidationFailure');
    expect(error.message).toContain('startDate');
  });

  it.each([
    ['a weekly pattern without daysOfWeek', givenRecurrence({ daysOfWeek: undefined }), 'daysOfWeek'],
    ['a pattern without interval', givenRecurrence({ interval: undefined }), 'interval'],
    [
      'a numbered range without numberOfOccurrences',
      givenRecurrence({}, { numberOfOccurrences: undefined }),
      'numberOfOccurrences',
    ],
    ['an endDate range without endDate', givenRecurrence({}, { type: 'endDate' }), 'endDate'],
  ])('when the recurrence has %s, then validation fails naming the field', (_name, rec, field) => {
    const error = validationError(rec);
    expect(error.status).toBe(400);
    expect(error.message).toContain(field);
  });
});
