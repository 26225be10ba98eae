import { describe, expect, it } from '@jest/globals';
import { computeCohortResults, type ResultsInput } from '../../../../api/domain/sessions/cohort-results';
import { guardFigure } from '../../../../api/domain/sessions/privacy-threshold';

const NOW = Date.UTC(2026, 5, 1);
const HOUR = 3_600_000;
const session = (id: string, podId: string, endsAt: number, closed: boolean) => ({
  id,
  podId,
  startsAt: endsAt - HOUR,
  endsAt,
  cancelled: false,
  closed,
});
const pod = (id: string, n: number) => ({
  id,
  memberIds: Array.from({ length: n }, (_, i) => `${id}-m${i}`),
});
const given = (overrides: Partial<ResultsInput> = {}): ResultsInput => ({
  now: NOW,
  startDate: '2026-05-18',
  sessionCount: 2,
  pods: [pod('p1', 3), pod('p2', 3)],
  sessions: [
    session('o1', 'p1', NOW - 8 * 24 * HOUR, true),
    session('o2', 'p1', NOW - 500, true),
    session('o3', 'p2', NOW - 1000, false),
    session('o4', 'p2', NOW + 1000, false),
  ],
  checkins: [{ sessionId: 'o3', personId: 'p2-m0' }],
  checkouts: ['p1-m0', 'p1-m1', 'p1-m2'].map((personId) => ({ sessionId: 'o1', personId })),
  commitments: [
    { personId: 'p1-m0', status: 'done' },
    { personId: 'p1-m1', status: 'partly' },
    { personId: 'p1-m2', status: 'not_done' },
  ],
  feedback: [5, 4, 4, 3, 4].map((rating, i) => ({ personId: `p1-m${i}`, rating })),
  inviteResponses: [],
  ...overrides,
});

describe('guardFigure', () => {
  it.each([
    [4, { value: null, withheld: 'fewer than 5 people' }],
    [5, { value: 7, people: 5 }],
  ])('when a figure covers %p people, then it is %p', (people, expected) => {
    expect(guardFigure(7, people)).toEqual(expected);
  });
});

describe('computeCohortResults', () => {
  it('when sessions were closed or attended after they ended, then they count as held and pods completing all count', () => {
    const results = computeCohortResults(given());
    expect(results.members).toBe(6);
    expect(results.sessionsHeld).toEqual({ value: 3, people: 6 });
    // p1: 2 held × 3 members, o1 attended by 3; p2: o3 attended by 1 → 4 of 9.
    expect(results.attendanceRate).toEqual({ value: 0.44, people: 6 });
    expect(results.podsCompleted).toEqual({ value: 1, people: 6 });
    expect(results.feedbackAverage).toEqual({ value: 4, people: 5 });
  });

  it('when sessions were held over several weeks, then each cohort week counts its held sessions, with the total', () => {
    const results = computeCohortResults(given());
    // o1 on 24 May (week of 18 May); o2 and o3 on 31 May (week of 25 May); o4 lies ahead.
    expect(results.sessionsHeldByWeek).toEqual({
      value: [
        { weekStart: '2026-05-18', held: 1 },
        { weekStart: '2026-05-25', held: 2 },
      ],
      people: 6,
    });
  });

  it('when five people rated, then the feedback distribution shows every score; with fewer, it is withheld whole', () => {
    expect(computeCohortResults(given()).feedbackDistribution).toEqual({
      value: { 1: 0, 2: 0, 3: 1, 4: 3, 5: 1 },
      people: 5,
    });
    const four = computeCohortResults(
      given({ feedback: [5, 4, 4, 1].map((rating, i) => ({ personId: `p1-m${i}`, rating })) }),
    );
    expect(four.feedbackDistribution).toEqual({ value: null, withheld: 'fewer than 5 people' });
  });

  it('when fewer than 5 people had commitments reviewed, then the follow-through rate is withheld', () => {
    expect(computeCohortResults(given()).followThroughRate).toEqual({
      value: null,
      withheld: 'fewer than 5 people',
    });
  });

  it('when a figure rests on fewer than 5 people, then it is withheld with the reason, never shown', () => {
    const results = computeCohortResults(given());
    expect(results.checkoutsCaptured).toEqual({ value: null, withheld: 'fewer than 5 people' });
    expect(results.commitmentsMade).toEqual({ value: null, withheld: 'fewer than 5 people' });
    expect(results.commitmentsFollowedThrough).toEqual({ value: null, withheld: 'fewer than 5 people' });
  });

  it('when invites were answered for held sessions, then the acceptance rate counts accepted and tentative', () => {
    const responses = ['accepted', 'tentativelyAccepted', 'declined', 'accepted', 'notResponded'] as const;
    const results = computeCohortResults(
      given({
        inviteResponses: responses.map((response, i) => ({
          sessionId: i < 3 ? 'o1' : 'o3',
          personId: `x${i}`,
          response,
        })),
      }),
    );
    expect(results.inviteAcceptanceRate).toEqual({ value: 0.6, people: 5 });
  });
});
