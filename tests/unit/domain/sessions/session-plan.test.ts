import { defaultSessionMinutes, occurrenceDates } from '../../../../api/domain/sessions/session-plan';

describe('session plan', () => {
  it.each([
    [2, 90],
    [3, 105],
    [4, 120],
  ])('when a pod has %i members, then a session takes %i minutes', (size, minutes) => {
    expect(defaultSessionMinutes(size)).toBe(minutes);
    expect(minutes % 15).toBe(0);
  });

  it('when the pod size is outside 2..4, then it is refused', () => {
    expect(() => defaultSessionMinutes(1)).toThrow(RangeError);
    expect(() => defaultSessionMinutes(5)).toThrow(RangeError);
  });

  it('when a biweekly series of 6 starts on 2026-03-02, then its dates are two weeks apart across month ends', () => {
    expect(occurrenceDates('2026-03-02', 'biweekly', 6)).toEqual([
      '2026-03-02',
      '2026-03-16',
      '2026-03-30',
      '2026-04-13',
      '2026-04-27',
      '2026-05-11',
    ]);
    expect(occurrenceDates('2026-12-28', 'weekly', 2)).toEqual(['2026-12-28', '2027-01-04']);
  });
});
