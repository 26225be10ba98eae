import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { ensureTabBuild } from './tab-build';

/**
 * `npm start`: the whole app offline. Starts the emulated Microsoft 365 tenant and the API (on PGlite)
 * as two processes, wired by env/.env.local, waits until both answer, and prints the URL to open.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LOCAL_EMULATOR = 'http://127.0.0.1:4010';

function readEnvFile(path: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match) env[match[1]!] = match[2]!;
  }
  return env;
}

/** env/.env.local with the emulator's base URL swapped for the port in use; the shell's variables win. */
function offlineEnv(emulatorUrl: string, apiPort: string): Record<string, string> {
  const file = readEnvFile(join(root, 'env/.env.local'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(file)) env[key] = value.replaceAll(LOCAL_EMULATOR, emulatorUrl);
  env.PORT = apiPort;
  env.PUBLIC_URL = `http://localhost:${apiPort}`;
  for (const key of Object.keys(file))
    if (process.env[key] !== undefined && key !== 'PORT') env[key] = process.env[key]!;
  return env;
}

function run(name: string, script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? `exit ${code}`}); shutting down.`);
      void stop(1);
    }
  });
  return child;
}

async function waitFor(url: string, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}

/**
 * The emulator keeps its state (events, channel messages, conversations, consents) beside PGlite's folder, so a
 * restart finds Outlook and Teams as PeerPods left them. `npm start -- --reset` empties both; a database folder
 * that is gone takes the emulator's state with it, so the two never disagree.
 */
function emulatorStateDir(env: Record<string, string>): string | undefined {
  const dataDir = env.DATA_DIR;
  if (!dataDir || dataDir === 'memory') return undefined;
  const pglite = resolve(root, dataDir);
  const state = join(dirname(pglite), 'emulator');
  const usesPglite = !env.DATABASE_URL;
  if (process.argv.includes('--reset')) {
    if (usesPglite) rmSync(pglite, { recursive: true, force: true });
    rmSync(state, { recursive: true, force: true });
    console.log(`Reset: ${usesPglite ? `${dataDir} and ` : ''}the emulator's state start empty.`);
  } else if (usesPglite && !existsSync(pglite)) {
    rmSync(state, { recursive: true, force: true });
  }
  return state;
}

let stopping = false;
const children: ChildProcess[] = [];
async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map(
      (c) => new Promise((resolve) => (c.exitCode !== null ? resolve(null) : c.once('exit', resolve))),
    ),
  );
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

async function main(): Promise<void> {
  const started = performance.now();
  const emulatorPort = process.env.EMULATOR_PORT ?? '4010';
  const apiPort = process.env.PORT ?? '3978';
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  const appUrl = `http://localhost:${apiPort}`;
  const env = offlineEnv(emulatorUrl, apiPort);
  // The tab builds (when src/ changed) while the emulator starts; TAB_DIST_DIR set in the shell skips it.
  const tabDist = env.TAB_DIST_DIR ? Promise.resolve(env.TAB_DIST_DIR) : ensureTabBuild(root);
  const stateDir = emulatorStateDir(env);

  children.push(
    run('emulator', 'emulator/main.ts', {
      EMULATOR_PORT: emulatorPort,
      EMULATOR_BOT_ENDPOINT: process.env.EMULATOR_BOT_ENDPOINT ?? `http://127.0.0.1:${apiPort}/api/messages`,
      ...(stateDir ? { EMULATOR_STATE_DIR: stateDir } : {}),
    }),
  );
  await waitFor(`${emulatorUrl}/_emulator/people`, 'The emulator');
  env.TAB_DIST_DIR = await tabDist;
  children.push(run('api', 'api/main.ts', env));
  await waitFor(`http://127.0.0.1:${apiPort}/readyz`, 'The API');

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\nPeerPods is ready in ${seconds} s (offline: emulated Microsoft 365 tenant, PGlite in ${env.DATA_DIR}).`,
  );
  console.log(`  Open ${appUrl}`);
  console.log(
    `  Sign in as a demo person: ${emulatorUrl}/signin?redirect_uri=${encodeURIComponent(appUrl + '/')}`,
  );
  console.log('  Stop with Ctrl+C.');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  void stop(1);
});
