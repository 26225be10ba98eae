import type {
  CohortRepository,
  EnrollmentRepository,
  JobRunRepository,
  PeopleRepository,
  PodRepository,
  ProgramRepository,
  TenantRepository,
} from './program-repositories';
import type {
  ChannelPostRepository,
  CheckinRepository,
  CheckoutRepository,
  CommitmentRepository,
  ConversationRepository,
  FeedbackRepository,
  ReminderRepository,
  SeriesRepository,
  SessionRepository,
} from './session-repositories';

/** The repositories of one tenant: every query they run is scoped to it, and every row they write carries it. */
export interface TenantStore {
  readonly tenantId: string;
  tenant: TenantRepository;
  people: PeopleRepository;
  programs: ProgramRepository;
  cohorts: CohortRepository;
  enrollments: EnrollmentRepository;
  pods: PodRepository;
  series: SeriesRepository;
  sessions: SessionRepository;
  checkins: CheckinRepository;
  checkouts: CheckoutRepository;
  commitments: CommitmentRepository;
  feedback: FeedbackRepository;
  channelPosts: ChannelPostRepository;
  conversations: ConversationRepository;
  reminders: ReminderRepository;
  jobRuns: JobRunRepository;
}

/** A tenant's repositories, and a way to run work on them in one transaction. Every dependency bag starts here. */
export interface Storage {
  /** The repositories of one tenant. */
  store: (tenantId: string) => TenantStore;
  /** Runs `work` in one database transaction on the tenant's repositories: all of it is written or none. */
  transact: <T>(tenantId: string, work: (store: TenantStore) => Promise<T>) => Promise<T>;
}
