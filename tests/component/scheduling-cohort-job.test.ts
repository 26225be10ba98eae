import { randomUUID } from 'node:crypto';
import {
  JobProgressResponse,
  StartJobResponse,
  type JobProgressView,
} from '../../api/http/schemas/scheduling';
import { SERIES_TRANSACTION_PROPERTY } from '../../api/graph/calendar';
import { scoped } from '../../api/store/scoped';
import type { EmulatorPerson } from '../../emulator/types';
import { PodOutcome } from '../../api/use-cases/scheduling/cohort-outcomes';
import { seriesTransactionId } from '../../api/use-cases/scheduling/transaction-id';
import {
  appGraph,
  givenCohort,
  mondayAfterNext,
  nineToFive,
  peopleWhere,
} from '../fixtures/scheduling-cohort';
import { eventually } from '../fixtures/eventually';
import { startTestStack, type RunningApi, type TestStack } from '../fixtures/test-stack';

/** Pods of three people whose zones sit close together (people sorted by UTC offset), so most pods can meet. */
function podsOfThree(people: readonly EmulatorPerson[], count: number): EmulatorPerson[][] {
  const order = [
    'America/Los_Angeles',
    'America/New_York',
    'Europe/London',
    'Europe/Berlin',
    'Asia/Kolkata',
    'Australia/Sydney',
  ];
  const sorted = [...people].sort(
    (a, b) => order.indexOf(a.ianaTimeZone) - order.indexOf(b.ianaTimeZone) || a.id.localeCompare(b.id),
  );
  return Array.from({ length: count }, (_, i) => sorted.slice(i * 3, i * 3 + 3));
}

describe('cohort scheduling job', () => {
  let stack: TestStack;
  let graph: Awaited<ReturnType<typeof appGraph>>;
  /** An API that runs the job workers; the stack's own API runs none. */
  let worker: RunningApi;
  const extraApis: RunningApi[] = [];

  beforeAll(async () => {
    stack = await startTestStack();
    graph = await appGraph(stack.emulatorUrl);
    worker = await stack.startApi({}, { jobs: true });
    extraApis.push(worker);
  });
  afterAll(async () => {
    await Promise.all(extraApis.map((api) => api.close()));
    await stack?.close();
  });

  const as = async (person: EmulatorPerson) => stack.signIn(person.userPrincipalName);
  const startJob = async (url: string, owner: EmulatorPerson, cohortId: string) =>
    fetch(`${url}/api/cohorts/${cohortId}/schedule`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await as(owner)}` },
    });
  const progress = async (url: string, owner: EmulatorPerson, jobId: string): Promise<JobProgressView> => {
    const res = await fetch(`${url}/api/jobs/${jobId}`, {
      headers: { authorization: `Bearer ${await as(owner)}` },
    });
    expect(res.status).toBe(200);
    return JobProgressResponse.parse(await res.json());
  };
  const until = (
    url: string,
    owner: EmulatorPerson,
    jobId: string,
    done: (p: JobProgressView) => boolean,
  ): Promise<JobProgressView> =>
    eventually(() => progress(url, owner, jobId), done, {
      describe: (p) => `job ${jobId}: ${JSON.stringify({ ...p, pods: p.pods.length })}`,
    });
  /** Series each organizer holds per pod name: one per booked pod, never two. */
  async function seriesPerPod(pods: EmulatorPerson[][], prefix = 'Pod '): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const host of new Set(pods.map((p) => p[0]!))) {
      for (const e of await graph.events(host.id)) {
        if (e.type !== 'seriesMaster' || !e.isOrganizer || !e.subject.startsWith(prefix)) continue;
        const name = e.subject.split(':')[0]!;
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
    return counts;
  }

  it('when an owner schedules a cohort, then every workable pod gets one series, and a pod with no shared hours is listed with the reason', async () => {
    const london = peopleWhere(stack.org, 9, nineToFive('Europe/London'));
    const [ny] = peopleWhere(stack.org, 1, nineToFive('America/New_York'));
    const [sydney] = peopleWhere(stack.org, 1, (p) => p.ianaTimeZone === 'Australia/Sydney');
    const pods = [london.slice(0, 3), london.slice(3, 6), london.slice(6, 8), [ny!, sydney!]];
    const owner = london[8]!;
    const { cohortId } = await givenCohort(stack.database.db, {
      owner,
      pods,
      cadence: 'weekly',
      sessionCount: 3,
      settings: { maxConflictedOccurrences: 3 },
    });

    const outsider = await startJob(worker.url, london[0]!, cohortId);
    expect(outsider.status).toBe(403);
    const res = await startJob(worker.url, owner, cohortId);
    expect(res.status).toBe(202);
    const { jobId } = StartJobResponse.parse(await res.json());
    const again = await startJob(worker.url, owner, cohortId);
    expect(StartJobResponse.parse(await again.json()).jobId).toBe(jobId);

    const final = await until(worker.url, owner, jobId, (p) => p.state === 'completed');

    expect(final).toMatchObject({ done: 4, total: 4, failed: 0, noSlot: 1 });
    const byName = new Map(final.pods.map((p) => [p.name, p]));
    expect(['Pod 0001', 'Pod 0002', 'Pod 0003'].map((n) => byName.get(n)?.outcome)).toEqual([
      'booked',
      'booked',
      'booked',
    ]);
    expect(byName.get('Pod 0004')).toMatchObject({
      outcome: 'no-slot',
      reason: expect.stringMatching(/no shared working window/),
    });
    expect(byName.get('Pod 0001')!.slot).toMatchObject({ timeZone: 'Europe/London' });
    const counts = await seriesPerPod(pods);
    expect([...counts.entries()].sort()).toEqual([
      ['Pod 0001', 1],
      ['Pod 0002', 1],
      ['Pod 0003', 1],
    ]);
    expect(
      (await scoped(stack.database.db, stack.config.appTenantId).jobRuns.get(jobId, PodOutcome))?.state,
    ).toBe('completed');
  });

  it('when the worker stops mid-way and another API takes over, then the run resumes and no pod gets a second series', async () => {
    const everyone = stack.org.people.filter((p) => p.workingHours.daysOfWeek.length === 5);
    const pods = podsOfThree(everyone, 36);
    const owner = stack.org.people[0]!;
    const { cohortId } = await givenCohort(stack.database.db, {
      owner,
      pods,
      podPrefix: 'Resumed',
      cadence: 'weekly',
      sessionCount: 3,
      settings: { maxConflictedOccurrences: 3 },
    });
    // One booking a second: the 33 pods after the first three would take half a minute, far more than noticing
    // three bookings and stopping takes even on a busy machine, so the run is always stopped with pods pending.
    await stack.control('/knobs', { latencyMs: { createEvent: 1000 } });
    const first = await stack.startApi({ SCHEDULING_BOOKING_CONCURRENCY: '1' }, { jobs: true });
    extraApis.push(first);
    await worker.stopJobs();
    const { jobId } = StartJobResponse.parse(await (await startJob(first.url, owner, cohortId)).json());

    const midway = await until(
      first.url,
      owner,
      jobId,
      (p) => p.pods.filter((x) => x.outcome === 'booked').length >= 3,
    );
    await first.stopJobs();
    const stopped = await progress(first.url, owner, jobId);
    expect(stopped.state).toBe('running');
    expect(stopped.done).toBeLessThan(36);
    // One pending pod as a hard crash would leave it: claimed in `booking`, its series already created in Graph.
    const crashed = stopped.pods.find((p) => p.outcome === 'pending')!;
    const host = pods[Number(crashed.name.split(' ')[1]) - 1]![0]!;
    const tenantId = stack.config.appTenantId;
    const transactionId = seriesTransactionId(tenantId, cohortId, crashed.podId);
    const firstDate = mondayAfterNext();
    const slot = {
      cohortId,
      weekday: 'monday',
      anchorStart: '10:00',
      firstDate,
      timeZone: host.ianaTimeZone,
      cadence: 'weekly' as const,
      count: 3,
      durationMinutes: 105,
    };
    await scoped(stack.database.db, tenantId).series.reserve({
      podId: crashed.podId,
      organizerId: host.id,
      transactionId,
      slot,
    });
    const left = await graph.call(`/users/${host.id}/events`, {
      method: 'POST',
      body: JSON.stringify({
        subject: `${crashed.name}: peer coaching`,
        start: { dateTime: `${firstDate}T10:00:00`, timeZone: host.ianaTimeZone },
        end: { dateTime: `${firstDate}T11:45:00`, timeZone: host.ianaTimeZone },
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
          range: { type: 'numbered', startDate: firstDate, numberOfOccurrences: 3 },
        },
        transactionId,
        singleValueExtendedProperties: [{ id: SERIES_TRANSACTION_PROPERTY, value: transactionId }],
      }),
    });
    const second = await stack.startApi({}, { jobs: true });
    extraApis.push(second);
    const final = await until(second.url, owner, jobId, (p) => p.state === 'completed');
    await stack.control('/knobs', { latencyMs: { createEvent: 0 } });

    expect(midway.done).toBeGreaterThanOrEqual(3);
    expect(final.done).toBe(36);
    expect(final.failed).toBe(0);
    const booked = final.pods.filter((p) => p.outcome === 'booked').map((p) => p.name);
    expect(booked.length).toBeGreaterThan(stopped.pods.filter((p) => p.outcome === 'booked').length);
    const counts = await seriesPerPod(pods, 'Resumed ');
    expect([...counts.keys()].sort()).toEqual([...booked].sort());
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(booked).toContain(crashed.name);
    const series = await scoped(stack.database.db, tenantId).series.currentForPod(crashed.podId);
    expect(series).toMatchObject({ state: 'booked', seriesEventId: left.id });
  });

  it('when the job or cohort is unknown, or someone else asks, then 404 or 403 as problem+json', async () => {
    const owner = stack.org.people[0]!;
    const unknownCohort = await startJob(worker.url, owner, randomUUID());
    expect(unknownCohort.status).toBe(404);
    expect(unknownCohort.headers.get('content-type')).toContain('application/problem+json');
    const unknownJob = await fetch(`${stack.apiUrl}/api/jobs/${randomUUID()}`, {
      headers: { authorization: `Bearer ${await as(owner)}` },
    });
    expect(unknownJob.status).toBe(404);
    const [stranger] = peopleWhere(stack.org, 1, nineToFive('Europe/Berlin'));
    const run = await scoped(stack.database.db, stack.config.appTenantId).jobRuns.findUnfinished(
      'cohort-schedule',
      'none',
      PodOutcome,
    );
    expect(run).toBeUndefined();
    const anyJob = await stack.database.db.selectFrom('job_runs').select('id').executeTakeFirstOrThrow();
    const forbidden = await fetch(`${stack.apiUrl}/api/jobs/${anyJob.id}`, {
      headers: { authorization: `Bearer ${await as(stranger!)}` },
    });
    expect(forbidden.status).toBe(403);
  });
});
