import { MyPodsResponse } from '../../api/http/schemas';
import { actingAs, givenCohort, individualContributors } from '../fixtures/program-api';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

describe('GET /api/me/pods', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ logLevel: 'warn' });
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('when someone is in no pod, then the list is empty', async () => {
    const someone = await actingAs(stack, stack.org.people[5]!);
    const res = await someone.get('/api/me/pods');
    expect(res.status).toBe(200);
    expect(MyPodsResponse.parse(res.body).value).toEqual([]);
  });

  it('when the owner publishes pods, then each member sees their own pod, not yet booked, and nobody else sees it', async () => {
    const ics = individualContributors(stack.org).slice(0, 6);
    const owner = await actingAs(stack, stack.org.people[3]!);
    const { cohortId } = await givenCohort(owner);
    await owner.post(`/api/cohorts/${cohortId}/enrollments/bulk`, {
      people: ics.map((p) => ({ person: p.userPrincipalName, level: 2 })),
    });
    const proposal = await owner.post(`/api/cohorts/${cohortId}/pod-proposals`);
    expect(proposal.status).toBe(201);
    expect((await owner.post(`/api/cohorts/${cohortId}/publish`)).status).toBe(200);

    const member = await actingAs(stack, ics[0]!);
    const mine = MyPodsResponse.parse((await member.get('/api/me/pods')).body).value;
    const expected = (proposal.body.pods as { id: string; name: string; members: { id: string }[] }[]).find(
      (pod) => pod.members.some((m) => m.id === ics[0]!.id),
    )!;
    expect(mine).toEqual([{ podId: expected.id, podName: expected.name, next: null, open: [] }]);
    expect(MyPodsResponse.parse((await owner.get('/api/me/pods')).body).value).toEqual([]);
  });

  it('when nobody signs in, then the answer is 401', async () => {
    expect((await stack.api('/api/me/pods', { token: null })).status).toBe(401);
  });
});
