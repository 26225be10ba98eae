import { PodSessionsResponse, SlotSearchResponse, type SlotView } from '../../api/http/schemas/scheduling';
import { SERIES_TRANSACTION_PROPERTY } from '../../api/graph/calendar';
import { scoped } from '../../api/store/scoped';
import { seriesTransactionId } from '../../api/use-cases/scheduling/transaction-id';
import type { EmulatorPerson } from '../../emulator/types';
import {
  appGraph,
  givenCohort,
  nineToFive,
  peopleWhere,
  type GraphTestEvent,
} from '../fixtures/scheduling-cohort';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

describe('POST /api/pods/{id}/sessions', () => {
  let stack: TestStack;
  let graph: Awaited<ReturnType<typeof appGraph>>;
  let pool: EmulatorPerson[];
  let used = 0;

  beforeAll(async () => {
    stack = await startTestStack();
    graph = await appGraph(stack.emulatorUrl);
    pool = [
      ...peopleWhere(stack.org, 15, nineToFive('Europe/London')),
      ...peopleWhere(stack.org, 10, nineToFive('Europe/Berlin')),
    ];
  });
  afterAll(async () => {
    await stack?.close();
  });

  /** A published pod of three people nobody else in this file uses, so calendars do not interfere. */
  async function givenPod(
    options: {
      cadence?: 'weekly' | 'biweekly';
      sessionCount?: number;
      maxConflicted?: number;
      size?: number;
    } = {},
  ) {
    const size = options.size ?? 3;
    const members = pool.slice(used, used + size);
    used += size;
    const owner = pool.at(-1)!;
    const cohort = await givenCohort(stack.database.db, {
      owner,
      pods: [members],
      cadence: options.cadence ?? 'biweekly',
      sessionCount: options.sessionCount ?? 6,
      // Seeded calendars are 50–70 % busy; the booking rules, not the luck of the seed, are under test here.
      settings: { maxConflictedOccurrences: options.maxConflicted ?? options.sessionCount ?? 6 },
    });
    return { members, podId: cohort.podIds[0]!, cohortId: cohort.cohortId };
  }

  const post = async (person: EmulatorPerson, path: string, body: unknown) =>
    stack.api(path, {
      method: 'POST',
      token: await stack.signIn(person.userPrincipalName),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  async function bestSlot(member: EmulatorPerson, podId: string): Promise<SlotView> {
    const res = await post(member, `/api/pods/${podId}/slot-search`, {});
    expect(res.status).toBe(200);
    return SlotSearchResponse.parse(await res.json()).slots[0]!;
  }

  const choiceOf = (slot: SlotView) => ({
    weekday: slot.weekday,
    anchorStart: slot.anchorStart,
    firstDate: slot.firstDate,
  });
  const seriesOf = async (organizer: EmulatorPerson, subjectPart: string): Promise<GraphTestEvent[]> =>
    (await graph.events(organizer.id)).filter(
      (e) => e.type === 'seriesMaster' && e.isOrganizer && e.subject.includes(subjectPart),
    );

  it("when a member books the best slot, then one biweekly Teams series of six arrives in every member's calendar", async () => {
    const { members, podId } = await givenPod();
    const booker = members[1]!;
    const slot = await bestSlot(booker, podId);

    const res = await post(booker, `/api/pods/${podId}/sessions`, choiceOf(slot));

    expect(res.status).toBe(201);
    const booked = PodSessionsResponse.parse(await res.json());
    expect(booked.created).toBe(true);
    expect(booked.series).toMatchObject({
      state: 'booked',
      organizerId: booker.id,
      weekday: slot.weekday,
      anchorStart: slot.anchorStart,
      count: 6,
      cadence: 'biweekly',
    });
    expect(booked.series!.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(booked.sessions.map((s) => s.start)).toEqual(slot.occurrences.map((o) => o.start));

    const [series, ...more] = await seriesOf(booker, 'Pod 0001');
    expect(more).toHaveLength(0);
    expect(series!.recurrence).toMatchObject({
      pattern: { type: 'weekly', interval: 2, daysOfWeek: [slot.weekday] },
      range: { type: 'numbered', numberOfOccurrences: 6, startDate: slot.firstDate },
    });
    expect(series).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
    expect(series!.body.content).toContain('Hot seat');
    expect(series!.transactionId).toMatch(/^[0-9a-f-]{36}$/);
    for (const member of members.filter((m) => m.id !== booker.id)) {
      const invites = (await graph.events(member.id)).filter(
        (e) =>
          e.type === 'seriesMaster' && !e.isOrganizer && e.subject === (series as GraphTestEvent).subject,
      );
      expect(invites).toHaveLength(1);
    }
    expect(series!.attendees.map((a) => a.emailAddress.address).sort()).toEqual(
      members
        .filter((m) => m !== booker)
        .map((m) => m.mail)
        .sort(),
    );

    const listed = PodSessionsResponse.parse(
      await (
        await stack.api(`/api/pods/${podId}/sessions`, {
          token: await stack.signIn(members[2]!.userPrincipalName),
        })
      ).json(),
    );
    expect(listed.series?.seriesEventId).toBe(series!.id);
    expect(listed.sessions).toHaveLength(6);
    expect(new Set(listed.sessions.map((s) => s.id)).size).toBe(6);
    const last = listed.sessions.at(-1)!;
    const agenda = await stack.api(`/api/sessions/${last.id}/agenda`, {
      token: await stack.signIn(members[2]!.userPrincipalName),
    });
    expect(agenda.status).toBe(200);
    expect(await agenda.json()).toMatchObject({ sessionId: last.id, seq: 6 });
  });

  it('when the same slot is booked twice, or two members book at once, then the pod still has one series', async () => {
    const { members, podId } = await givenPod({ cadence: 'weekly', sessionCount: 4 });
    const slot = await bestSlot(members[0]!, podId);

    const [a, b] = await Promise.all([
      post(members[0]!, `/api/pods/${podId}/sessions`, choiceOf(slot)),
      post(members[0]!, `/api/pods/${podId}/sessions`, choiceOf(slot)),
    ]);
    const again = await post(members[0]!, `/api/pods/${podId}/sessions`, choiceOf(slot));

    expect([a.status, b.status].sort()).toEqual(expect.arrayContaining([201]));
    expect(again.status).toBe(200);
    expect(PodSessionsResponse.parse(await again.json()).created).toBe(false);
    expect(await seriesOf(members[0]!, 'Pod 0001')).toHaveLength(1);
    const ids = await Promise.all(
      [a, b].map(async (r) => PodSessionsResponse.parse(await r.json()).series!.seriesEventId),
    );
    expect(new Set(ids).size).toBe(1);
  });

  it('when the pod already has a series and another time is asked for, then 409 names the booked one', async () => {
    const { members, podId } = await givenPod({ cadence: 'weekly', sessionCount: 3 });
    const slot = await bestSlot(members[0]!, podId);
    expect((await post(members[0]!, `/api/pods/${podId}/sessions`, choiceOf(slot))).status).toBe(201);

    const other = { ...choiceOf(slot), anchorStart: slot.anchorStart === '09:00' ? '09:15' : '09:00' };
    const res = await post(members[1]!, `/api/pods/${podId}/sessions`, other);

    expect(res.status).toBe(409);
    expect(((await res.json()) as { detail: string }).detail).toContain(slot.anchorStart);
    expect(await seriesOf(members[0]!, 'Pod 0001')).toHaveLength(1);
  });

  it('when Graph throttles with 429s, then booking retries and still makes exactly one series', async () => {
    const { members, podId } = await givenPod({ cadence: 'weekly', sessionCount: 3 });
    const slot = await bestSlot(members[0]!, podId);
    await stack.control('/stats/reset');
    await stack.control('/knobs', { chaos: { rate429: 0.5, seed: 7 } });
    let res: Response;
    try {
      res = await post(members[0]!, `/api/pods/${podId}/sessions`, choiceOf(slot));
    } finally {
      await stack.control('/knobs', { chaos: { rate429: 0 } });
    }

    expect(res.status).toBe(201);
    const stats = (await (await fetch(`${stack.emulatorUrl}/_emulator/stats`)).json()) as {
      byStatus: Record<string, number>;
    };
    expect(stats.byStatus['429']).toBeGreaterThan(0);
    expect(await seriesOf(members[0]!, 'Pod 0001')).toHaveLength(1);
  });

  it('when a booking crashed after Graph created the series, then booking again finds that series instead of making another', async () => {
    const { members, podId, cohortId } = await givenPod({ cadence: 'weekly', sessionCount: 3 });
    const organizer = members[0]!;
    const slot = await bestSlot(organizer, podId);
    const tenantId = stack.config.appTenantId;
    const transactionId = seriesTransactionId(tenantId, cohortId, podId);
    const stored = {
      cohortId,
      ...choiceOf(slot),
      timeZone: 'Europe/London',
      cadence: 'weekly' as const,
      count: 3,
      durationMinutes: 105,
    };
    // What the crashed attempt left: the claimed row in `booking`, and the series it had already created in Graph.
    await scoped(stack.database.db, tenantId).series.reserve({
      podId,
      organizerId: organizer.id,
      transactionId,
      slot: stored,
    });
    const created = await graph.call(`/users/${organizer.id}/events`, {
      method: 'POST',
      body: JSON.stringify({
        subject: 'Pod 0001: left by a crash',
        start: { dateTime: slot.occurrences[0]!.start.slice(0, 19), timeZone: 'UTC' },
        end: { dateTime: slot.occurrences[0]!.end.slice(0, 19), timeZone: 'UTC' },
        isOnlineMeeting: true,
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: [slot.weekday] },
          range: { type: 'numbered', startDate: slot.firstDate, numberOfOccurrences: 3 },
        },
        transactionId,
        singleValueExtendedProperties: [{ id: SERIES_TRANSACTION_PROPERTY, value: transactionId }],
      }),
    });

    const res = await post(organizer, `/api/pods/${podId}/sessions`, choiceOf(slot));

    expect(res.status).toBe(201);
    const booked = PodSessionsResponse.parse(await res.json());
    expect(booked.series!.seriesEventId).toBe(created.id);
    expect(booked.sessions).toHaveLength(3);
    expect(await seriesOf(organizer, 'Pod 0001')).toHaveLength(1);
  });

  it('when the chosen time is not one the search offers, then 409 asks to search again', async () => {
    const { members, podId } = await givenPod({ cadence: 'weekly', sessionCount: 3 });
    const slot = await bestSlot(members[0]!, podId);
    const res = await post(members[0]!, `/api/pods/${podId}/sessions`, {
      ...choiceOf(slot),
      anchorStart: '03:00',
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('anchorStart');
    expect(await seriesOf(members[0]!, 'Pod 0001')).toHaveLength(0);
  });

  it('when the chosen time conflicts on more sessions than allowed, then 409 until the member accepts the conflicts', async () => {
    const { members, podId } = await givenPod({ cadence: 'weekly', sessionCount: 3, maxConflicted: 0 });
    const slot = await bestSlot(members[0]!, podId);
    const second = slot.occurrences[1]!;
    // A new meeting lands on the second session for one member, after the search.
    const utc = (instant: string) => ({
      dateTime: new Date(instant).toISOString().slice(0, 19),
      timeZone: 'UTC',
    });
    await graph.call(`/users/${members[2]!.id}/events`, {
      method: 'POST',
      body: JSON.stringify({
        subject: 'Quarterly review',
        start: utc(second.start),
        end: utc(second.end),
        showAs: 'busy',
      }),
    });

    const refused = await post(members[0]!, `/api/pods/${podId}/sessions`, choiceOf(slot));
    expect(refused.status).toBe(409);
    const problem = (await refused.json()) as { detail: string; errors: { field: string }[] };
    expect(problem.errors[0]!.field).toBe('acceptConflicts');
    const expected =
      slot.score.conflictedOccurrences + (second.conflicts.some((c) => c.status !== 'tentative') ? 0 : 1);
    expect(problem.detail).toContain(`conflicts on ${expected} of 3 sessions`);
    expect(await seriesOf(members[0]!, 'Pod 0001')).toHaveLength(0);

    const kept = await post(members[0]!, `/api/pods/${podId}/sessions`, {
      ...choiceOf(slot),
      acceptConflicts: true,
    });
    expect(kept.status).toBe(201);
    expect(await seriesOf(members[0]!, 'Pod 0001')).toHaveLength(1);
  });

  it('when a pod of two books 45 minutes, then 400 names durationMinutes and nothing is booked; at 60 minutes it books with a full agenda', async () => {
    const { members, podId } = await givenPod({ cadence: 'weekly', sessionCount: 3, size: 2 });
    const searched = await post(members[0]!, `/api/pods/${podId}/slot-search`, { durationMinutes: 60 });
    expect(searched.status).toBe(200);
    const slot = SlotSearchResponse.parse(await searched.json()).slots[0]!;

    const refused = await post(members[0]!, `/api/pods/${podId}/sessions`, {
      ...choiceOf(slot),
      durationMinutes: 45,
      acceptConflicts: true,
    });
    expect(refused.status).toBe(400);
    const problem = (await refused.json()) as { detail: string; errors: { field: string }[] };
    expect(problem.errors.map((e) => e.field)).toEqual(['durationMinutes']);
    expect(problem.detail).toMatch(/at least 60 minutes/);
    expect(await seriesOf(members[0]!, 'Pod 0001')).toHaveLength(0);

    const booked = await post(members[0]!, `/api/pods/${podId}/sessions`, {
      ...choiceOf(slot),
      durationMinutes: 60,
      acceptConflicts: true,
    });
    expect(booked.status).toBe(201);
    const [series] = await seriesOf(members[0]!, 'Pod 0001');
    expect(series!.body.content).toMatch(/Session 1 of 3, 60 minutes/);
    expect(series!.body.content.match(/Hot seat: /g)).toHaveLength(2);
  });
});
