import { ChainedMiddleware } from './chained-middleware';
import { callOptionsOf, type GraphContext } from './graph-call-options';

/** Outlook allows 4 concurrent requests per app per mailbox; more earn 429s (MailboxConcurrency). */
export const OUTLOOK_CONCURRENCY_PER_MAILBOX = 4;

/** A counting semaphore per key with FIFO waiters; idle keys are forgotten. */
export class KeyedLimiter {
  private readonly slots = new Map<string, { active: number; waiting: (() => void)[] }>();

  constructor(private readonly limit: number) {}

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(key);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  /** Requests in flight for a key. */
  active(key: string): number {
    return this.slots.get(key)?.active ?? 0;
  }

  private acquire(key: string): Promise<void> {
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { active: 0, waiting: [] };
      this.slots.set(key, slot);
    }
    if (slot.active < this.limit) {
      slot.active++;
      return Promise.resolve();
    }
    const queue = slot.waiting;
    return new Promise((resolve) => queue.push(resolve));
  }

  private release(key: string): void {
    const slot = this.slots.get(key);
    if (!slot) return;
    const next = slot.waiting.shift();
    // The slot passes straight to the next waiter, so `active` stays the same.
    if (next) next();
    else if (--slot.active === 0) this.slots.delete(key);
  }
}

/**
 * Holds each Outlook call to at most 4 in flight per mailbox, so this app never trips the mailbox
 * concurrency limit itself. It sits inside the retry middleware: a request waiting out a Retry-After holds
 * no slot. The limit is per process; several instances share it only through Graph's own 429s.
 */
export class MailboxLimiterMiddleware extends ChainedMiddleware {
  constructor(private readonly limiter = new KeyedLimiter(OUTLOOK_CONCURRENCY_PER_MAILBOX)) {
    super();
  }

  protected async handle(context: GraphContext): Promise<void> {
    const mailbox = callOptionsOf(context)?.mailbox;
    if (!mailbox) return this.forward(context);
    await this.limiter.run(mailbox.toLowerCase(), () => this.forward(context));
  }
}
