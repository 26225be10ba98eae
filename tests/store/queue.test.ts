import pino from 'pino';
import { startQueue, type JobQueue, type QueuedJob } from '../../api/jobs/queue';
import type { Database } from '../../api/store/database';
import { openTestDatabase, testEngine } from '../fixtures/test-database';

const silent = pino({ level: 'silent' });

/** Resolves with the first `count` jobs a handler receives. */
function collect<T>(count: number) {
  const jobs: QueuedJob<T>[] = [];
  let done!: (jobs: QueuedJob<T>[]) => void;
  const received = new Promise<QueuedJob<T>[]>((resolve) => (done = resolve));
  const handler = async (job: QueuedJob<T>) => {
    jobs.push(job);
    if (jobs.length === count) done(jobs);
  };
  return { handler, received };
}

describe(`job queue (${testEngine})`, () => {
  let database: Database;
  let queue: JobQueue;

  beforeAll(async () => {
    database = await openTestDatabase();
    queue = await startQueue(database, silent, { pollingIntervalSeconds: 0.5 });
  });

  afterAll(async () => {
    await queue?.stop();
    await database?.close();
  });

  it('when a job is sent, then the worker receives its data', async () => {
    const { handler, received } = collect<{ cohortId: string }>(1);
    await queue.work('cohort-scheduling', handler);

    const id = await queue.send('cohort-scheduling', { cohortId: 'c-1' });

    const [job] = await received;
    expect(job).toEqual({ id, name: 'cohort-scheduling', data: { cohortId: 'c-1' } });
  });

  it('when a handler throws, then the job is retried until it succeeds', async () => {
    let attempts = 0;
    const { handler, received } = collect<{ n: number }>(1);
    await queue.work<{ n: number }>('flaky', async (job) => {
      attempts += 1;
      if (attempts === 1) throw new Error('transient');
      await handler(job);
    });

    await queue.send('flaky', { n: 7 }, { retryLimit: 2, retryDelaySeconds: 0 });

    const [job] = await received;
    expect(job?.data).toEqual({ n: 7 });
    expect(attempts).toBe(2);
  });

  it('when two jobs share a singleton key within its window, then only the first is queued', async () => {
    const once = { singletonKey: 'o-1', singletonSeconds: 3600, startAfter: 3600 };
    const first = await queue.send('reminders', { occurrenceId: 'o-1' }, once);
    const second = await queue.send('reminders', { occurrenceId: 'o-1' }, once);

    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
  });
});

describe(`job queue lifecycle (${testEngine})`, () => {
  it('when the queue stops and restarts on the same database, then a job sent before the stop is still delivered', async () => {
    const database = await openTestDatabase();
    try {
      const first = await startQueue(database, silent, { pollingIntervalSeconds: 0.5 });
      const id = await first.send('digest', { week: 12 });
      await first.stop();

      const second = await startQueue(database, silent, { pollingIntervalSeconds: 0.5 });
      const { handler, received } = collect<{ week: number }>(1);
      await second.work('digest', handler);
      expect(await received).toEqual([{ id, name: 'digest', data: { week: 12 } }]);
      await second.stop();
    } finally {
      await database.close();
    }
  });
});
