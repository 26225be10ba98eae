import {
  MoveSessionResponse,
  PodSessionsResponse,
  SessionConflictsResponse,
  SlotSearchResponse,
  type PodSessionsView,
} from '../../api/http/schemas/scheduling';
import type { EmulatorPerson } from '../../emulator/types';
import { appGraph, givenCohort, nineToFive, peopleWhere } from '../fixtures/scheduling-cohort';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

interface Instance {
  id: string;
  type: string;
  start: { dateTime: string };
}

describe('session conflicts and moving one session', () => {
  let stack: TestStack;
  let graph: Awaited<ReturnType<typeof appGraph>>;
  let members: EmulatorPerson[];
  let podId: string;
  let booked: PodSessionsView;

  const call = async (person: EmulatorPerson, path: string, init: { method?: string; body?: unknown } = {}) =>
    stack.api(path, {
      method: init.method ?? 'GET',
      token: await stack.signIn(person.userPrincipalName),
      headers: { 'content-type': 'application/json' },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });

  const instancesOf = async (person: EmulatorPerson, eventId: string) => {
    const from = new Date(Date.parse(booked.sessions[0]!.start) - 86_400_000).toISOString();
    const to = new Date(Date.parse(booked.sessions.at(-1)!.end) + 30 * 86_400_000).toISOString();
    const page = (await graph.call(
      `/users/${person.id}/events/${eventId}/instances?startDateTime=${from}&endDateTime=${to}`,
    )) as { value: Instance[] };
    return page.value;
  };

  beforeAll(async () => {
    stack = await startTestStack();
    graph = await appGraph(stack.emulatorUrl);
    const london = peopleWhere(stack.org, 3, nineToFive('Europe/London'));
    const berlin = peopleWhere(stack.org, 1, nineToFive('Europe/Berlin'));
    members = [london[0]!, berlin[0]!, london[1]!];
    ({
      podIds: [podId = ''],
    } = await givenCohort(stack.database.db, {
      owner: london[2]!,
      pods: [members],
      cadence: 'weekly',
      sessionCount: 4,
      sessionMinutes: 90,
      settings: { maxConflictedOccurrences: 4 },
    }));
    const search = SlotSearchResponse.parse(
      await (await call(members[0]!, `/api/pods/${podId}/slot-search`, { method: 'POST', body: {} })).json(),
    );
    const slot = search.slots[0]!;
    const res = await call(members[0]!, `/api/pods/${podId}/sessions`, {
      method: 'POST',
      body: { weekday: slot.weekday, anchorStart: slot.anchorStart, firstDate: slot.firstDate },
    });
    expect(res.status).toBe(201);
    booked = PodSessionsResponse.parse(await res.json());
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('when an attendee declines one session and new busy time appears on another, then the conflicts show both, on those sessions only', async () => {
    const attendee = members[1]!;
    const copy = (await graph.events(attendee.id)).find((e) => e.type === 'seriesMaster')!;
    const third = (await instancesOf(attendee, copy.id))[2]!;
    await graph.call(`/users/${attendee.id}/events/${third.id}/decline`, {
      method: 'POST',
      body: JSON.stringify({ sendResponse: true }),
    });
    const second = booked.sessions[1]!;
    const busyMember = members[2]!;
    await graph.call(`/users/${busyMember.id}/events`, {
      method: 'POST',
      body: JSON.stringify({
        subject: 'Customer escalation',
        showAs: 'busy',
        start: {
          dateTime: new Date(Date.parse(second.start) + 30 * 60_000).toISOString().slice(0, 19),
          timeZone: 'UTC',
        },
        end: {
          dateTime: new Date(Date.parse(second.start) + 60 * 60_000).toISOString().slice(0, 19),
          timeZone: 'UTC',
        },
      }),
    });

    const res = await call(members[0]!, `/api/pods/${podId}/sessions/conflicts`);

    expect(res.status).toBe(200);
    const view = SessionConflictsResponse.parse(await res.json());
    const bySeq = new Map(view.sessions.map((s) => [s.seq, s.conflicts]));
    expect(bySeq.get(3)).toContainEqual({
      memberId: attendee.id,
      name: attendee.displayName,
      kind: 'declined',
    });
    expect(bySeq.get(2)).toContainEqual({
      memberId: busyMember.id,
      name: busyMember.displayName,
      kind: 'busy',
    });
    expect(bySeq.get(2)!.some((c) => c.kind === 'declined')).toBe(false);
    expect(JSON.stringify(view)).not.toContain('Customer escalation');
  });

  it("when a member asks to move one session, then proposals stay near it, never reach a neighbour's day, and applying moves that session only", async () => {
    const target = booked.sessions[2]!;
    const proposalsRes = await call(members[1]!, `/api/pods/${podId}/sessions/${target.date}/move`, {
      method: 'POST',
      body: {},
    });
    expect(proposalsRes.status).toBe(200);
    const proposals = MoveSessionResponse.parse(await proposalsRes.json());
    expect(proposals.applied).toBe(false);
    expect(proposals.proposals.length).toBeGreaterThan(0);
    const before = booked.sessions[1]!.date;
    const after = booked.sessions[3]!.date;
    for (const p of proposals.proposals) {
      expect(p.date > before && p.date < after).toBe(true);
      expect(p.start).not.toBe(target.start);
    }
    const chosen = proposals.proposals[0]!;

    const applied = await call(members[1]!, `/api/pods/${podId}/sessions/${target.date}/move`, {
      method: 'POST',
      body: { apply: true, start: chosen.start },
    });

    expect(applied.status).toBe(200);
    const moved = MoveSessionResponse.parse(await applied.json());
    expect(moved).toMatchObject({
      applied: true,
      session: { seq: 3, start: chosen.start, state: 'moved' },
    });
    const organizer = members[0]!;
    const instances = await instancesOf(organizer, booked.series!.seriesEventId!);
    const starts = instances.map((i) => new Date(`${i.start.dateTime.slice(0, 23)}Z`).toISOString());
    expect(starts).toEqual([
      booked.sessions[0]!.start,
      booked.sessions[1]!.start,
      chosen.start,
      booked.sessions[3]!.start,
    ]);
    expect(instances.map((i) => i.type)).toEqual(['occurrence', 'occurrence', 'exception', 'occurrence']);
    const listed = PodSessionsResponse.parse(
      await (await call(members[2]!, `/api/pods/${podId}/sessions`)).json(),
    );
    expect(listed.sessions.map((o) => o.state)).toEqual(['scheduled', 'scheduled', 'moved', 'scheduled']);
  });

  it("when the new time is one the proposals do not offer (a neighbour's day), then 409 and nothing moves", async () => {
    const target = booked.sessions[1]!;
    const neighbourDay = booked.sessions[0]!.start;
    const res = await call(members[0]!, `/api/pods/${podId}/sessions/${target.date}/move`, {
      method: 'POST',
      body: { apply: true, start: new Date(Date.parse(neighbourDay) + 60 * 60_000).toISOString() },
    });
    expect(res.status).toBe(409);
    const listed = PodSessionsResponse.parse(
      await (await call(members[0]!, `/api/pods/${podId}/sessions`)).json(),
    );
    expect(listed.sessions[1]!.start).toBe(target.start);
  });

  it.each([
    { what: 'a date with no session', date: '2031-01-01', body: {}, status: 404, field: 'date' },
    { what: 'a date that is not a date', date: 'tomorrow', body: {}, status: 400, field: 'date' },
    { what: 'apply without a start', date: null, body: { apply: true }, status: 400, field: 'start' },
  ])('when the move names $what, then $status names $field', async ({ date, body, status, field }) => {
    const res = await call(
      members[0]!,
      `/api/pods/${podId}/sessions/${date ?? booked.sessions[3]!.date}/move`,
      { method: 'POST', body },
    );
    expect(res.status).toBe(status);
    expect(((await res.json()) as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain(
      field,
    );
  });
});
