import { checkEligibility, cohortEndDate, wholeMonthsBetween } from '../../../../api/domain/programs';

describe('cohort calendar and eligibility', () => {
  it.each([
    ['2026-03-02', 'biweekly', 6, '2026-05-25'],
    ['2026-03-02', 'weekly', 6, '2026-04-13'],
    ['2026-12-28', 'weekly', 1, '2027-01-04'],
  ] as const)(
    'when a cohort starts %s %s with %i sessions, then it ends %s',
    (start, cadence, count, end) => {
      expect(cohortEndDate(start, cadence, count)).toBe(end);
    },
  );

  it.each([
    ['2024-01-31', '2024-02-29', 0],
    ['2024-01-15', '2024-02-15', 1],
    ['2020-06-10', '2026-06-09', 71],
  ])('when hired %s and asked on %s, then %i whole months have passed', (from, to, months) => {
    expect(wholeMonthsBetween(from, to)).toBe(months);
  });

  it('when a cohort needs 12 months in role, then a hire of exactly a year ago joins, a day later does not, and no hire date fails', () => {
    const rule = { minMonthsInRole: 12 };

    expect(checkEligibility(rule, '2025-03-02', '2026-03-02')).toEqual({ eligible: true });
    expect(checkEligibility(rule, '2025-03-03', '2026-03-02')).toMatchObject({
      eligible: false,
      reason: expect.stringContaining('11'),
    });
    expect(checkEligibility(rule, null, '2026-03-02')).toMatchObject({ eligible: false });
    expect(checkEligibility({}, null, '2026-03-02')).toEqual({ eligible: true });
  });
});
