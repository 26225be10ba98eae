import type { RemindersDeps } from '../use-cases/reminders/reminders-deps';
import { sendDueReminders } from '../use-cases/reminders/send-session-reminders';
import type { JobQueue } from './queue';

export const REMINDERS_QUEUE = 'session-reminders';

export interface ReminderJobOptions {
  /** Tenants to sweep on each run. */
  tenants: () => Promise<string[]>;
  /** Seconds between sweeps. */
  everySeconds?: number;
}

/**
 * Runs the reminder sweep as a pg-boss job that re-enqueues itself. Singleton keys keep replicas from stacking
 * sweeps, and each reminder is recorded as sent, so an overlapping or retried sweep sends nothing twice.
 */
export async function startReminderJobs(
  queue: JobQueue,
  deps: Pick<RemindersDeps, 'store' | 'bot' | 'cards' | 'clock' | 'logger'>,
  options: ReminderJobOptions,
): Promise<void> {
  const every = options.everySeconds ?? 300;
  await queue.work(REMINDERS_QUEUE, async () => {
    let sent = 0;
    let unreachable = 0;
    for (const tenantId of await options.tenants()) {
      const outcome = await sendDueReminders(deps, tenantId);
      sent += outcome.sent;
      unreachable += outcome.unreachable;
    }
    deps.logger.info({ sent, unreachable }, 'session reminders swept');
    await queue.send(
      REMINDERS_QUEUE,
      {},
      { startAfter: every, singletonKey: 'sweep-next', singletonSeconds: every },
    );
  });
  await queue.send(REMINDERS_QUEUE, {}, { singletonKey: 'sweep-start', singletonSeconds: every });
}
