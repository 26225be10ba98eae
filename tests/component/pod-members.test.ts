import { randomUUID } from 'node:crypto';
import { PodResponse } from '../../api/http/schemas';
import { scoped } from '../../api/store/scoped';
import { DEMO_TENANT_ID } from '../../emulator/demo-tenant';
import type { EmulatorPerson } from '../../emulator/types';
import { givenCohort, nineToFive, peopleWhere } from '../fixtures/scheduling-cohort';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

describe('GET /api/pods/{id}', () => {
  let stack: TestStack;
  let people: EmulatorPerson[];

  beforeAll(async () => {
    stack = await startTestStack();
    people = peopleWhere(stack.org, 8, nineToFive('Europe/London'));
  });
  afterAll(async () => {
    await stack?.close();
  });

  const get = async (person: EmulatorPerson, podId: string) =>
    stack.api(`/api/pods/${podId}`, { token: await stack.signIn(person.userPrincipalName) });

  it('when a member asks, then the pod comes with every member from the people cache in pod order, and nothing they wrote', async () => {
    const members = people.slice(0, 3);
    const { podIds, cohortId } = await givenCohort(stack.database.db, { owner: people[7]!, pods: [members] });
    const store = scoped(stack.database.db, DEMO_TENANT_ID);
    const renamed = (await store.people.listByIds([members[1]!.id]))[0]!;
    await store.people.upsert({ ...renamed, displayName: 'Cached Name', jobTitle: 'Cached Title' });

    const res = await get(members[0]!, podIds[0]!);

    expect(res.status).toBe(200);
    const pod = PodResponse.strict().parse(await res.json());
    expect(pod).toMatchObject({ id: podIds[0], name: 'Pod 0001', cohortId });
    expect(pod.members.map((m) => m.id)).toEqual(members.map((m) => m.id));
    expect(pod.members[1]).toEqual({
      id: members[1]!.id,
      displayName: 'Cached Name',
      jobTitle: 'Cached Title',
      department: members[1]!.department,
      timeZone: 'Europe/London',
    });
    expect(Object.keys(pod.members[0]!).sort()).toEqual([
      'department',
      'displayName',
      'id',
      'jobTitle',
      'timeZone',
    ]);
  });

  it("when the program's owner asks, then they see the pod, even before it is published", async () => {
    const { podIds } = await givenCohort(stack.database.db, {
      owner: people[7]!,
      pods: [people.slice(3, 5)],
      publish: false,
    });
    const res = await get(people[7]!, podIds[0]!);
    expect(res.status).toBe(200);
    expect(PodResponse.parse(await res.json()).members).toHaveLength(2);
  });

  it('when a member asks before the pod is published, then 409 says so', async () => {
    const { podIds } = await givenCohort(stack.database.db, {
      owner: people[7]!,
      pods: [people.slice(3, 5)],
      publish: false,
    });
    const res = await get(people[3]!, podIds[0]!);
    expect(res.status).toBe(409);
  });

  it('when someone outside the pod and the program asks, then 403; for an unknown pod, 404 naming the id', async () => {
    const { podIds } = await givenCohort(stack.database.db, {
      owner: people[7]!,
      pods: [people.slice(0, 2)],
    });

    const outsider = await get(people[5]!, podIds[0]!);
    expect(outsider.status).toBe(403);
    expect(outsider.headers.get('content-type')).toContain('application/problem+json');

    const unknown = await get(people[0]!, randomUUID());
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('id');

    const malformed = await get(people[0]!, 'not-a-pod');
    expect(malformed.status).toBe(400);
  });
});
