import { sql, type Kysely } from 'kysely';

// The session loop: a channel post is claimed (message_id still null) before Graph is called, so two concurrent
// closes post once; one commitment per member per session; and the Teams identity (29: id) of each person the
// bot has seen, which Teams requires to open a 1:1 conversation for reminders.
const statements = [
  `alter table channel_posts alter column message_id drop not null`,
  `alter table channel_posts add column claimed_at timestamptz not null default now()`,
  `create unique index commitments_from_person_key on commitments (tenant_id, from_occurrence_id, person_id)`,
  `alter table conversation_refs add column person_id text`,
  `create index conversation_refs_person_idx on conversation_refs (tenant_id, kind, person_id)`,
  `create table teams_users (
    tenant_id uuid not null references tenants (id),
    person_id text not null,
    teams_user_id text not null,
    service_url text not null,
    seen_at timestamptz not null default now(),
    primary key (tenant_id, person_id)
  )`,
  `create table reminders_sent (
    tenant_id uuid not null,
    occurrence_id uuid not null,
    person_id text not null,
    kind text not null check (kind in ('before', 'after')),
    sent_at timestamptz not null default now(),
    primary key (tenant_id, occurrence_id, person_id, kind),
    foreign key (tenant_id, occurrence_id) references session_occurrences (tenant_id, id) on delete cascade
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table if exists reminders_sent`.execute(db);
  await sql`drop table if exists teams_users`.execute(db);
  await sql`drop index if exists conversation_refs_person_idx`.execute(db);
  await sql`alter table conversation_refs drop column if exists person_id`.execute(db);
  await sql`drop index if exists commitments_from_person_key`.execute(db);
  await sql`alter table channel_posts drop column if exists claimed_at`.execute(db);
}
