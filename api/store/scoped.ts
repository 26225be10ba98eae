import type { Kysely } from 'kysely';
import { ChannelPostRepository } from './repositories/channel-post-repository';
import { CheckinRepository } from './repositories/checkin-repository';
import { CheckoutRepository } from './repositories/checkout-repository';
import { CommitmentRepository } from './repositories/commitment-repository';
import { ConversationRefRepository } from './repositories/conversation-ref-repository';
import { FeedbackRepository } from './repositories/feedback-repository';
import { ReminderRepository } from './repositories/reminder-repository';
import { SessionRepository } from './repositories/session-repository';
import { JobRunRepository } from './repositories/job-run-repository';
import { CohortRepository } from './repositories/cohort-repository';
import { EnrollmentRepository } from './repositories/enrollment-repository';
import { PeopleRepository } from './repositories/people-repository';
import { PodRepository } from './repositories/pod-repository';
import { ProgramRepository } from './repositories/program-repository';
import { TenantRepository } from './repositories/tenant-repository';
import type { Schema } from './schema';

/**
 * The repositories of one tenant. Pass a transaction as `db` to group writes:
 * `db.transaction().execute((trx) => scoped(trx, tenantId).people.upsert(p))`.
 * A new repository takes a TenantScope and is added here.
 */
export function scoped(db: Kysely<Schema>, tenantId: string) {
  const scope = { db, tenantId };
  return {
    tenantId,
    tenant: new TenantRepository(scope),
    people: new PeopleRepository(scope),
    programs: new ProgramRepository(scope),
    cohorts: new CohortRepository(scope),
    enrollments: new EnrollmentRepository(scope),
    pods: new PodRepository(scope),
    checkouts: new CheckoutRepository(scope),
    checkins: new CheckinRepository(scope),
    commitments: new CommitmentRepository(scope),
    feedback: new FeedbackRepository(scope),
    channelPosts: new ChannelPostRepository(scope),
    conversations: new ConversationRefRepository(scope),
    reminders: new ReminderRepository(scope),
    sessions: new SessionRepository(scope),
    jobRuns: new JobRunRepository(scope),
  };
}

export type TenantStore = ReturnType<typeof scoped>;
