import type { CalendarGateway, Clock, Directory, Storage } from '../../ports';

/** What the scheduling use cases need. Calendar work runs app-only (docs/adr/0004-series-organizer.md). */
export interface SchedulingDeps extends Storage {
  calendar: CalendarGateway;
  directory: Directory;
  clock: Clock;
  /** Queues cohort scheduling; absent when this process runs no job queue (starting one then answers 503). */
  enqueue?: EnqueueCohortSchedule | undefined;
}

/** The data of one cohort scheduling job. */
export interface CohortScheduleJob {
  tenantId: string;
  jobRunId: string;
  cohortId: string;
}

/** Queue name of cohort scheduling jobs. */
export const COHORT_SCHEDULE_QUEUE = 'cohort-schedule';

/** Enqueues a cohort scheduling job; resolves to the queue's job id. */
export type EnqueueCohortSchedule = (job: CohortScheduleJob) => Promise<string | null>;
