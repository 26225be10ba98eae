import { GraphError, type EmulatorClock } from '../types';
import type { Knobs } from './knobs';

interface MailboxWindow {
  active: number;
  /** Start times (emulator clock) of requests inside the rolling window, oldest first. */
  starts: number[];
  head: number;
}

/** Outlook's per-app-per-mailbox limits: concurrent requests and requests per rolling window. */
export class MailboxLimiter {
  private readonly windows = new Map<string, MailboxWindow>();

  constructor(
    private readonly clock: EmulatorClock,
    private readonly knobs: () => Knobs,
  ) {}

  async run<T>(appId: string, mailboxId: string, work: () => Promise<T>): Promise<T> {
    const limits = this.knobs().throttling;
    if (!limits.enabled) return work();
    const key = `${appId.toLowerCase()}|${mailboxId.toLowerCase()}`;
    const w = this.windows.get(key) ?? { active: 0, starts: [], head: 0 };
    this.windows.set(key, w);
    const now = this.clock.now();
    while (w.head < w.starts.length && (w.starts[w.head] ?? 0) <= now - limits.windowMs) w.head++;
    if (w.head > 1024 && w.head * 2 > w.starts.length) {
      w.starts = w.starts.slice(w.head);
      w.head = 0;
    }
    if (w.active >= limits.concurrency) {
      throw new GraphError(429, 'ApplicationThrottled', 'Application is over its MailboxConcurrency limit.', {
        'Retry-After': '1',
      });
    }
    if (w.starts.length - w.head >= limits.perWindow) {
      const oldest = w.starts[w.head] ?? now;
      const retryAfter = Math.max(1, Math.ceil((oldest + limits.windowMs - now) / 1000));
      throw new GraphError(
        429,
        'ApplicationThrottled',
        'Application is over its mailbox request limit (per app per mailbox).',
        {
          'Retry-After': String(retryAfter),
        },
      );
    }
    w.starts.push(now);
    w.active++;
    try {
      return await work();
    } finally {
      w.active--;
    }
  }

  reset(): void {
    this.windows.clear();
  }
}
