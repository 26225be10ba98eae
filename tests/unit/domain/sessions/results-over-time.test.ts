import { describe, expect, it } from '@jest/globals';
import {
  countHeldByWeek,
  distributeFeedback,
  followThroughRate,
} from '../../../../api/domain/sessions/results-over-time';

const at = (date: string, time = '10:00') => Date.parse(`${date}T${time}:00Z`);

describe('countHeldByWeek', () => {
  it('when sessions fall in weeks 1 and 3 of the cohort, then week 2 shows as 0 and weeks start on the cohort weekday', () => {
    expect(
      countHeldByWeek('2026-03-04', [at('2026-03-04'), at('2026-03-10', '23:59'), at('2026-03-18')]),
    ).toEqual([
      { weekStart: '2026-03-04', held: 2 },
      { weekStart: '2026-03-11', held: 0 },
      { weekStart: '2026-03-18', held: 1 },
    ]);
  });

  it('when nothing was held, then there are no weeks', () => {
    expect(countHeldByWeek('2026-03-04', [])).toEqual([]);
  });

  it('when a session was held before the start date, then it counts in the first week', () => {
    expect(countHeldByWeek('2026-03-04', [at('2026-03-01')])).toEqual([{ weekStart: '2026-03-04', held: 1 }]);
  });

  it('when the start date is not a date, then it is refused', () => {
    expect(() => countHeldByWeek('2026-02-30', [])).toThrow(RangeError);
  });
});

describe('distributeFeedback', () => {
  const rate = (ratings: number[]) => ratings.map((rating, i) => ({ personId: `p${i % 5}`, rating }));

  it('when five people gave seven ratings, then every score is counted and the figure covers five people', () => {
    expect(distributeFeedback(rate([1, 2, 5, 5, 4, 5, 3]))).toEqual({
      value: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 3 },
      people: 5,
    });
  });

  it('when four people rated many times, then the whole distribution is withheld', () => {
    const ratings = Array.from({ length: 12 }, (_, i) => ({ personId: `p${i % 4}`, rating: 4 }));
    expect(distributeFeedback(ratings)).toEqual({ value: null, withheld: 'fewer than 5 people' });
  });
});

describe('followThroughRate', () => {
  it('when commitments were reviewed, then done and partly count and open ones are left out', () => {
    const statuses = ['done', 'partly', 'not_done', 'done', 'not_done', 'open', 'open'] as const;
    const rate = followThroughRate(statuses.map((status, i) => ({ personId: `p${i}`, status })));
    expect(rate).toEqual({ value: 0.6, people: 5 });
  });

  it('when only four people were reviewed, then the rate is withheld', () => {
    const rate = followThroughRate(
      ['done', 'done', 'done', 'done', 'open'].map((status, i) => ({
        personId: `p${i}`,
        status: status as 'done' | 'open',
      })),
    );
    expect(rate).toEqual({ value: null, withheld: 'fewer than 5 people' });
  });
});
