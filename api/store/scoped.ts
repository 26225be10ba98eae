import type { Kysely } from 'kysely';
import type { TenantStore } from '../ports';
import { SqlChannelPostRepository } from './repositories/channel-post-repository';
import { SqlCheckinRepository } from './repositories/checkin-repository';
import { SqlCheckoutRepository } from './repositories/checkout-repository';
import { SqlCohortRepository } from './repositories/cohort-repository';
import { SqlCommitmentRepository } from './repositories/commitment-repository';
import { SqlConversationRepository } from './repositories/conversation-ref-repository';
import { SqlEnrollmentRepository } from './repositories/enrollment-repository';
import { SqlFeedbackRepository } from './repositories/feedback-repository';
import { SqlJobRunRepository } from './repositories/job-run-repository';
import { SqlPeopleRepository } from './repositories/people-repository';
import { SqlPodRepository } from './repositories/pod-repository';
import { SqlProgramRepository } from './repositories/program-repository';
import { SqlReminderRepository } from './repositories/reminder-repository';
import { SqlSeriesRepository } from './repositories/series-repository';
import { SqlSessionRepository } from './repositories/session-repository';
import { SqlTenantRepository } from './repositories/tenant-repository';
import type { Schema } from './schema';

/**
 * The repositories of one tenant: the store's side of the TenantStore port. Pass a transaction as `db` to group
 * writes: `db.transaction().execute((trx) => scoped(trx, tenantId).people.upsert(p))`.
 */
export function scoped(db: Kysely<Schema>, tenantId: string) {
  const scope = { db, tenantId };
  return {
    tenantId,
    tenant: new SqlTenantRepository(scope),
    people: new SqlPeopleRepository(scope),
    programs: new SqlProgramRepository(scope),
    cohorts: new SqlCohortRepository(scope),
    enrollments: new SqlEnrollmentRepository(scope),
    pods: new SqlPodRepository(scope),
    series: new SqlSeriesRepository(scope),
    sessions: new SqlSessionRepository(scope),
    checkins: new SqlCheckinRepository(scope),
    checkouts: new SqlCheckoutRepository(scope),
    commitments: new SqlCommitmentRepository(scope),
    feedback: new SqlFeedbackRepository(scope),
    channelPosts: new SqlChannelPostRepository(scope),
    conversations: new SqlConversationRepository(scope),
    reminders: new SqlReminderRepository(scope),
    jobRuns: new SqlJobRunRepository(scope),
  } satisfies TenantStore;
}
