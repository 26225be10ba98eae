import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_TENANT_ID } from '../../emulator/demo-tenant';
import type { EmulatorPerson } from '../../emulator/types';
import { givenSessionLoop, hoursFromNow, type GivenCohort } from '../fixtures/session-loop-builders';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

let stack: TestStack;
let people: EmulatorPerson[];
let owner: EmulatorPerson;
let big: GivenCohort;
let small: GivenCohort;
const tokens = new Map<string, string>();
const as = (person: EmulatorPerson) => tokens.get(person.id)!;
const send = (method: string, path: string, body: unknown, person: EmulatorPerson) =>
  stack.api(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    token: as(person),
  });

beforeAll(async () => {
  stack = await startTestStack();
  people = stack.org.people.filter((p) => p.level <= 3).slice(0, 10);
  owner = people[9]!;
  const team = stack.org.teams[0]!;
  const channel = { teamId: team.id, channelId: team.channels[0]!.id };
  const starts = [hoursFromNow(-2)];
  big = await givenSessionLoop(stack.database.db, DEMO_TENANT_ID, {
    owners: [owner],
    channel,
    sessionCount: 1,
    pods: [
      { members: people.slice(0, 3), starts },
      { members: people.slice(3, 6), starts },
    ],
  });
  small = await givenSessionLoop(stack.database.db, DEMO_TENANT_ID, {
    owners: [owner],
    channel,
    pods: [{ members: people.slice(6, 9), starts }],
  });
  for (const person of people) tokens.set(person.id, await stack.signIn(person.userPrincipalName));
  for (const [p, pod] of [...big.pods, ...small.pods].entries()) {
    const members = p < 2 ? people.slice(p * 3, p * 3 + 3) : people.slice(6, 9);
    const session = pod.sessionIds[0]!;
    for (const member of members)
      await send(
        'PUT',
        `/api/sessions/${session}/check-out`,
        { insight: `Secret insight of ${member.id}`, commitment: 'Try again' },
        member,
      );
    await send('POST', `/api/sessions/${session}/close`, {}, members[0]!);
    await send('PUT', `/api/sessions/${session}/feedback`, { rating: 4 }, members[0]!);
  }
});

afterAll(async () => {
  await stack?.close();
});

describe('program results', () => {
  it('when an owner reads a cohort of six, then aggregates show and figures from fewer than 5 people are withheld', async () => {
    const res = await stack.api(`/api/cohorts/${big.cohortId}/results`, { token: as(owner) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      cohortId: big.cohortId,
      members: 6,
      sessionsHeld: { value: 2, people: 6 },
      attendanceRate: { value: 1, people: 6 },
      checkoutsCaptured: { value: 6, people: 6 },
      commitmentsMade: { value: 6, people: 6 },
      commitmentsFollowedThrough: { value: 0, people: 6 },
      podsCompleted: { value: 2, people: 6 },
      // Two members rated: too few to show.
      feedbackAverage: { value: null, withheld: 'fewer than 5 people' },
      inviteAcceptanceRate: { value: null, withheld: 'fewer than 5 people' },
      feedbackDistribution: { value: null, withheld: 'fewer than 5 people' },
      // No commitment has been reported on at a later check-in yet.
      followThroughRate: { value: null, withheld: 'fewer than 5 people' },
    });
    // The cohort started 30 days ago and both sessions were held today: four empty weeks, then two.
    expect(body.sessionsHeldByWeek.people).toBe(6);
    expect(body.sessionsHeldByWeek.value.map((w: { held: number }) => w.held)).toEqual([0, 0, 0, 0, 2]);
    expect(body.sessionsHeldByWeek.value[0].weekStart).toBe(
      new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10),
    );
    expect(JSON.stringify(body)).not.toContain('Secret insight');
  });

  it('when the cohort has three people, then every figure is withheld and says why', async () => {
    const body = await (
      await stack.api(`/api/cohorts/${small.cohortId}/results`, { token: as(owner) })
    ).json();
    for (const key of [
      'sessionsHeld',
      'sessionsHeldByWeek',
      'feedbackDistribution',
      'attendanceRate',
      'checkoutsCaptured',
      'commitmentsMade',
      'feedbackAverage',
      'podsCompleted',
    ])
      expect(body[key]).toEqual({ value: null, withheld: 'fewer than 5 people' });
  });

  it('when five people have rated, then the feedback distribution shows how many gave each score', async () => {
    for (const [person, rating] of [
      [people[1]!, 5],
      [people[2]!, 3],
      [people[4]!, 2],
    ] as const) {
      const pod = big.pods[person === people[4] ? 1 : 0]!;
      expect(
        (await send('PUT', `/api/sessions/${pod.sessionIds[0]}/feedback`, { rating }, person)).status,
      ).toBeLessThan(300);
    }
    const body = await (await stack.api(`/api/cohorts/${big.cohortId}/results`, { token: as(owner) })).json();
    expect(body.feedbackDistribution).toEqual({ value: { 1: 0, 2: 1, 3: 1, 4: 2, 5: 1 }, people: 5 });
    expect(body.feedbackAverage).toEqual({ value: 3.6, people: 5 });
  });

  it('when a pod member who is not an owner asks, then 403; an unknown cohort is 404', async () => {
    expect((await stack.api(`/api/cohorts/${big.cohortId}/results`, { token: as(people[0]!) })).status).toBe(
      403,
    );
    expect(
      (await stack.api(`/api/cohorts/00000000-0000-4000-8000-000000000000/results`, { token: as(owner) }))
        .status,
    ).toBe(404);
  });
});
