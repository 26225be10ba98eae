import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { composeApp, createAdapters } from '../api/compose';
import { loadConfig } from '../api/config';
import { listen } from '../api/http/listen';
import { createLogger } from '../api/logger';
import { migrateToLatest, openDatabase } from '../api/store';
import { DEMO_TENANT_ID } from '../emulator/demo-tenant';
import { startEmulator } from '../emulator/server';
import { givenSessionLoop, hoursFromNow } from '../tests/fixtures/session-loop-builders';
import { offlineEnv } from '../tests/fixtures/test-stack';
import type { BenchFigure, BenchSuite } from './bench-result';
import { repeatableCall } from './repeatable-call';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MEMBERS = 200;
const POD_SIZE = 4;
const DURATION_S = 10;

/** 200 members submitting check-outs at once (PUT, each editing their own), API on PostgreSQL, loopback. */
export const checkoutThroughputSuite: BenchSuite = {
  name: 'checkout-throughput',
  async run(): Promise<BenchFigure[]> {
    const name = `peerpods_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    await admin((client) => client.query(`create database ${name}`));
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    const emulator = await startEmulator({ port: 0, host: '127.0.0.1', size: 400 });
    const database = await openDatabase({ databaseUrl: url.toString(), maxConnections: 20 });
    let server: Server | undefined;
    try {
      await migrateToLatest(database);
      const config = loadConfig({ ...offlineEnv(emulator.url, 'warn'), DATABASE_URL: url.toString() });
      const logger = createLogger({ level: 'warn' });
      const app = composeApp({
        config,
        logger,
        database,
        adapters: createAdapters(config),
        migrated: () => true,
      });
      server = await listen(app, 0, '127.0.0.1');
      const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

      const members = emulator.org.people.slice(0, MEMBERS);
      const team = emulator.org.teams[0]!;
      const cohort = await givenSessionLoop(database.db, DEMO_TENANT_ID, {
        owners: [emulator.org.people[MEMBERS]!],
        channel: { teamId: team.id, channelId: team.channels[0]!.id },
        pods: Array.from({ length: MEMBERS / POD_SIZE }, (_, i) => ({
          members: members.slice(i * POD_SIZE, (i + 1) * POD_SIZE),
          starts: [hoursFromNow(-1)],
        })),
      });
      const requests = await Promise.all(
        members.map(async (member, i) => {
          const { access_token: token } = await repeatableCall<{ access_token: string }>(
            'POST',
            `${emulator.url}/_emulator/sso-token`,
            { userPrincipalName: member.userPrincipalName },
          );
          const session = cohort.pods[Math.floor(i / POD_SIZE)]!.sessionIds[0]!;
          return {
            method: 'PUT',
            path: `/api/sessions/${session}/check-out`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              insight: `Insight ${i}: listen before advising`,
              commitment: `Commitment ${i}: one small step`,
              shareable: i % 2 === 0,
            }),
          };
        }),
      );
      let next = 0;
      const result = await autocannon({
        url: apiUrl,
        connections: MEMBERS,
        duration: DURATION_S,
        setupClient: (client) => client.setRequest(requests[next++ % requests.length]!),
      });
      const saved = await database.db
        .selectFrom('checkouts')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .executeTakeFirstOrThrow();
      return [
        {
          name: `PUT check-out, ${MEMBERS} concurrent members, throughput`,
          value: result.requests.average,
          unit: 'req/s',
          note: `PostgreSQL, ${DURATION_S} s, loopback`,
        },
        { name: 'PUT check-out latency p50', value: result.latency.p50, unit: 'ms' },
        { name: 'PUT check-out latency p99', value: result.latency.p99, unit: 'ms' },
        {
          name: 'non-2xx responses + errors + timeouts',
          value: result.non2xx + result.errors + result.timeouts,
          unit: 'count',
        },
        { name: 'check-outs stored (one per member, edits replace)', value: Number(saved.n), unit: 'rows' },
      ];
    } finally {
      await new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await database.close();
      await emulator.close();
      await admin((client) => client.query(`drop database if exists ${name} with (force)`));
    }
  },
};

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
