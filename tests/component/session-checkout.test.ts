import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scoped } from '../../api/store/scoped';
import { DEMO_TENANT_ID } from '../../emulator/demo-tenant';
import type { EmulatorPerson } from '../../emulator/types';
import { givenSessionLoop, hoursFromNow, type GivenCohort } from '../fixtures/session-loop-builders';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

let stack: TestStack;
let members: EmulatorPerson[];
let owner: EmulatorPerson;
let stranger: EmulatorPerson;
let cohort: GivenCohort;
let tokens: Map<string, string>;

const json = (body: unknown) => ({
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const as = (person: EmulatorPerson) => tokens.get(person.id)!;

beforeAll(async () => {
  stack = await startTestStack();
  const people = stack.org.people.filter((p) => p.level <= 3);
  members = people.slice(0, 3);
  owner = people[3]!;
  stranger = people[4]!;
  const team = stack.org.teams[0]!;
  cohort = await givenSessionLoop(stack.database.db, DEMO_TENANT_ID, {
    owners: [owner],
    channel: { teamId: team.id, channelId: team.channels[0]!.id },
    // Session 1 last week, session 2 started an hour ago, session 3 next week.
    pods: [
      { name: 'Pod Aurora', members, starts: [hoursFromNow(-169), hoursFromNow(-1), hoursFromNow(167)] },
    ],
  });
  tokens = new Map();
  for (const person of [...members, owner, stranger])
    tokens.set(person.id, await stack.signIn(person.userPrincipalName));
});

afterAll(async () => {
  await stack?.close();
});

const first = () => cohort.pods[0]!.sessionIds[0]!;
const second = () => cohort.pods[0]!.sessionIds[1]!;

describe('check-out', () => {
  it('when a member checks out, then the insight and commitment are saved and the commitment is recorded for the pod', async () => {
    const res = await stack.api(`/api/sessions/${first()}/check-out`, {
      ...json({
        insight: 'Asking early beats guessing late',
        commitment: 'Ask my lead for feedback by Friday',
        shareable: true,
      }),
      token: as(members[0]!),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      sessionId: first(),
      personId: members[0]!.id,
      insight: 'Asking early beats guessing late',
      commitment: 'Ask my lead for feedback by Friday',
      shareable: true,
      showName: false,
    });
    const commitments = await scoped(stack.database.db, DEMO_TENANT_ID).commitments.listByPods([
      cohort.pods[0]!.id,
    ]);
    expect(commitments).toEqual([
      expect.objectContaining({
        personId: members[0]!.id,
        text: 'Ask my lead for feedback by Friday',
        status: 'open',
      }),
    ]);
  });

  it('when the member edits their check-out before the session closes, then it is replaced, not duplicated', async () => {
    const res = await stack.api(`/api/sessions/${first()}/check-out`, {
      ...json({
        insight: 'Asking early beats guessing late',
        commitment: 'Ask two peers for feedback by Friday',
      }),
      token: as(members[0]!),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      commitment: 'Ask two peers for feedback by Friday',
      shareable: false,
    });
    const store = scoped(stack.database.db, DEMO_TENANT_ID);
    expect(await store.checkouts.listBySessions([first()])).toHaveLength(1);
    expect((await store.commitments.listByPods([cohort.pods[0]!.id])).map((c) => c.text)).toEqual([
      'Ask two peers for feedback by Friday',
    ]);
  });

  it('when another member reads the notes, then they see the check-out; an owner outside the pod and a stranger get 403', async () => {
    const mine = await stack.api(`/api/sessions/${first()}/notes`, { token: as(members[1]!) });
    expect(mine.status).toBe(200);
    expect((await mine.json()).checkOuts).toEqual([
      expect.objectContaining({ insight: 'Asking early beats guessing late' }),
    ]);
    for (const outsider of [owner, stranger]) {
      const res = await stack.api(`/api/sessions/${first()}/notes`, { token: as(outsider) });
      expect(res.status).toBe(403);
      const body = await res.text();
      expect(body).not.toContain('Asking early');
      expect(JSON.parse(body)).toMatchObject({ status: 403, type: 'urn:peerpods:problem:forbidden' });
    }
  });

  it('when someone outside the pod checks out, then 403 and nothing is saved', async () => {
    const res = await stack.api(`/api/sessions/${first()}/check-out`, {
      ...json({ insight: 'x', commitment: 'y' }),
      token: as(owner),
    });
    expect(res.status).toBe(403);
    expect(await scoped(stack.database.db, DEMO_TENANT_ID).checkouts.get(first(), owner.id)).toBeUndefined();
  });

  it.each([
    ['an empty insight', { insight: '   ', commitment: 'Do it' }, 'insight'],
    ['an over-long commitment', { insight: 'Fine', commitment: 'x'.repeat(301) }, 'commitment'],
    ['a missing commitment', { insight: 'Fine' }, 'commitment'],
    [
      'a shareable flag that is not a boolean',
      { insight: 'Fine', commitment: 'Do', shareable: 'yes' },
      'shareable',
    ],
    ['an unknown field', { insight: 'Fine', commitment: 'Do', rating: 5 }, 'body'],
  ])(
    'when the check-out has %s, then 400 names the field and nothing is saved',
    async (_case, body, field) => {
      const res = await stack.api(`/api/sessions/${second()}/check-out`, {
        ...json(body),
        token: as(members[2]!),
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await res.json()).errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(
        await scoped(stack.database.db, DEMO_TENANT_ID).checkouts.get(second(), members[2]!.id),
      ).toBeUndefined();
    },
  );

  it('when the session does not exist or the id is malformed, then 404 or 400', async () => {
    const body = { insight: 'Fine', commitment: 'Do' };
    const missing = await stack.api(`/api/sessions/00000000-0000-4000-8000-000000000000/check-out`, {
      ...json(body),
      token: as(members[0]!),
    });
    expect(missing.status).toBe(404);
    const malformed = await stack.api(`/api/sessions/not-a-session/check-out`, {
      ...json(body),
      token: as(members[0]!),
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].field).toBe('id');
  });

  it('when check-outs are submitted, then the API logs carry none of their text', async () => {
    await stack.api(`/api/sessions/${first()}/check-out`, {
      ...json({ insight: 'A very private realisation 7f3a', commitment: 'A secret plan 9c2e' }),
      token: as(members[1]!),
    });
    const logs = stack.logLines().join('\n');
    expect(logs).toContain('check-out');
    expect(logs).not.toContain('private realisation 7f3a');
    expect(logs).not.toContain('secret plan 9c2e');
  });
});

describe('check-in', () => {
  it("when a member checks in at the next session, then last session's commitment is marked with their report", async () => {
    const res = await stack.api(`/api/sessions/${second()}/check-in`, {
      ...json({ mood: 'Curious', commitmentStatus: 'partly', note: 'Asked one peer' }),
      token: as(members[0]!),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      commitmentStatus: 'partly',
      commitment: { text: 'Ask two peers for feedback by Friday', status: 'partly' },
    });
    const [commitment] = await scoped(stack.database.db, DEMO_TENANT_ID).commitments.listByPods([
      cohort.pods[0]!.id,
    ]);
    expect(commitment).toMatchObject({ status: 'partly', followedUpAt: expect.any(Number) });
  });

  it('when a member reports on a commitment they never made, then 400 names commitmentStatus', async () => {
    const res = await stack.api(`/api/sessions/${second()}/check-in`, {
      ...json({ commitmentStatus: 'done' }),
      token: as(members[2]!),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].field).toBe('commitmentStatus');
  });

  it('when an owner outside the pod checks in, then 403', async () => {
    const res = await stack.api(`/api/sessions/${second()}/check-in`, {
      ...json({ mood: 'Here' }),
      token: as(owner),
    });
    expect(res.status).toBe(403);
  });
});

describe('agenda', () => {
  it("when a member opens the agenda, then it is the pod's timed run sheet with rotating hot seats and open commitments", async () => {
    // members[1] checked out of session 1 with a commitment nobody has reported on yet.
    const res = await stack.api(`/api/sessions/${second()}/agenda`, { token: as(members[2]!) });
    expect(res.status).toBe(200);
    const agenda = await res.json();
    expect(agenda).toMatchObject({ podName: 'Pod Aurora', seq: 2, count: 3, durationMinutes: 105 });
    expect(agenda.items.map((i: { kind: string }) => i.kind)).toEqual([
      'check-in',
      'hot-seat',
      'hot-seat',
      'hot-seat',
      'check-out',
    ]);
    const hotSeats = agenda.items.filter((i: { kind: string }) => i.kind === 'hot-seat');
    // Session 2: the second member opens.
    expect(hotSeats.map((i: { memberId: string }) => i.memberId)).toEqual([
      members[1]!.id,
      members[2]!.id,
      members[0]!.id,
    ]);
    expect(hotSeats[0].prompts).toHaveLength(3);
    expect(hotSeats[0].technique).toEqual(expect.objectContaining({ id: expect.any(String) }));
    expect(agenda.openCommitments).toEqual([{ memberId: members[1]!.id, text: 'A secret plan 9c2e' }]);
    expect(agenda.html).toContain('Session 2 of 3');
  });

  it('when an owner outside the pod asks for the agenda, then 403', async () => {
    const res = await stack.api(`/api/sessions/${second()}/agenda`, { token: as(owner) });
    expect(res.status).toBe(403);
  });
});
