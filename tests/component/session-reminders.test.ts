import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createAdapters } from '../../api/compose';
import { startReminderJobs } from '../../api/jobs/session-reminders';
import { startQueue, type JobQueue } from '../../api/jobs/queue';
import { createLogger } from '../../api/logger';
import { tenantsReachableByBot } from '../../api/store/repositories/reminder-repository';
import { scoped } from '../../api/store/scoped';
import { sendDueReminders } from '../../api/use-cases/reminders/send-session-reminders';
import { DEMO_TENANT_ID } from '../../emulator/demo-tenant';
import type { EmulatorPerson } from '../../emulator/types';
import { anInvoke, deliver, teamsIdOf } from '../fixtures/bot-activities';
import { eventually } from '../fixtures/eventually';
import { givenSessionLoop, hoursFromNow, type GivenCohort } from '../fixtures/session-loop-builders';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

interface Sent {
  conversationId: string;
  kind: string;
  activity: { text?: string; attachments?: { content: unknown }[] };
}
interface Created {
  id: string;
  request: { members?: { id: string }[]; tenantId?: string };
}

let stack: TestStack;
let members: EmulatorPerson[];
let cohort: GivenCohort;
let deps: Parameters<typeof startReminderJobs>[1];
let now = Date.now();

const botLog = async () =>
  (await (await fetch(`${stack.emulatorUrl}/_emulator/bot/activities`)).json()) as {
    value: Sent[];
    conversations: Created[];
  };
const clearBotLog = () => fetch(`${stack.emulatorUrl}/_emulator/bot/activities`, { method: 'DELETE' });
const conversationOf = async (person: EmulatorPerson) =>
  (await botLog()).conversations.find((c) => c.request.members?.[0]?.id === teamsIdOf(person))?.id;

beforeAll(async () => {
  stack = await startTestStack();
  members = stack.org.people.filter((p) => p.level <= 3).slice(0, 3);
  const team = stack.org.teams[0]!;
  // Session 1 ended three hours ago; session 2 starts in 30 minutes.
  cohort = await givenSessionLoop(stack.database.db, DEMO_TENANT_ID, {
    owners: [stack.org.people[10]!],
    channel: { teamId: team.id, channelId: team.channels[0]!.id },
    pods: [{ name: 'Pod Nimbus', members, starts: [hoursFromNow(-5), hoursFromNow(0.5)] }],
  });
  // Members 0 and 1 have used the bot, so their Teams ids are known; member 2 never has.
  for (const member of members.slice(0, 2))
    await deliver(
      stack,
      anInvoke(stack, member, 'composeExtension/query', { commandId: 'myPods', parameters: [] }),
    );
  const token = await stack.signIn(members[0]!.userPrincipalName);
  await stack.api(`/api/sessions/${cohort.pods[0]!.sessionIds[0]}/check-out`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ insight: 'Name the fear', commitment: 'Draft the proposal by Tuesday' }),
    token,
  });
  const adapters = createAdapters(stack.config);
  deps = {
    store: (t) => scoped(stack.database.db, t),
    bot: adapters.bot,
    cards: adapters.cards,
    clock: { now: () => now },
    logger: createLogger({ level: 'silent' }),
  };
});

afterAll(async () => {
  await stack?.close();
});

describe('session reminders', () => {
  it('when reminders are due, then each reachable member gets one in a 1:1 chat opened through the connector, with their commitment', async () => {
    await clearBotLog();
    const outcome = await sendDueReminders(deps, DEMO_TENANT_ID);
    // Before session 2: members 0 and 1. After session 1: member 1 (member 0 checked out). Member 2 is unreachable twice.
    expect(outcome).toEqual({ sent: 3, unreachable: 2 });
    const log = await botLog();
    const first = await conversationOf(members[0]!);
    const second = await conversationOf(members[1]!);
    expect(log.conversations.map((c) => c.request.tenantId)).toEqual([DEMO_TENANT_ID, DEMO_TENANT_ID]);
    const to = (id: string | undefined) =>
      log.value.filter((a) => a.conversationId === id).map((a) => JSON.stringify(a.activity));
    expect(to(first)).toHaveLength(1);
    expect(to(first)[0]).toContain('Your commitment from last time: Draft the proposal by Tuesday');
    expect(to(second)).toHaveLength(2);
    expect(to(second).join()).toContain('You have no open commitment from last time.');
    expect(to(second).join()).toContain('Record your check-out');
    expect(log.value.every((a) => !JSON.stringify(a).includes('Name the fear'))).toBe(true);
  });

  it('when the sweep runs again, then nobody is reminded twice and the 1:1 chats are reused', async () => {
    await clearBotLog();
    expect(await sendDueReminders(deps, DEMO_TENANT_ID)).toEqual({ sent: 0, unreachable: 2 });
    expect((await botLog()).value).toHaveLength(0);
  });

  it('when the reminder job runs on the queue, then the sweep reaches the connector', async () => {
    await stack.database.db.deleteFrom('reminders_sent').execute();
    await clearBotLog();
    const queue: JobQueue = await startQueue(stack.database, deps.logger, { pollingIntervalSeconds: 0.5 });
    try {
      await startReminderJobs(queue, deps, {
        tenants: () => tenantsReachableByBot(stack.database.db),
        everySeconds: 3600,
      });
      const sent = await eventually(botLog, (log) => log.value.length >= 3);
      expect(sent.value).toHaveLength(3);
    } finally {
      await queue.stop();
    }
  });

  it('when time moves past the next session without a check-out, then the after-reminder follows', async () => {
    await clearBotLog();
    now = hoursFromNow(3);
    const outcome = await sendDueReminders(deps, DEMO_TENANT_ID);
    // Session 2 ended: members 0 and 1 are reminded to check out.
    expect(outcome.sent).toBe(2);
    const texts = (await botLog()).value.map((a) => a.activity.text);
    expect(texts).toEqual(['Pod Nimbus: record your check-out', 'Pod Nimbus: record your check-out']);
  });
});
