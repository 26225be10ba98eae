import { sql, type Kysely } from 'kysely';

// The current pod proposal's summary (unmet hard rules, objective, seed) lives on the cohort: the pods
// themselves are rows, but the rules a proposal could not meet belong to the proposal as a whole.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cohorts add column proposal jsonb`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table cohorts drop column proposal`.execute(db);
}
