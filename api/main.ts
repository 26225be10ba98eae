import type { Server } from 'node:http';
import { composeApp, createAdapters, startWorkers } from './compose';
import { ConfigError, loadConfig, type Config } from './config';
import { listen } from './http/listen';
import type { StoppableWorker } from './jobs/cohort-schedule-worker';
import { startQueue, type JobQueue } from './jobs/queue';
import { createLogger } from './logger';
import { migrateToLatest, openDatabase, type Database } from './store';

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const logger = createLogger({ level: config.logLevel });
let migrated = false;
let database: Database | undefined;
let queue: JobQueue | undefined;
let server: Server | undefined;
let workers: StoppableWorker[] = [];

async function start(): Promise<void> {
  database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
  const applied = await migrateToLatest(database);
  migrated = true;
  logger.info({ applied, dialect: database.dialect }, 'database ready');
  queue = await startQueue(database, logger);
  const adapters = createAdapters(config);
  const app = composeApp({ config, logger, database, adapters, migrated: () => migrated, queue });
  workers = await startWorkers({ config, logger, database, adapters, queue });
  server = await listen(app, config.port);
  const address = server?.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ port }, 'PeerPods API listening');
  process.stdout.write(`PeerPods API on http://localhost:${port} (public URL ${config.publicUrl})\n`);
}

let stopping = false;
async function stop(signal: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // A second signal, or a shutdown that hangs, ends the process anyway.
  setTimeout(() => process.exit(1), 10_000).unref();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  for (const worker of workers) worker.stop();
  await queue?.stop();
  await database?.close();
  logger.flush();
  process.exit(exitCode);
}

process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

start().catch((err: unknown) => {
  logger.fatal({ err }, 'start failed');
  void stop('start failure', 1);
});
