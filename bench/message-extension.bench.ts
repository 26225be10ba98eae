import { DEMO_TENANT_ID } from '../emulator/demo-tenant';
import { anInvoke } from '../tests/fixtures/bot-activities';
import { givenSessionLoop, hoursFromNow } from '../tests/fixtures/session-loop-builders';
import { startTestStack } from '../tests/fixtures/test-stack';
import { median, percentile, type BenchFigure, type BenchSuite } from './bench-result';

const PODS = 50;
const WARMUP = 20;
const RUNS = 200;

/** "My pods" search through the signed /api/messages endpoint, for a member of 50 pods (PGlite, emulator keys). */
export const messageExtensionSuite: BenchSuite = {
  name: 'message-extension',
  async run(): Promise<BenchFigure[]> {
    const stack = await startTestStack({ logLevel: 'warn' });
    try {
      const people = stack.org.people;
      const user = people[0]!;
      const team = stack.org.teams[0]!;
      await givenSessionLoop(stack.database.db, DEMO_TENANT_ID, {
        owners: [people[1]!],
        channel: { teamId: team.id, channelId: team.channels[0]!.id },
        pods: Array.from({ length: PODS }, (_, i) => ({
          name: `Pod ${String(i + 1).padStart(2, '0')}`,
          members: [user, people[2 + (i % 40)]!, people[42 + (i % 40)]!],
          starts: Array.from({ length: 6 }, (_, k) => hoursFromNow(-48 + 24 * 14 * k + i)),
        })),
      });
      const tokenRes = await stack.control('/bot/activity-token', {
        serviceUrl: `${stack.emulatorUrl}/botconnector/`,
      });
      const { token } = (await tokenRes.json()) as { token: string };
      const query = () =>
        fetch(`${stack.apiUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(
            anInvoke(stack, user, 'composeExtension/query', {
              commandId: 'myPods',
              parameters: [{ name: 'initialRun', value: 'true' }],
            }),
          ),
        });
      let results = 0;
      const times: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i++) {
        const started = performance.now();
        const res = await query();
        const body = (await res.json()) as { composeExtension?: { attachments: unknown[] } };
        if (i >= WARMUP) times.push(performance.now() - started);
        if (res.status !== 200 || !body.composeExtension) throw new Error(`query answered ${res.status}`);
        results = body.composeExtension.attachments.length;
      }
      return [
        {
          name: `ME query "My pods", ${PODS} pods, median of ${RUNS}`,
          value: median(times),
          unit: 'ms',
          note: 'goal < 300 ms',
        },
        {
          name: `ME query "My pods", ${PODS} pods, p95`,
          value: percentile(times, 95),
          unit: 'ms',
          note: 'goal < 300 ms',
        },
        { name: 'cards returned (capped per response)', value: results, unit: 'cards' },
      ];
    } finally {
      await stack.close();
    }
  },
};
