import type { Logger } from 'pino';
import { runCohortScheduling, RunInterrupted } from '../use-cases/scheduling/run-cohort-scheduling';
import {
  COHORT_SCHEDULE_QUEUE,
  type CohortScheduleJob,
  type EnqueueCohortSchedule,
  type SchedulingDeps,
} from '../use-cases/scheduling/scheduling-deps';
import type { JobQueue } from './queue';

/** A worker that can be told to stop before the queue shuts down. */
export interface StoppableWorker {
  /** Stops starting new pods; the running run throws RunInterrupted and the queue retries it on another worker. */
  stop(): void;
}

/**
 * Runs cohort scheduling jobs. A stopped or crashed run is retried by the queue (on shutdown pg-boss fails active
 * jobs; after a hard crash the job expires) and resumes from the sessions table without duplicate series.
 */
export async function startCohortScheduleWorker(
  queue: JobQueue,
  deps: SchedulingDeps,
  logger: Logger,
  concurrency = 32,
): Promise<StoppableWorker> {
  let stopping = false;
  await queue.work<CohortScheduleJob>(COHORT_SCHEDULE_QUEUE, async (job) => {
    const log = logger.child({ job: job.id, jobRun: job.data.jobRunId });
    const started = Date.now();
    try {
      await runCohortScheduling(deps, job.data, { stopping: () => stopping, concurrency });
      log.info({ ms: Date.now() - started }, 'cohort scheduling finished');
    } catch (err) {
      if (err instanceof RunInterrupted) log.warn('cohort scheduling interrupted; it resumes on retry');
      else log.error({ err }, 'cohort scheduling failed; it is retried');
      throw err;
    }
  });
  return { stop: () => void (stopping = true) };
}

/** Sends cohort scheduling jobs with retries, so an interrupted run resumes. */
export function cohortScheduleSender(queue: JobQueue): EnqueueCohortSchedule {
  return (job) =>
    queue.send(COHORT_SCHEDULE_QUEUE, job, {
      retryLimit: 20,
      retryDelaySeconds: 1,
      expireInSeconds: 15 * 60,
    });
}
