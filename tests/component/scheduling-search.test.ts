import { randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import { SlotSearchResponse } from '../../api/http/schemas/scheduling';
import { scoped } from '../../api/store/scoped';
import type { EmulatorPerson } from '../../emulator/types';
import { givenCohort, mondayAfterNext, nineToFive, peopleWhere } from '../fixtures/scheduling-cohort';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

describe('POST /api/pods/{id}/slot-search', () => {
  let stack: TestStack;
  let london: EmulatorPerson[];
  let berlin: EmulatorPerson[];

  beforeAll(async () => {
    stack = await startTestStack();
    london = peopleWhere(stack.org, 4, nineToFive('Europe/London'));
    berlin = peopleWhere(stack.org, 4, nineToFive('Europe/Berlin'));
  });
  afterAll(async () => {
    await stack?.close();
  });

  const search = async (person: EmulatorPerson, podId: string, body: unknown = {}) =>
    stack.api(`/api/pods/${podId}/slot-search`, {
      method: 'POST',
      token: await stack.signIn(person.userPrincipalName),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  const problemOf = async (res: Response) => {
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    return (await res.json()) as {
      status: number;
      detail: string;
      errors?: { field: string; message: string }[];
    };
  };

  it("when a member searches, then every ranked slot keeps every session inside every member's hours and lists each session's conflicts", async () => {
    const members = [london[0]!, berlin[0]!, london[1]!, berlin[1]!];
    const { podIds } = await givenCohort(stack.database.db, {
      owner: london[3]!,
      pods: [members],
      cadence: 'biweekly',
      sessionCount: 6,
    });

    const res = await search(members[1]!, podIds[0]!);

    expect(res.status).toBe(200);
    const view = SlotSearchResponse.parse(await res.json());
    expect(view.timeZone).toBe('Europe/Berlin');
    expect(view.settings).toMatchObject({ cadence: 'biweekly', count: 6, durationMinutes: 120 });
    expect(view.slots.length).toBeGreaterThan(0);
    expect(view.unreadable).toEqual([]);
    for (const slot of view.slots) {
      expect(slot.occurrences).toHaveLength(6);
      expect(slot.why.length).toBeGreaterThan(0);
      for (const o of slot.occurrences) {
        for (const member of members) {
          const zone = member.ianaTimeZone;
          const start = Temporal.Instant.from(o.start).toZonedDateTimeISO(zone);
          const end = Temporal.Instant.from(o.end).toZonedDateTimeISO(zone);
          expect(start.hour).toBeGreaterThanOrEqual(9);
          expect(end.hour * 60 + end.minute).toBeLessThanOrEqual(17 * 60);
          expect(start.dayOfWeek).toBeLessThanOrEqual(5);
        }
        for (const c of o.conflicts) expect(members.map((m) => m.id)).toContain(c.memberId);
      }
    }
    const ranks = view.slots.map((s) => s.score.conflictedOccurrences);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(JSON.stringify(view)).not.toMatch(/subject|location/i);
  });

  it("when one member's mailbox cannot be read, then they are named and the others are still searched", async () => {
    const ghost = { id: randomUUID(), mail: 'no.mailbox@contoso-demo.example' };
    await scoped(stack.database.db, stack.config.appTenantId).tenant.ensure('Contoso');
    await scoped(stack.database.db, stack.config.appTenantId).people.upsert({
      id: ghost.id,
      upn: ghost.mail,
      mail: ghost.mail,
      displayName: 'Nomail Person',
      jobTitle: null,
      department: null,
      managerId: null,
      managerChain: [],
      hireDate: null,
      timeZone: 'Europe/London',
      workingHours: null,
    });
    const members = [london[0]!, berlin[2]!];
    const { podIds: withGhost } = await givenCohort(stack.database.db, {
      owner: london[3]!,
      pods: [members],
      sessionCount: 4,
    });
    await stack.database.db
      .insertInto('pod_members')
      .values({
        tenant_id: stack.config.appTenantId,
        pod_id: withGhost[0]!,
        person_id: ghost.id,
        position: 2,
      })
      .execute();

    const res = await search(london[0]!, withGhost[0]!);

    expect(res.status).toBe(200);
    const view = SlotSearchResponse.parse(await res.json());
    expect(view.unreadable).toEqual([expect.objectContaining({ memberId: ghost.id, name: 'Nomail Person' })]);
    expect(view.unreadable[0]!.reason).toMatch(/ErrorMailboxNotEnabledForRESTAPI|could not read/);
    expect(view.slots.length).toBeGreaterThan(0);
    expect(view.slots[0]!.memberLocal.map((m) => m.memberId).sort()).toEqual(members.map((m) => m.id).sort());
  });

  describe('bad input', () => {
    let podId: string;
    let member: EmulatorPerson;

    beforeAll(async () => {
      member = london[2]!;
      podId = (await givenCohort(stack.database.db, { owner: london[3]!, pods: [[member, berlin[3]!]] }))
        .podIds[0]!;
    });

    it('when the pod is unknown, then 404 names the pod', async () => {
      const res = await search(member, randomUUID());
      expect(res.status).toBe(404);
      expect((await problemOf(res)).errors?.[0]?.field).toBe('id');
    });

    it('when the pod id is not an id, then 400 names it', async () => {
      const res = await search(member, 'not-a-pod');
      expect(res.status).toBe(400);
      expect((await problemOf(res)).errors?.[0]?.field).toBe('id');
    });

    it('when someone outside the pod searches, then 403', async () => {
      const res = await search(london[3]!, podId);
      expect(res.status).toBe(403);
      await problemOf(res);
    });

    it('when the pod has one member, then 422 says a pod needs two', async () => {
      const { podIds } = await givenCohort(stack.database.db, { owner: london[3]!, pods: [[london[1]!]] });
      const res = await search(london[1]!, podIds[0]!);
      expect(res.status).toBe(422);
      expect((await problemOf(res)).detail).toMatch(/at least two members/);
    });

    it('when the session is longer than any window the members share, then 422 names the duration', async () => {
      const [ny] = peopleWhere(stack.org, 1, nineToFive('America/New_York'));
      const [sydney] = peopleWhere(stack.org, 1, (p) => p.ianaTimeZone === 'Australia/Sydney');
      const { podIds } = await givenCohort(stack.database.db, { owner: london[3]!, pods: [[ny!, sydney!]] });
      const res = await search(ny!, podIds[0]!, { durationMinutes: 120 });
      expect(res.status).toBe(422);
      const problem = await problemOf(res);
      expect(problem.errors?.[0]?.field).toBe('durationMinutes');
      expect(problem.detail).toMatch(/no shared working window of 120 minutes/);
    });

    it.each([
      [{ count: 40 }, 'count'],
      [{ count: 0 }, 'count'],
      [{ cadence: 'monthly' }, 'cadence'],
      [{ durationMinutes: 600 }, 'durationMinutes'],
      [{ durationMinutes: 300 }, 'durationMinutes'],
      [{ durationMinutes: 30 }, 'durationMinutes'],
      [{ durationMinutes: 45 }, 'durationMinutes'],
      [{ earliestDate: '2020-01-06' }, 'earliestDate'],
      [{ earliestDate: 'next week' }, 'earliestDate'],
      [{ colour: 'blue' }, 'body'],
    ])('when the body is %j, then 400 names %s', async (body, field) => {
      const res = await search(member, podId, body);
      expect(res.status).toBe(400);
      const problem = await problemOf(res);
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    });

    it('when the cohort starts in the past, then 400 names its start date', async () => {
      const { podIds } = await givenCohort(stack.database.db, {
        owner: london[3]!,
        pods: [[london[1]!, berlin[1]!]],
        startDate: '2021-03-01',
      });
      const res = await search(london[1]!, podIds[0]!);
      expect(res.status).toBe(400);
      expect((await problemOf(res)).errors?.[0]?.field).toBe('cohort.startDate');
    });

    it('when the earliest date is given in the future, then the first session is on or after it', async () => {
      const later = Temporal.PlainDate.from(mondayAfterNext()).add({ weeks: 3 }).toString();
      const res = await search(member, podId, { earliestDate: later, cadence: 'weekly', count: 3 });
      expect(res.status).toBe(200);
      const view = SlotSearchResponse.parse(await res.json());
      expect(view.slots.every((s) => s.firstDate >= later && s.occurrences.length === 3)).toBe(true);
    });
  });
});
