import type { CohortResultsView, MyPodsView } from '../../api/http/schemas';
import { ApiProblem } from '../../src/api-client/api-problem';
import { nextStep } from '../../src/features/home/next-step';
import { resultsCsv } from '../../src/features/owner/results-csv';

type Pod = MyPodsView['value'][number];
const NOW = Date.parse('2026-03-02T09:00:00Z');
const session = (seq: number, startsAt: string) => ({
  sessionId: `00000000-0000-4000-8000-00000000000${seq}`,
  seq,
  count: 6,
  startsAt,
  joinUrl: null,
});
const givenPod = (over: Partial<Pod> = {}): Pod => ({
  podId: 'pod-1',
  podName: 'Pod 1',
  next: null,
  open: [],
  ...over,
});

describe('what to do now', () => {
  it.each([
    [
      'when a session is open for check-out, then the member is sent to check out',
      givenPod({ open: [session(2, '2026-03-02T08:00:00Z')] }),
      'Check out',
      '/sessions/00000000-0000-4000-8000-000000000002',
    ],
    [
      'when the next session is within two days, then the member opens its run sheet',
      givenPod({ next: session(3, '2026-03-03T15:00:00Z') }),
      'Open the run sheet',
      '/sessions/00000000-0000-4000-8000-000000000003',
    ],
    ['when the pod has no times, then the member finds a time', givenPod(), 'Find a time', '/pods/pod-1'],
  ])('%s', (_name, pod, action, to) => {
    expect(nextStep([pod], NOW)).toEqual(expect.objectContaining({ action, to }));
  });

  it('when the member is in no pod, then they are told how to join and sent nowhere', () => {
    expect(nextStep([], NOW)).toEqual({ text: expect.stringContaining('join link') });
  });
});

describe('results CSV', () => {
  it('when figures are withheld, then the row says so and carries no value', () => {
    const withheld = { value: null, withheld: 'fewer than 5 people' } as const;
    const results: CohortResultsView = {
      cohortId: '00000000-0000-4000-8000-000000000001',
      members: 12,
      sessionsHeld: { value: 8, people: 12 },
      sessionsHeldByWeek: {
        value: [
          { weekStart: '2026-03-02', held: 3 },
          { weekStart: '2026-03-09', held: 5 },
        ],
        people: 12,
      },
      attendanceRate: { value: 0.83, people: 12 },
      inviteAcceptanceRate: withheld,
      checkoutsCaptured: { value: 30, people: 12 },
      commitmentsMade: { value: 30, people: 12 },
      commitmentsFollowedThrough: { value: 21, people: 12 },
      followThroughRate: { value: 0.7, people: 12 },
      feedbackAverage: { value: 4.2, people: 9 },
      feedbackDistribution: withheld,
      podsCompleted: { value: 0, people: 12 },
    };
    const lines = resultsCsv(results).trimEnd().split('\r\n');
    expect(lines[0]).toBe('figure,value,people,note');
    expect(lines).toContain('Attendance,0.83,12,');
    expect(lines).toContain('Invites accepted,,,withheld: fewer than 5 people');
    expect(lines).toContain('Average feedback (1–5),4.2,9,');
    expect(lines).toContain('Follow-through rate,0.7,12,');
    expect(lines).toContain('Sessions held in the week of 2026-03-09,5,12,');
    expect(lines).toContain('Feedback ratings by score,,,withheld: fewer than 5 people');
    expect(lines).toHaveLength(14);
  });

  it('when the feedback distribution is shown, then each score has its own row', () => {
    const withheld = { value: null, withheld: 'fewer than 5 people' } as const;
    const results: CohortResultsView = {
      cohortId: '00000000-0000-4000-8000-000000000001',
      members: 6,
      sessionsHeld: withheld,
      sessionsHeldByWeek: withheld,
      attendanceRate: withheld,
      inviteAcceptanceRate: withheld,
      checkoutsCaptured: withheld,
      commitmentsMade: withheld,
      commitmentsFollowedThrough: withheld,
      followThroughRate: withheld,
      feedbackAverage: { value: 3.6, people: 5 },
      feedbackDistribution: { value: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 1 }, people: 5 },
      podsCompleted: withheld,
    };
    const lines = resultsCsv(results).trimEnd().split('\r\n');
    expect(lines.filter((line) => line.startsWith('Feedback rated'))).toEqual([
      'Feedback rated 1,0,5,',
      'Feedback rated 2,1,5,',
      'Feedback rated 3,1,5,',
      'Feedback rated 4,2,5,',
      'Feedback rated 5,1,5,',
    ]);
    expect(lines).toContain('Sessions held by week,,,withheld: fewer than 5 people');
  });
});

describe('API problems', () => {
  it('when the API names fields, then each field keeps its first message and unknown fields are listed apart', () => {
    const problem = new ApiProblem(400, {
      type: 'urn:peerpods:problem:validation_failed',
      detail: 'The request body is invalid: name, workingHours.start.',
      requestId: 'req-1',
      errors: [
        { field: 'name', message: 'Too small' },
        { field: 'name', message: 'second' },
        { field: 'workingHours.start', message: 'expected "HH:MM"' },
        { field: 'elsewhere', message: 'odd' },
      ],
    });
    expect(problem.code).toBe('validation_failed');
    expect(problem.fieldErrors).toEqual({
      name: 'Too small',
      'workingHours.start': 'expected "HH:MM"',
      elsewhere: 'odd',
    });
    expect(problem.otherFieldErrors(['name', 'workingHours'])).toEqual(['elsewhere: odd']);
  });
});
