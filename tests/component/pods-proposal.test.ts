import type { EmulatorPerson } from '../../emulator/types';
import {
  actingAs,
  givenCohort,
  individualContributors,
  reportingChainOf,
  type ApiActor,
} from '../fixtures/program-api';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

interface PodView {
  id: string;
  name: string;
  members: { id: string; displayName: string }[];
  fit: { weeklyOverlapMinutes: number; score: number; departments: string[]; repeatedPairs: number };
}

describe('pod proposals through the API for the seeded org', () => {
  let stack: TestStack;
  let owner: ApiActor;
  let cohortId: string;
  let programId: string;
  /** person id → ids they asked not to be matched with */
  const avoid = new Map<string, string[]>();
  /** Everyone but the head of the organization, who is in everybody's reporting line and so fits no pod. */
  let members: EmulatorPerson[];

  beforeAll(async () => {
    stack = await startTestStack({ logLevel: 'warn' });
    const people = stack.org.people;
    members = people.filter((p) => p.managerId !== null);
    owner = await actingAs(stack, people[3]!);
    ({ cohortId, programId } = await givenCohort(owner));
    // A few people enroll themselves first, each asking not to be matched with a same-level colleague.
    const ics = individualContributors(stack.org);
    for (const [asker, avoided] of [
      [ics[0]!, ics[1]!],
      [ics[10]!, ics[11]!],
      [ics[20]!, ics[30]!],
    ] as const) {
      const me = await actingAs(stack, asker);
      const res = await me.post(`/api/cohorts/${cohortId}/enrollments`, {
        level: asker.level,
        goals: ['delegation'],
        interests: [],
        avoid: [avoided.userPrincipalName],
      });
      expect(res.status).toBe(201);
      avoid.set(asker.id, [avoided.id]);
    }
    const bulk = await owner.post(`/api/cohorts/${cohortId}/enrollments/bulk`, {
      people: members.map((p) => ({ person: p.userPrincipalName, level: p.level })),
    });
    expect(bulk.status).toBe(200);
    expect(bulk.body.enrolled).toHaveLength(members.length - 3);
    expect(bulk.body.duplicates).toHaveLength(3);
  });

  afterAll(async () => {
    await stack?.close();
  });

  const podOf = (pods: PodView[], personId: string) =>
    pods.find((pod) => pod.members.some((m) => m.id === personId))!;

  const propose = (seed?: number) =>
    owner.post(`/api/cohorts/${cohortId}/pod-proposals`, seed === undefined ? {} : { seed });

  it("when the owner asks for pods for the whole org, then everyone is placed once, in pods of 3–4, with no one in another member's reporting line and every avoid list honoured", async () => {
    const res = await propose();

    expect(res.status).toBe(201);
    const pods = res.body.pods as PodView[];
    const placed = pods.flatMap((pod) => pod.members.map((m) => m.id)).sort();
    expect(placed).toEqual(members.map((p) => p.id).sort());
    for (const pod of pods) {
      expect(pod.members.length).toBeGreaterThanOrEqual(3);
      expect(pod.members.length).toBeLessThanOrEqual(4);
      const ids = pod.members.map((m) => m.id);
      for (const id of ids) {
        const managers = reportingChainOf(stack.org, id);
        expect(ids.filter((other) => managers.includes(other))).toEqual([]);
        expect(ids.filter((other) => avoid.get(id)?.includes(other))).toEqual([]);
      }
    }
    const rules = (res.body.unmet as { rule: string }[]).map((v) => v.rule);
    expect(rules).not.toContain('left-out');
    expect(rules).not.toContain('reporting-chain');
    expect(rules).not.toContain('avoid');
    expect(pods[0]!.fit.departments.length).toBeGreaterThan(0);
    expect(pods[0]!.members[0]!.displayName).not.toBe(pods[0]!.members[0]!.id);
  });

  it('when the owner reads the proposal again, then it is the stored one, and asking again without a seed gives the same pods', async () => {
    const first = await owner.get(`/api/cohorts/${cohortId}/pod-proposals`);
    const again = await propose();

    expect(first.status).toBe(200);
    const members = (body: { pods: PodView[] }) => body.pods.map((pod) => pod.members.map((m) => m.id));
    expect(members(again.body)).toEqual(members(first.body));
    expect(again.body.seed).toBe(first.body.seed);
  });

  it("when the owner swaps a report into their manager's pod, then the change is refused naming the reporting line, and with force it is kept and listed as unmet", async () => {
    const proposal = (await owner.get(`/api/cohorts/${cohortId}/pod-proposals`)).body as { pods: PodView[] };
    const { manager, report } = managerAndReportInDifferentPods(proposal.pods);
    const managerPod = podOf(proposal.pods, manager.id);
    const seatTaker = managerPod.members.find((m) => m.id !== manager.id)!;
    const swap = { kind: 'swap', a: report.id, b: seatTaker.id };

    const refused = await owner.post(`/api/cohorts/${cohortId}/pod-proposals/changes`, swap);
    const unchanged = (await owner.get(`/api/cohorts/${cohortId}/pod-proposals`)).body as { pods: PodView[] };
    const forced = await owner.post(`/api/cohorts/${cohortId}/pod-proposals/changes`, {
      ...swap,
      force: true,
    });

    expect(refused.status).toBe(422);
    expect(refused.type).toContain('application/problem+json');
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain('reporting-chain');
    expect(refused.body.detail).toMatch(/force/);
    expect(podOf(unchanged.pods, report.id).members.map((m) => m.id)).not.toContain(manager.id);

    expect(forced.status).toBe(200);
    expect(forced.body.introduced.map((v: { rule: string }) => v.rule)).toContain('reporting-chain');
    expect(podOf(forced.body.pods, report.id).members.map((m: { id: string }) => m.id)).toContain(manager.id);
    const unmet = forced.body.unmet.find((v: { rule: string }) => v.rule === 'reporting-chain');
    expect(unmet.why).toContain(manager.displayName);
    expect(forced.body.changedPods).toHaveLength(2);
  });

  it('when the owner moves someone into another pod, then both pods are explained again', async () => {
    const proposal = (await propose()).body as { pods: PodView[] };
    const from = proposal.pods.find((pod) => pod.members.length === 4)!;
    const to = proposal.pods.find((pod) => pod.members.length === 3)!;
    const mover = from.members[0]!;

    const res = await owner.post(`/api/cohorts/${cohortId}/pod-proposals/changes`, {
      kind: 'move',
      person: mover.id,
      toPod: to.id,
      force: true,
    });

    expect(res.status).toBe(200);
    const target = podOf(res.body.pods, mover.id);
    expect(target.members).toHaveLength(4);
    expect(res.body.changedPods).toEqual([target.id]);
    expect(typeof target.fit.weeklyOverlapMinutes).toBe('number');
  });

  it('when someone who does not own the program asks for, changes or publishes pods, then each answers 403', async () => {
    const stranger = await actingAs(stack, stack.org.people[50]!);

    const answers = await Promise.all([
      stranger.post(`/api/cohorts/${cohortId}/pod-proposals`),
      stranger.get(`/api/cohorts/${cohortId}/pod-proposals`),
      stranger.post(`/api/cohorts/${cohortId}/pod-proposals/changes`, { kind: 'swap', a: 'x', b: 'y' }),
      stranger.post(`/api/cohorts/${cohortId}/publish`),
    ]);

    expect(answers.map((a) => a.status)).toEqual([403, 403, 403, 403]);
    expect(answers[0]!.type).toContain('application/problem+json');
  });

  it('when a cohort has fewer people than the minimum pod size, then the proposal is a 422 naming the participants', async () => {
    const small = await givenCohort(owner, { podSizeMin: 3, podSizeMax: 4 });
    await owner.post(`/api/cohorts/${small.cohortId}/enrollments/bulk`, {
      people: stack.org.people.slice(60, 62).map((p) => p.id),
    });

    const res = await owner.post(`/api/cohorts/${small.cohortId}/pod-proposals`);

    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'participants' })]);
    expect((await owner.get(`/api/cohorts/${small.cohortId}`)).body.status).toBe('enrolling');
  });

  it('when the head of the organization enrolls with a few others, then nobody is dropped and the unmet reporting line is named', async () => {
    const head = stack.org.people.find((p) => p.managerId === null)!;
    const small = await givenCohort(owner, { podSizeMin: 2, podSizeMax: 3 });
    await owner.post(`/api/cohorts/${small.cohortId}/enrollments/bulk`, {
      people: [head, ...members.slice(40, 44)].map((p) => p.id),
    });

    const res = await owner.post(`/api/cohorts/${small.cohortId}/pod-proposals`);

    expect(res.status).toBe(201);
    expect((res.body.pods as PodView[]).flatMap((pod) => pod.members.map((m) => m.id))).toContain(head.id);
    const breach = (res.body.unmet as { rule: string; people: { id: string }[] }[]).find(
      (v) => v.rule === 'reporting-chain',
    );
    expect(breach?.people.map((p) => p.id)).toContain(head.id);
  });

  it('when the owner publishes, then the pods freeze, publishing again changes nothing, and enrolling, withdrawing or re-proposing answer 409', async () => {
    const before = (await propose()).body as { pods: PodView[] };

    const published = await owner.post(`/api/cohorts/${cohortId}/publish`);
    const again = await owner.post(`/api/cohorts/${cohortId}/publish`);

    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');
    expect(published.body.pods.every((pod: { published: boolean }) => pod.published)).toBe(true);
    expect(again.body.pods).toEqual(published.body.pods);
    expect(published.body.pods.map((p: PodView) => p.members)).toEqual(before.pods.map((p) => p.members));
    const member = await actingAs(stack, stack.org.people[7]!);
    expect((await member.delete(`/api/cohorts/${cohortId}/enrollments/me`)).status).toBe(409);
    expect(
      (await owner.post(`/api/cohorts/${cohortId}/enrollments/bulk`, { people: [stack.org.people[0]!.id] }))
        .status,
    ).toBe(409);
    expect((await owner.post(`/api/cohorts/${cohortId}/pod-proposals`)).status).toBe(409);
    expect(
      (await owner.post(`/api/cohorts/${cohortId}/pod-proposals/changes`, { kind: 'swap', a: 'a', b: 'b' }))
        .status,
    ).toBe(409);
  });

  it('when the program runs a second cohort with the same people, then partners from the published cohort are avoided', async () => {
    const published = (await owner.get(`/api/cohorts/${cohortId}/pod-proposals`)).body as { pods: PodView[] };
    const earlier = new Set(published.pods.flatMap((pod) => pairsOf(pod.members.map((m) => m.id))));
    const next = await owner.post(`/api/programs/${programId}/cohorts`, {
      name: 'Autumn',
      startDate: '2099-09-07',
    });
    await owner.post(`/api/cohorts/${next.body.id}/enrollments/bulk`, { people: members.map((p) => p.id) });

    const res = await owner.post(`/api/cohorts/${next.body.id}/pod-proposals`);

    expect(res.status).toBe(201);
    const repeated = (res.body.pods as PodView[])
      .flatMap((pod) => pairsOf(pod.members.map((m) => m.id)))
      .filter((pair) => earlier.has(pair));
    const reported = (res.body.pods as PodView[]).reduce((sum, pod) => sum + pod.fit.repeatedPairs, 0);
    expect(reported).toBe(repeated.length);
    expect(repeated.length).toBeLessThanOrEqual(2);
  });

  function managerAndReportInDifferentPods(pods: PodView[]): {
    manager: EmulatorPerson;
    report: EmulatorPerson;
  } {
    for (const report of members) {
      const manager = members.find((p) => p.id === report.managerId);
      if (manager && podOf(pods, manager.id) !== podOf(pods, report.id)) return { manager, report };
    }
    throw new Error('no manager and report in different pods');
  }
});

function pairsOf(ids: string[]): string[] {
  return ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b].sort().join('|')));
}
