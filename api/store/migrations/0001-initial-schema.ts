import { sql, type Kysely } from 'kysely';

// Every table leads its primary key with tenant_id, and every foreign key includes it,
// so no row can point into another tenant. Person ids (Entra object ids) are text and
// carry no foreign key: `people` is a cache that a directory sync may rewrite.
const statements = [
  `create table tenants (
    id uuid primary key,
    display_name text,
    created_at timestamptz not null default now()
  )`,
  `create table people (
    tenant_id uuid not null references tenants (id),
    id text not null,
    upn text not null,
    mail text,
    display_name text not null,
    job_title text,
    department text,
    manager_id text,
    manager_chain text[] not null default '{}',
    hire_date date,
    time_zone text,
    working_hours jsonb,
    synced_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )`,
  `create index people_manager_idx on people (tenant_id, manager_id)`,
  `create table programs (
    tenant_id uuid not null references tenants (id),
    id uuid not null default gen_random_uuid(),
    name text not null,
    goal text not null,
    owner_ids text[] not null,
    settings jsonb not null default '{}',
    summary_channel jsonb,
    created_by text not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )`,
  `create table cohorts (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    program_id uuid not null,
    name text not null,
    start_date date not null,
    cadence text not null check (cadence in ('weekly', 'biweekly')),
    session_count int not null check (session_count > 0),
    session_minutes int check (session_minutes > 0),
    pod_size_min int not null,
    pod_size_max int not null,
    matching_mode text not null,
    eligibility jsonb not null default '{}',
    status text not null default 'enrolling'
      check (status in ('enrolling', 'proposed', 'published', 'scheduling', 'running', 'closed')),
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    foreign key (tenant_id, program_id) references programs (tenant_id, id) on delete cascade,
    check (pod_size_min >= 2 and pod_size_max >= pod_size_min)
  )`,
  `create index cohorts_program_idx on cohorts (tenant_id, program_id)`,
  `create table enrollments (
    tenant_id uuid not null,
    cohort_id uuid not null,
    person_id text not null,
    profile jsonb not null,
    avoid_person_ids text[] not null default '{}',
    working_hours jsonb,
    status text not null default 'active' check (status in ('active', 'withdrawn')),
    created_at timestamptz not null default now(),
    constraint enrollments_pkey primary key (tenant_id, cohort_id, person_id),
    foreign key (tenant_id, cohort_id) references cohorts (tenant_id, id) on delete cascade
  )`,
  `create index enrollments_person_idx on enrollments (tenant_id, person_id)`,
  `create table pods (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    cohort_id uuid not null,
    name text not null,
    fit jsonb not null default '{}',
    published_at timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, cohort_id) references cohorts (tenant_id, id) on delete cascade
  )`,
  `create index pods_cohort_idx on pods (tenant_id, cohort_id)`,
  `create table pod_members (
    tenant_id uuid not null,
    pod_id uuid not null,
    person_id text not null,
    position int not null,
    primary key (tenant_id, pod_id, person_id),
    foreign key (tenant_id, pod_id) references pods (tenant_id, id) on delete cascade
  )`,
  `create index pod_members_person_idx on pod_members (tenant_id, person_id)`,
  `create table sessions (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    pod_id uuid not null,
    series_event_id text,
    organizer_id text not null,
    transaction_id text not null,
    slot jsonb not null,
    state text not null default 'booking' check (state in ('booking', 'booked', 'failed', 'cancelled')),
    created_at timestamptz not null default now(),
    primary key (tenant_id, id),
    constraint sessions_transaction_key unique (tenant_id, transaction_id),
    foreign key (tenant_id, pod_id) references pods (tenant_id, id) on delete cascade
  )`,
  `create index sessions_pod_idx on sessions (tenant_id, pod_id)`,
  `create table session_occurrences (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    session_id uuid not null,
    seq int not null,
    starts_at timestamptz not null,
    ends_at timestamptz not null,
    graph_event_id text,
    state text not null default 'scheduled' check (state in ('scheduled', 'moved', 'cancelled', 'held', 'closed')),
    closed_by text,
    closed_at timestamptz,
    primary key (tenant_id, id),
    constraint session_occurrences_seq_key unique (tenant_id, session_id, seq),
    foreign key (tenant_id, session_id) references sessions (tenant_id, id) on delete cascade,
    check (ends_at > starts_at)
  )`,
  `create index session_occurrences_starts_idx on session_occurrences (tenant_id, starts_at)`,
  `create table checkins (
    tenant_id uuid not null,
    occurrence_id uuid not null,
    person_id text not null,
    mood text not null,
    commitment_status text check (commitment_status in ('done', 'partly', 'not_done')),
    note text,
    created_at timestamptz not null default now(),
    constraint checkins_pkey primary key (tenant_id, occurrence_id, person_id),
    foreign key (tenant_id, occurrence_id) references session_occurrences (tenant_id, id) on delete cascade
  )`,
  `create table checkouts (
    tenant_id uuid not null,
    occurrence_id uuid not null,
    person_id text not null,
    insight text not null,
    commitment text not null,
    insight_shareable boolean not null default false,
    show_name boolean not null default false,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint checkouts_pkey primary key (tenant_id, occurrence_id, person_id),
    foreign key (tenant_id, occurrence_id) references session_occurrences (tenant_id, id) on delete cascade
  )`,
  `create table commitments (
    tenant_id uuid not null,
    id uuid not null default gen_random_uuid(),
    pod_id uuid not null,
    person_id text not null,
    from_occurrence_id uuid not null,
    text text not null,
    status text not null default 'open' check (status in ('open', 'done', 'partly', 'not_done')),
    followed_up_at timestamptz,
    primary key (tenant_id, id),
    foreign key (tenant_id, pod_id) references pods (tenant_id, id) on delete cascade,
    foreign key (tenant_id, from_occurrence_id) references session_occurrences (tenant_id, id) on delete cascade
  )`,
  `create index commitments_pod_person_idx on commitments (tenant_id, pod_id, person_id)`,
  `create table feedback (
    tenant_id uuid not null,
    occurrence_id uuid not null,
    person_id text not null,
    rating smallint not null check (rating between 1 and 5),
    comment text,
    created_at timestamptz not null default now(),
    constraint feedback_pkey primary key (tenant_id, occurrence_id, person_id),
    foreign key (tenant_id, occurrence_id) references session_occurrences (tenant_id, id) on delete cascade
  )`,
  `create table channel_posts (
    tenant_id uuid not null,
    occurrence_id uuid not null,
    team_id text not null,
    channel_id text not null,
    message_id text not null,
    posted_by text not null,
    posted_at timestamptz not null default now(),
    constraint channel_posts_pkey primary key (tenant_id, occurrence_id),
    foreign key (tenant_id, occurrence_id) references session_occurrences (tenant_id, id) on delete cascade
  )`,
  `create table conversation_refs (
    tenant_id uuid not null references tenants (id),
    conversation_id text not null,
    service_url text not null,
    team_id text,
    channel_id text,
    kind text not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, conversation_id)
  )`,
  `create table audit_log (
    tenant_id uuid not null references tenants (id),
    id bigserial not null,
    actor_id text not null,
    action text not null,
    subject_type text not null,
    subject_id text not null,
    at timestamptz not null default now(),
    detail jsonb not null default '{}',
    primary key (tenant_id, id)
  )`,
  `create index audit_log_subject_idx on audit_log (tenant_id, subject_type, subject_id, at)`,
  `create table job_runs (
    tenant_id uuid not null references tenants (id),
    id uuid not null default gen_random_uuid(),
    kind text not null,
    subject_id text not null,
    state text not null,
    done int not null default 0,
    total int not null default 0,
    failed int not null default 0,
    outcomes jsonb not null default '{}',
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    primary key (tenant_id, id)
  )`,
  `create index job_runs_subject_idx on job_runs (tenant_id, kind, subject_id)`,
];

const tables = [
  'job_runs',
  'audit_log',
  'conversation_refs',
  'channel_posts',
  'feedback',
  'commitments',
  'checkouts',
  'checkins',
  'session_occurrences',
  'sessions',
  'pod_members',
  'pods',
  'enrollments',
  'cohorts',
  'programs',
  'people',
  'tenants',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One statement per call: PGlite's extended protocol accepts no multi-statement text.
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) await sql.raw(`drop table if exists ${table}`).execute(db);
}
