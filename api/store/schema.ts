import type { ColumnType, Generated } from 'kysely';
import type { PodFit } from '../domain/pods';
import type { CohortStatus, EligibilityRule, ProposalSummary } from '../domain/programs';
import type { EnrollmentProfile } from '../domain/programs/enrollment';
import type { ChannelRef, ProgramSettings } from '../domain/programs/program';
import type { WorkingHours } from '../domain/time';
import type { SeriesSlot, SeriesState } from '../domain/scheduling/series';
import type { SessionState } from '../domain/sessions/session';
import type { CommitmentStatus, FollowUpStatus } from '../domain/sessions/session-records';
import type { CreatedAt, DateText, Json, JsonWithDefault, Timestamp } from './column-types';

export interface TenantsTable {
  id: string;
  display_name: string | null;
  created_at: CreatedAt;
}

/** Directory cache: people as last read from Graph. */
export interface PeopleTable {
  tenant_id: string;
  id: string;
  upn: string;
  mail: string | null;
  display_name: string;
  job_title: string | null;
  department: string | null;
  manager_id: string | null;
  manager_chain: ColumnType<string[], string[] | undefined, string[]>;
  hire_date: DateText | null;
  time_zone: string | null;
  working_hours: Json<WorkingHours | null>;
  synced_at: CreatedAt;
}

export interface ProgramsTable {
  id: Generated<string>;
  tenant_id: string;
  name: string;
  goal: string;
  owner_ids: string[];
  settings: JsonWithDefault<ProgramSettings>;
  summary_channel: Json<ChannelRef | null>;
  created_by: string;
  created_at: CreatedAt;
}

export interface CohortsTable {
  id: Generated<string>;
  tenant_id: string;
  program_id: string;
  name: string;
  start_date: DateText;
  cadence: 'weekly' | 'biweekly';
  session_count: number;
  session_minutes: number | null;
  pod_size_min: number;
  pod_size_max: number;
  matching_mode: string;
  eligibility: JsonWithDefault<EligibilityRule>;
  status: ColumnType<CohortStatus, CohortStatus | undefined, CohortStatus>;
  created_at: CreatedAt;
  /** Since migration 0002; null until pods are proposed. */
  proposal: JsonWithDefault<ProposalSummary | null>;
}

export interface EnrollmentsTable {
  tenant_id: string;
  cohort_id: string;
  person_id: string;
  profile: Json<EnrollmentProfile>;
  avoid_person_ids: ColumnType<string[], string[] | undefined, string[]>;
  working_hours: Json<WorkingHours | null>;
  status: ColumnType<'active' | 'withdrawn', 'active' | 'withdrawn' | undefined, 'active' | 'withdrawn'>;
  created_at: CreatedAt;
}

export interface PodsTable {
  id: Generated<string>;
  tenant_id: string;
  cohort_id: string;
  name: string;
  fit: JsonWithDefault<PodFit | Record<string, never>>;
  published_at: Date | null;
}

export interface PodMembersTable {
  tenant_id: string;
  pod_id: string;
  person_id: string;
  position: number;
}

/** A pod's booked (or booking) recurring series (since migration 0004; before, `sessions`). */
export interface SeriesTable {
  id: Generated<string>;
  tenant_id: string;
  pod_id: string;
  series_event_id: string | null;
  organizer_id: string;
  transaction_id: string;
  slot: Json<SeriesSlot>;
  state: ColumnType<SeriesState, SeriesState | undefined, SeriesState>;
  created_at: CreatedAt;
}

/** One meeting of a pod's series (since migration 0004; before, `session_occurrences`). */
export interface SessionsTable {
  id: Generated<string>;
  tenant_id: string;
  series_id: string;
  seq: number;
  starts_at: Timestamp;
  ends_at: Timestamp;
  graph_event_id: string | null;
  state: ColumnType<SessionState, SessionState | undefined, SessionState>;
  closed_by: string | null;
  closed_at: Date | null;
}

export interface CheckinsTable {
  tenant_id: string;
  session_id: string;
  person_id: string;
  mood: string;
  commitment_status: FollowUpStatus | null;
  note: string | null;
  created_at: CreatedAt;
}

export interface CheckoutsTable {
  tenant_id: string;
  session_id: string;
  person_id: string;
  insight: string;
  commitment: string;
  insight_shareable: ColumnType<boolean, boolean | undefined, boolean>;
  show_name: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface CommitmentsTable {
  id: Generated<string>;
  tenant_id: string;
  pod_id: string;
  person_id: string;
  from_session_id: string;
  text: string;
  status: ColumnType<CommitmentStatus, CommitmentStatus | undefined, CommitmentStatus>;
  followed_up_at: Date | null;
}

export interface FeedbackTable {
  tenant_id: string;
  session_id: string;
  person_id: string;
  rating: number;
  comment: string | null;
  created_at: CreatedAt;
}

export interface ChannelPostsTable {
  tenant_id: string;
  session_id: string;
  team_id: string;
  channel_id: string;
  /** Null while the post is claimed but Graph has not answered yet. */
  message_id: string | null;
  posted_by: string;
  posted_at: CreatedAt;
  claimed_at: CreatedAt;
}

/** Where the bot can send proactive messages. */
export interface ConversationRefsTable {
  tenant_id: string;
  conversation_id: string;
  service_url: string;
  team_id: string | null;
  channel_id: string | null;
  kind: string;
  /** The member of a personal (1:1) conversation. */
  person_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: CreatedAt;
}

/** A person's Teams identity (29: id), which Teams requires to open a 1:1 bot conversation. */
export interface TeamsUsersTable {
  tenant_id: string;
  person_id: string;
  teams_user_id: string;
  service_url: string;
  seen_at: CreatedAt;
}

/** Reminders already delivered, so a retried job never sends one twice. */
export interface RemindersSentTable {
  tenant_id: string;
  session_id: string;
  person_id: string;
  kind: 'before' | 'after';
  sent_at: CreatedAt;
}

/** Who did what; `detail` never carries free text from check-outs. */
export interface AuditLogTable {
  id: Generated<number>;
  tenant_id: string;
  actor_id: string;
  action: string;
  subject_type: string;
  subject_id: string;
  at: CreatedAt;
  detail: JsonWithDefault<Record<string, unknown>>;
}

/** Progress of a long job, kept so a restart resumes where it stopped. */
export interface JobRunsTable {
  id: Generated<string>;
  tenant_id: string;
  kind: string;
  subject_id: string;
  state: string;
  done: ColumnType<number, number | undefined, number>;
  total: ColumnType<number, number | undefined, number>;
  failed: ColumnType<number, number | undefined, number>;
  outcomes: JsonWithDefault<Record<string, unknown>>;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface Schema {
  tenants: TenantsTable;
  people: PeopleTable;
  programs: ProgramsTable;
  cohorts: CohortsTable;
  enrollments: EnrollmentsTable;
  pods: PodsTable;
  pod_members: PodMembersTable;
  series: SeriesTable;
  sessions: SessionsTable;
  checkins: CheckinsTable;
  checkouts: CheckoutsTable;
  commitments: CommitmentsTable;
  feedback: FeedbackTable;
  channel_posts: ChannelPostsTable;
  conversation_refs: ConversationRefsTable;
  teams_users: TeamsUsersTable;
  reminders_sent: RemindersSentTable;
  audit_log: AuditLogTable;
  job_runs: JobRunsTable;
}
