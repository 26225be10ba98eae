import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../store/database';

export interface QueuedJob<T> {
  id: string;
  name: string;
  data: T;
}

/** Handles one job; a throw fails the job, and pg-boss retries it up to the retry limit. */
export type JobHandler<T> = (job: QueuedJob<T>) => Promise<void>;

export interface SendJobOptions {
  /** With singletonSeconds: at most one job per key in each window of that many seconds (pg-boss throttling). */
  singletonKey?: string;
  singletonSeconds?: number;
  /** Earliest start: a Date, or seconds from now. */
  startAfter?: Date | number;
  retryLimit?: number;
  retryDelaySeconds?: number;
  expireInSeconds?: number;
}

/** The job queue the use cases see; pg-boss stays behind it. */
export interface JobQueue {
  /** Enqueues a job; resolves to its id, or null when a singleton key suppressed it. */
  send<T extends object>(name: string, data: T, opts?: SendJobOptions): Promise<string | null>;
  work<T extends object>(name: string, handler: JobHandler<T>): Promise<void>;
  /** Stops workers, waits for running handlers and queries; the database stays open. */
  stop(): Promise<void>;
}

export interface StartQueueOptions {
  /** How often an idle worker polls (pg-boss minimum 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Run pg-boss's cron scheduler (needed for `schedule`). */
  cron?: boolean;
  /** How long stop() waits for running handlers. */
  stopTimeoutMs?: number;
}

/** Starts pg-boss on the app's own database: PostgreSQL or PGlite, through the same SQL executor. */
export async function startQueue(
  database: Database,
  logger: Logger,
  opts: StartQueueOptions = {},
): Promise<JobQueue> {
  const inFlight = new Set<Promise<unknown>>();
  const executeSql = (text: string, values?: unknown[]) => {
    const query = database.executeSql(text, values);
    inFlight.add(query);
    void query.finally(() => inFlight.delete(query)).catch(() => undefined);
    return query;
  };

  const boss = new PgBoss({
    db: { executeSql },
    schedule: opts.cron ?? false,
    pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2,
  });
  boss.on('error', (err) => logger.error({ err }, 'job queue error'));
  await boss.start();

  const queues = new Map<string, Promise<void>>();
  const ensureQueue = (name: string) => {
    let created = queues.get(name);
    if (!created) {
      created = boss.createQueue(name);
      created.catch(() => queues.delete(name));
      queues.set(name, created);
    }
    return created;
  };

  return {
    async send(name, data, sendOpts = {}) {
      await ensureQueue(name);
      return boss.send(name, data, toPgBossOptions(sendOpts));
    },

    async work<T extends object>(name: string, handler: JobHandler<T>) {
      await ensureQueue(name);
      await boss.work<T>(name, async (jobs) => {
        for (const job of jobs) await handler({ id: job.id, name: job.name, data: job.data });
      });
    },

    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: opts.stopTimeoutMs ?? 10_000 });
      // A worker may be mid-fetch when stop resolves; let it finish before the caller closes the database.
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

function toPgBossOptions(opts: SendJobOptions): PgBoss.SendOptions {
  return {
    ...(opts.singletonKey !== undefined && { singletonKey: opts.singletonKey }),
    ...(opts.singletonSeconds !== undefined && { singletonSeconds: opts.singletonSeconds }),
    ...(opts.startAfter !== undefined && { startAfter: opts.startAfter }),
    ...(opts.retryLimit !== undefined && { retryLimit: opts.retryLimit }),
    ...(opts.retryDelaySeconds !== undefined && { retryDelay: opts.retryDelaySeconds }),
    ...(opts.expireInSeconds !== undefined && { expireInSeconds: opts.expireInSeconds }),
  };
}
