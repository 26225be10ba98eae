import { Migrator, sql, type Kysely, type MigrationResultSet, type Migration } from 'kysely';
import type { Database } from './database';
import type { Schema } from './schema';
import * as initialSchema from './migrations/0001-initial-schema';
import * as cohortProposal from './migrations/0002-cohort-proposal';
import * as sessionLoop from './migrations/0003-session-loop';
import * as seriesAndSessions from './migrations/0004-series-and-sessions';

/** Every migration, in order. Listed statically so tsx, jest and bundles need no directory scan. */
export const migrations: Record<string, Migration> = {
  '0001-initial-schema': initialSchema,
  '0002-cohort-proposal': cohortProposal,
  '0003-session-loop': sessionLoop,
  '0004-series-and-sessions': seriesAndSessions,
};

// Arbitrary constant shared by all replicas: only one of them migrates at a time.
const MIGRATION_LOCK_KEY = 7_343_021_901;

/** Brings the schema to the latest version; safe to call from several replicas at once. */
export async function migrateToLatest(database: Pick<Database, 'db' | 'dialect'>): Promise<string[]> {
  const { db, dialect } = database;
  const result =
    dialect === 'postgres'
      ? await db.connection().execute(async (connection) => {
          await sql`select pg_advisory_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(connection);
          try {
            return await newMigrator(db).migrateToLatest();
          } finally {
            await sql`select pg_advisory_unlock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(connection);
          }
        })
      : await newMigrator(db).migrateToLatest();
  return applied(result);
}

function newMigrator(db: Kysely<Schema>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

function applied({ error, results }: MigrationResultSet): string[] {
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(failed ? `Database migration ${failed} failed` : 'Database migration failed', {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
