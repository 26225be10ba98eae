import { sql } from 'kysely';
import { migrateToLatest, migrations } from '../../api/store/migrate';
import { openDatabase, type Database } from '../../api/store/database';
import { openTestDatabase, testEngine, type TestDatabase } from '../fixtures/test-database';

/** Replicas each have their own pool on PostgreSQL; PGlite has one process, so they share the instance. */
async function openReplicas(database: TestDatabase, count: number): Promise<Database[]> {
  const { databaseUrl } = database;
  if (!databaseUrl) return Array.from({ length: count }, () => database);
  return Promise.all(Array.from({ length: count }, () => openDatabase({ databaseUrl, maxConnections: 2 })));
}

const latest = Object.keys(migrations);

describe(`migrations (${testEngine})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase({ migrate: false });
  });

  afterAll(async () => {
    await database?.close();
  });

  it('when run on an empty database, then every migration applies and the tables exist', async () => {
    expect(await migrateToLatest(database)).toEqual(latest);

    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely%'
    `.execute(database.db);
    expect(tables.rows.map((r) => r.table_name).sort()).toEqual(
      [
        'audit_log',
        'channel_posts',
        'checkins',
        'checkouts',
        'cohorts',
        'commitments',
        'conversation_refs',
        'enrollments',
        'feedback',
        'job_runs',
        'people',
        'pod_members',
        'pods',
        'programs',
        'reminders_sent',
        'session_occurrences',
        'sessions',
        'teams_users',
        'tenants',
      ].sort(),
    );
  });

  it('when run again, then nothing applies and nothing fails', async () => {
    await migrateToLatest(database);
    expect(await migrateToLatest(database)).toEqual([]);
  });

  it('when several replicas migrate at once, then all succeed and each migration applies once', async () => {
    const fresh = await openTestDatabase({ migrate: false });
    const replicas = await openReplicas(fresh, 4);
    try {
      const applied = await Promise.all(replicas.map((replica) => migrateToLatest(replica)));
      expect(applied.flat()).toEqual(latest);
      const recorded = await sql<{ name: string }>`select name from kysely_migration`.execute(fresh.db);
      expect(recorded.rows.map((r) => r.name)).toEqual(latest);
    } finally {
      await Promise.all(replicas.filter((r) => r !== fresh).map((r) => r.close()));
      await fresh.close();
    }
  });

  it('when a tenant table is inspected, then tenant_id leads its primary key and every foreign key', async () => {
    await migrateToLatest(database);
    const keys = await sql<{ table_name: string; kind: string; first_column: string }>`
      select c.conrelid::regclass::text as table_name, c.contype as kind, a.attname as first_column
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype in ('p', 'f') and c.connamespace = 'public'::regnamespace
        and c.conrelid::regclass::text not in ('tenants', 'kysely_migration', 'kysely_migration_lock')
    `.execute(database.db);
    expect(keys.rows.length).toBeGreaterThan(20);
    expect(keys.rows.filter((k) => k.first_column !== 'tenant_id')).toEqual([]);
  });
});
