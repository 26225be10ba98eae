import { scoped } from '../../api/store';
import { getCohort } from '../../api/use-cases/programs/program-queries';
import type { EmulatorPerson } from '../../emulator/types';
import {
  actingAs,
  daysFromToday,
  givenCohort,
  reportingChainOf,
  type ApiActor,
} from '../fixtures/program-api';
import { newTenantId } from '../fixtures/test-database';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

describe('programs, cohorts and enrollment through the API', () => {
  let stack: TestStack;
  let owner: ApiActor;
  let people: EmulatorPerson[];

  beforeAll(async () => {
    stack = await startTestStack({ logLevel: 'warn' });
    people = stack.org.people;
    owner = await actingAs(stack, people[5]!);
  });

  afterAll(async () => {
    await stack?.close();
  });

  const countCohorts = async (programId: string) =>
    (await owner.get(`/api/programs/${programId}`)).body.cohorts.length;

  it('when someone creates a program and a cohort with only a name and start date, then they own it and the product defaults apply, with an end date', async () => {
    const { programId, cohort } = await givenCohort(owner, { startDate: '2099-03-02' });

    expect(cohort).toMatchObject({
      cadence: 'biweekly',
      sessionCount: 6,
      podSizeMin: 3,
      podSizeMax: 4,
      matchingMode: 'cross-functional',
      sessionMinutes: 120,
      sessionMinutesSet: false,
      startDate: '2099-03-02',
      endDate: '2099-05-25',
      status: 'enrolling',
      enrolled: 0,
    });
    const mine = await owner.get('/api/programs');
    expect(mine.body.value.find((p: { id: string }) => p.id === programId)).toMatchObject({
      ownerIds: [owner.person.id],
    });
  });

  it.each([
    ['conflicting pod size bounds', { podSizeMin: 4, podSizeMax: 3 }, 'podSizeMin'],
    ['a pod size above 4', { podSizeMax: 5 }, 'podSizeMax'],
    ['a start date in the past', { startDate: '2020-01-06' }, 'startDate'],
    ['an unknown cadence', { cadence: 'monthly' }, 'cadence'],
    ['no sessions', { sessionCount: 0 }, 'sessionCount'],
    [
      'a session too short for a check-in, three hot seats and a check-out',
      { sessionMinutes: 60, podSizeMax: 3 },
      'sessionMinutes',
    ],
    ['a session longer than any program allows', { sessionMinutes: 300 }, 'sessionMinutes'],
  ])(
    'when a cohort has %s, then it is a 400 naming the field and nothing is written',
    async (_case, body, field) => {
      const { programId } = await givenCohort(owner);

      const res = await owner.post(`/api/programs/${programId}/cohorts`, {
        name: 'Bad',
        startDate: daysFromToday(7),
        ...body,
      });

      expect(res.status).toBe(400);
      expect(res.type).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await countCohorts(programId)).toBe(1);
    },
  );

  it('when someone who does not own the program adds a cohort, then it is a 403 problem', async () => {
    const { programId } = await givenCohort(owner);
    const stranger = await actingAs(stack, people[9]!);

    const res = await stranger.post(`/api/programs/${programId}/cohorts`, {
      name: 'Mine now',
      startDate: daysFromToday(7),
    });

    expect(res.status).toBe(403);
    expect(await countCohorts(programId)).toBe(1);
  });

  it('when several people enroll themselves, then their department, title, whole reporting line and hours come from Graph and are cached', async () => {
    const { cohortId } = await givenCohort(owner);
    const deep = people.filter((p) => reportingChainOf(stack.org, p.id).length >= 3).slice(0, 3);

    for (const person of deep) {
      const res = await (
        await actingAs(stack, person)
      ).post(`/api/cohorts/${cohortId}/enrollments`, { level: person.level, goals: ['feedback'] });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        personId: person.id,
        department: person.department,
        jobTitle: person.jobTitle,
        level: person.level,
        workingHoursOwn: false,
      });
    }

    const cached = await scoped(stack.database.db, stack.org.tenantId).people.listByIds(
      deep.map((p) => p.id),
    );
    for (const person of deep) {
      expect(cached.find((c) => c.id === person.id)?.managerChain).toEqual(
        reportingChainOf(stack.org, person.id),
      );
    }
    const list = await owner.get(`/api/cohorts/${cohortId}/enrollments`);
    expect(list.body.value.map((e: { personId: string }) => e.personId)).toEqual(deep.map((p) => p.id));
    expect(list.body.value[0]).not.toHaveProperty('avoid');
  });

  it('when someone enrolls twice, then the second is a 409 problem', async () => {
    const { cohortId } = await givenCohort(owner);
    const me = await actingAs(stack, people[20]!);

    await me.post(`/api/cohorts/${cohortId}/enrollments`, { level: 2 });
    const again = await me.post(`/api/cohorts/${cohortId}/enrollments`, { level: 2 });

    expect(again.status).toBe(409);
    expect(again.type).toContain('application/problem+json');
  });

  it('when someone asks not to be matched with a person the directory does not know, then it is a 400 naming avoid[1] and they are not enrolled', async () => {
    const { cohortId } = await givenCohort(owner);
    const me = await actingAs(stack, people[21]!);

    const res = await me.post(`/api/cohorts/${cohortId}/enrollments`, {
      level: 2,
      avoid: [people[22]!.userPrincipalName, 'nobody@contoso-demo.example'],
    });

    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'avoid[1]' })]);
    expect((await me.get(`/api/cohorts/${cohortId}/enrollments/me`)).status).toBe(404);
  });

  it('when the owner enrolls a list with unknown people, a repeat and someone already enrolled, then the known are enrolled and the rest listed', async () => {
    const { cohortId } = await givenCohort(owner);
    await (await actingAs(stack, people[30]!)).post(`/api/cohorts/${cohortId}/enrollments`, { level: 3 });
    const known = people.slice(31, 36);

    const res = await owner.post(`/api/cohorts/${cohortId}/enrollments/bulk`, {
      people: [
        people[30]!.userPrincipalName,
        ...known.map((p) => p.mail),
        'ghost@contoso-demo.example',
        known[0]!.id,
        'not-a-person',
      ],
    });

    expect(res.status).toBe(200);
    expect(res.body.enrolled.map((e: { personId: string }) => e.personId)).toEqual(known.map((p) => p.id));
    expect(res.body.unknown).toEqual([{ person: 'ghost@contoso-demo.example' }, { person: 'not-a-person' }]);
    expect(res.body.duplicates.map((d: { personId: string }) => d.personId)).toEqual([
      people[30]!.id,
      known[0]!.id,
    ]);
    expect((await owner.get(`/api/cohorts/${cohortId}`)).body.enrolled).toBe(6);
  });

  it('when nobody in a bulk list is known, then it is a 422 naming each entry and nothing is written', async () => {
    const { cohortId } = await givenCohort(owner);

    const res = await owner.post(`/api/cohorts/${cohortId}/enrollments/bulk`, {
      people: ['a@nowhere.example', 'b@nowhere.example'],
    });

    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['people[0]', 'people[1]']);
    expect((await owner.get(`/api/cohorts/${cohortId}`)).body.enrolled).toBe(0);
  });

  it('when a cohort needs months in role, then newer hires are refused (403 for themselves, listed in bulk) and longer-serving people join', async () => {
    const byHire = people
      .filter((p) => p.managerId)
      .sort((a, b) => b.employeeHireDate.localeCompare(a.employeeHireDate));
    const newcomers = byHire.slice(0, 2);
    const veteran = byHire.at(-1)!;
    const monthsSince = (iso: string) => (Date.now() - Date.parse(iso)) / (30.44 * 86_400_000);
    const months = Math.floor(monthsSince(newcomers[1]!.employeeHireDate)) + 2;
    const { cohortId } = await givenCohort(owner, { eligibility: { minMonthsInRole: months } });

    const self = await (
      await actingAs(stack, newcomers[0]!)
    ).post(`/api/cohorts/${cohortId}/enrollments`, { level: 1 });
    const bulk = await owner.post(`/api/cohorts/${cohortId}/enrollments/bulk`, {
      people: [veteran.id, newcomers[1]!.id],
    });

    expect(self.status).toBe(403);
    expect(self.body.type).toContain('not_eligible');
    expect(bulk.body.enrolled.map((e: { personId: string }) => e.personId)).toEqual([veteran.id]);
    expect(bulk.body.ineligible).toEqual([
      expect.objectContaining({
        personId: newcomers[1]!.id,
        reason: expect.stringContaining(`${months} months`),
      }),
    ]);
  });

  it('when a member corrects their working hours, then their enrollment uses them; a zone that does not exist is a 400', async () => {
    const { cohortId } = await givenCohort(owner);
    const me = await actingAs(stack, people[40]!);
    await me.post(`/api/cohorts/${cohortId}/enrollments`, { level: 2 });
    const hours = {
      daysOfWeek: ['tuesday', 'wednesday'],
      start: '10:00',
      end: '15:00',
      timeZone: 'Asia/Kolkata',
    };

    const fixed = await me.patch(`/api/cohorts/${cohortId}/enrollments/me`, { workingHours: hours });
    const bad = await me.patch(`/api/cohorts/${cohortId}/enrollments/me`, {
      workingHours: { ...hours, timeZone: 'Mars/Olympus' },
    });

    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ workingHours: hours, workingHoursOwn: true });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['workingHours.timeZone']);
  });

  it('when a member withdraws before pods are published, then they are out and a second withdrawal is a 404', async () => {
    const { cohortId } = await givenCohort(owner);
    const me = await actingAs(stack, people[41]!);
    await me.post(`/api/cohorts/${cohortId}/enrollments`, { level: 2 });

    const first = await me.delete(`/api/cohorts/${cohortId}/enrollments/me`);
    const second = await me.delete(`/api/cohorts/${cohortId}/enrollments/me`);

    expect(first.status).toBe(204);
    expect(second.status).toBe(404);
    expect((await owner.get(`/api/cohorts/${cohortId}`)).body.enrolled).toBe(0);
  });

  it('when a proposal exists and someone joins, then the stale proposal is discarded and the cohort is enrolling again', async () => {
    const { cohortId } = await givenCohort(owner);
    await owner.post(`/api/cohorts/${cohortId}/enrollments/bulk`, {
      people: people.slice(60, 66).map((p) => p.id),
    });
    expect((await owner.post(`/api/cohorts/${cohortId}/pod-proposals`)).status).toBe(201);

    await (await actingAs(stack, people[70]!)).post(`/api/cohorts/${cohortId}/enrollments`, { level: 3 });

    expect((await owner.get(`/api/cohorts/${cohortId}`)).body.status).toBe('enrolling');
    expect((await owner.get(`/api/cohorts/${cohortId}/pod-proposals`)).status).toBe(404);
  });

  it('when another tenant asks for a cohort by its id, then it does not exist for them', async () => {
    const { cohortId } = await givenCohort(owner);
    const otherTenant = newTenantId();
    const deps = { store: (tenantId: string) => scoped(stack.database.db, tenantId) };
    const stranger = {
      tenantId: otherTenant,
      userId: owner.person.id,
      upn: owner.person.userPrincipalName,
      name: 'x',
      token: '',
    };

    await expect(getCohort(deps, stranger, cohortId)).rejects.toMatchObject({ kind: 'not_found' });
    expect(await scoped(stack.database.db, otherTenant).enrollments.listByCohort(cohortId)).toEqual([]);
    await expect(
      getCohort(deps, { ...stranger, tenantId: stack.org.tenantId }, cohortId),
    ).resolves.toMatchObject({ cohort: { id: cohortId } });
  });
});
