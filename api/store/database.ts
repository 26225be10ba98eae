import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { mkdir } from 'node:fs/promises';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import { ExclusiveLock } from './exclusive-lock';
import { PGliteDialect } from './pglite-dialect';
import type { Schema } from './schema';

/** Raw SQL for callers that need it beside Kysely (pg-boss). Without values, text may hold several statements. */
export type SqlExecutor = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

export interface Database {
  db: Kysely<Schema>;
  dialect: 'postgres' | 'pglite';
  executeSql: SqlExecutor;
  close(): Promise<void>;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  databaseUrl?: string;
  /** PGlite data directory, or 'memory' (the default) for an in-memory database. */
  dataDir?: string;
  logger?: Logger;
  /** Pool size on PostgreSQL. */
  maxConnections?: number;
  /** PGlite only: start from this data-directory dump instead of a fresh initdb (tests use it: ~1 s instead of ~3 s). */
  pgliteTemplate?: Blob;
}

const DATE_OID = 1082;
const INT8_OID = 20;

// Both engines return the same JS shapes: `date` stays 'YYYY-MM-DD' (no local-midnight Date),
// and int8 (count(*), bigserial) becomes a number.
const keepDateText = (value: string) => value;
const int8ToNumber = (value: string) => Number(value);

export async function openDatabase(opts: OpenDatabaseOptions = {}): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts) : openPGlite(opts);
}

async function openPostgres(connectionString: string, opts: OpenDatabaseOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: opts.maxConnections ?? 10,
    application_name: 'peerpods',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === DATE_OID) return keepDateText;
        if (oid === INT8_OID) return int8ToNumber;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('error', (err) => opts.logger?.error({ err }, 'idle PostgreSQL client failed'));
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  const database: Database = {
    db,
    dialect: 'postgres',
    executeSql: (text, values) => pool.query(text, values),
    close: () => db.destroy(),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
  await database.ping();
  return database;
}

async function openPGlite(opts: OpenDatabaseOptions): Promise<Database> {
  const dataDir = !opts.dataDir || opts.dataDir === 'memory' ? undefined : opts.dataDir;
  // PGlite creates only the last folder of its data directory; a fresh clone has no .data/ yet.
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(dataDir !== undefined && { dataDir }),
    ...(opts.pgliteTemplate !== undefined && { loadDataDir: opts.pgliteTemplate }),
    parsers: { [pgliteTypes.DATE]: keepDateText, [pgliteTypes.INT8]: int8ToNumber },
  });
  const lock = new ExclusiveLock();
  const db = new Kysely<Schema>({ dialect: new PGliteDialect(pglite, lock) });
  let closed = false;
  return {
    db,
    dialect: 'pglite',
    executeSql: (text, values) => lock.run(() => executeOnPGlite(pglite, text, values)),
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
      await lock.run(() => pglite.close());
    },
    ping: async () => {
      await sql`select 1`.execute(db);
    },
  };
}

async function executeOnPGlite(
  pglite: PGlite,
  text: string,
  values?: unknown[],
): Promise<{ rows: unknown[] }> {
  if (values && values.length > 0) return pglite.query(text, values);
  // Only the simple protocol (exec) accepts several statements, as pg does for parameterless text.
  try {
    const results = await pglite.exec(text);
    return results.at(-1) ?? { rows: [] };
  } catch (err) {
    // A failed BEGIN…COMMIT script would leave PGlite's only session in an aborted transaction.
    await pglite.exec('rollback').catch(() => undefined);
    throw err;
  }
}
