import { randomUUID } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { migrateToLatest, migrations } from '../../api/store/migrate';
import { openDatabase, type Database } from '../../api/store/database';
import { scoped } from '../../api/store/scoped';
import { aSlot } from '../fixtures/store-builders';
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
        'series',
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

  it('when a database made before series and sessions had their names migrates, then its rows read under them', async () => {
    const old = await openTestDatabase({ migrate: false });
    try {
      const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0004'));
      const upTo3 = new Migrator({ db: old.db, provider: { getMigrations: async () => before } });
      expect((await upTo3.migrateToLatest()).error).toBeUndefined();
      const tenantId = randomUUID();
      const [programId, cohortId, podId, seriesId, sessionId] = [
        randomUUID(),
        randomUUID(),
        randomUUID(),
        randomUUID(),
        randomUUID(),
      ];
      for (const statement of [
        sql`insert into tenants (id) values (${tenantId})`,
        sql`insert into programs (tenant_id, id, name, goal, owner_ids, created_by)
          values (${tenantId}, ${programId}, 'Leaders', 'Grow', '{owner-1}', 'owner-1')`,
        sql`insert into cohorts (tenant_id, id, program_id, name, start_date, cadence, session_count, pod_size_min,
          pod_size_max, matching_mode) values (${tenantId}, ${cohortId}, ${programId}, 'Spring', '2026-03-02',
          'biweekly', 6, 3, 4, 'cross-functional')`,
        sql`insert into pods (tenant_id, id, cohort_id, name, published_at)
          values (${tenantId}, ${podId}, ${cohortId}, 'Pod 1', now())`,
        sql`insert into pod_members (tenant_id, pod_id, person_id, position) values (${tenantId}, ${podId}, 'p-1', 0)`,
        sql`insert into sessions (tenant_id, id, pod_id, organizer_id, transaction_id, slot, state)
          values (${tenantId}, ${seriesId}, ${podId}, 'p-1', ${randomUUID()}, ${JSON.stringify(aSlot({ cohortId }))}, 'booked')`,
        sql`insert into session_occurrences (tenant_id, id, session_id, seq, starts_at, ends_at)
          values (${tenantId}, ${sessionId}, ${seriesId}, 1, '2026-03-03T09:00:00Z', '2026-03-03T10:30:00Z')`,
        sql`insert into checkouts (tenant_id, occurrence_id, person_id, insight, commitment)
          values (${tenantId}, ${sessionId}, 'p-1', 'Ask first', 'Try it twice')`,
        sql`insert into commitments (tenant_id, pod_id, person_id, from_occurrence_id, text)
          values (${tenantId}, ${podId}, 'p-1', ${sessionId}, 'Try it twice')`,
      ])
        await statement.execute(old.db);

      expect(await migrateToLatest(old)).toEqual(['0004-series-and-sessions']);

      const store = scoped(old.db, tenantId);
      expect(await store.series.currentForPod(podId)).toMatchObject({ id: seriesId, state: 'booked' });
      expect(await store.sessions.listBySeries(seriesId)).toMatchObject([{ id: sessionId, podId, seq: 1 }]);
      expect(await store.checkouts.get(sessionId, 'p-1')).toMatchObject({ insight: 'Ask first' });
      expect(await store.commitments.latestBefore(podId, 'p-1', Date.parse('2026-03-04'))).toMatchObject({
        fromSessionId: sessionId,
      });
    } finally {
      await old.close();
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
