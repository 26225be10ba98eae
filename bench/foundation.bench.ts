import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_TENANT_ID, PEERPODS_CLIENT_ID, PEERPODS_CLIENT_SECRET } from '../emulator/demo-tenant';
import { startEmulator } from '../emulator/server';
import { median, percentile, type BenchFigure, type BenchSuite } from './bench-result';
import { repeatableCall } from './repeatable-call';

/** A free loopback port. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Resident memory in MB of a process and all its descendants, from /proc. */
function treeRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let kb = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return kb / 1024;
}

/** Runs `npm start`'s script until it prints that it is ready; returns seconds to ready and the tree's RSS. */
async function timeStart(dataDir: string): Promise<{ seconds: number; rssMb: number }> {
  const [port, emulatorPort] = [await freePort(), await freePort()];
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      EMULATOR_PORT: String(emulatorPort),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('PeerPods is ready')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}: ${out}`)));
    });
    const seconds = (performance.now() - started) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 1000)); // let start-up garbage settle before reading RSS
    return { seconds, rssMb: treeRssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}

/** A bare Node process that loads tsx: the floor any TypeScript entry pays. */
async function timeBareTsx(): Promise<number> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) =>
    spawn(process.execPath, ['--import', 'tsx', '-e', '0'], { stdio: 'ignore' }).once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`tsx exited ${code}`)),
    ),
  );
  return (performance.now() - started) / 1000;
}

async function appToken(emulatorUrl: string): Promise<string> {
  const answer = await repeatableCall<{ access_token: string }>(
    'POST',
    `${emulatorUrl}/${DEMO_TENANT_ID}/oauth2/v2.0/token`,
    new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: PEERPODS_CLIENT_ID,
      client_secret: PEERPODS_CLIENT_SECRET,
      scope: 'https://graph.microsoft.com/.default',
    }),
  );
  return answer.access_token;
}

/** Median and p95 of getSchedule for 20 people over 61 days at 15-minute intervals, latency knob at zero. */
async function timeGetSchedule(): Promise<BenchFigure[]> {
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
  try {
    const token = await appToken(emulator.url);
    const people = emulator.org.people.slice(0, 20).map((p) => p.mail);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const body = JSON.stringify({
      schedules: people,
      startTime: { dateTime: '2026-03-02T00:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-05-02T00:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 15,
    });
    const timed = async (url: string, init: RequestInit) => {
      const t = performance.now();
      const res = await fetch(url, init);
      if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
      return performance.now() - t;
    };
    const schedule = () =>
      timed(`${emulator.url}/v1.0/users/${people[0]}/calendar/getSchedule`, {
        method: 'POST',
        headers,
        body,
      });
    const metadata = () =>
      timed(`${emulator.url}/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`, {});
    for (let i = 0; i < 5; i++) await schedule(); // warm-up
    const scheduleMs: number[] = [];
    const baselineMs: number[] = [];
    for (let i = 0; i < 40; i++) {
      scheduleMs.push(await schedule());
      baselineMs.push(await metadata());
    }
    const ratio = median(scheduleMs) / median(baselineMs);
    return [
      {
        name: 'emulator getSchedule, 20 people x 61 days @15 min: median',
        value: median(scheduleMs),
        unit: 'ms',
        note: `${ratio.toFixed(1)}x an empty round trip`,
      },
      {
        name: 'emulator getSchedule, 20 people x 61 days @15 min: p95',
        value: percentile(scheduleMs, 95),
        unit: 'ms',
      },
      { name: 'baseline: emulator metadata round trip, median', value: median(baselineMs), unit: 'ms' },
    ];
  } finally {
    await emulator.close();
  }
}

export const foundationSuite: BenchSuite = {
  name: 'foundation',
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), 'peerpods-bench-start-'));
    try {
      const bare = await timeBareTsx();
      const fresh = await timeStart(join(dataDir, 'pglite'));
      const warm = await timeStart(join(dataDir, 'pglite'));
      return [
        { name: 'npm start to ready, fresh data directory (migrations)', value: fresh.seconds, unit: 's' },
        {
          name: 'npm start to ready, existing data directory',
          value: warm.seconds,
          unit: 's',
          note: `${(warm.seconds / bare).toFixed(1)}x a bare tsx start`,
        },
        { name: 'baseline: bare node + tsx start', value: bare, unit: 's' },
        { name: 'RSS after start: emulator + API + PGlite (process tree)', value: warm.rssMb, unit: 'MB' },
        ...(await timeGetSchedule()),
      ];
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
