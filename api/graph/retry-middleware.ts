import { ChainedMiddleware } from './chained-middleware';
import { callOptionsOf, type GraphContext } from './graph-call-options';

export interface RetryPolicy {
  /** Total tries, the first included. */
  maxAttempts: number;
  /** No retry starts once this much time has gone since the first try. */
  budgetMs: number;
  /** First backoff when the answer has no Retry-After; doubles each attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  budgetMs: 60_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

const RETRYABLE = new Set([429, 503, 504]);
/**
 * How Node's fetch reports a connection that broke before an answer came: reset by the server, written to after the
 * server closed it, or closed by the other side (undici's own code).
 */
const CONNECTION_BROKEN = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

export interface RetryDependencies {
  sleep?: (ms: number) => Promise<void>;
  /** 0 ≤ x < 1, for jitter. */
  random?: () => number;
  now?: () => number;
}

/**
 * Retries throttled and unavailable answers (429, 503, and 504 for requests safe to repeat), waiting what `Retry-After` asks or, when it is
 * absent, an exponential backoff with full jitter, within a number of attempts and a time budget. A request whose
 * connection broke before any answer (typically a kept-alive connection the server closed as it was reused) is, like
 * a 504, unanswered: it is sent again only when it is safe to repeat.
 */
export class RetryMiddleware extends ChainedMiddleware {
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly now: () => number;

  constructor(
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    dependencies: RetryDependencies = {},
  ) {
    super();
    this.sleep = dependencies.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = dependencies.random ?? Math.random;
    this.now = dependencies.now ?? Date.now;
  }

  protected async handle(context: GraphContext): Promise<void> {
    const started = this.now();
    const options = callOptionsOf(context);
    for (let attempt = 1; ; attempt++) {
      if (options) options.attempts = attempt;
      try {
        await this.forward(context);
      } catch (error) {
        const delay = this.backoff(attempt);
        const again =
          connectionBroke(error) &&
          options?.retryUnanswered === true &&
          attempt < this.policy.maxAttempts &&
          this.now() + delay - started <= this.policy.budgetMs;
        if (!again) throw error;
        await this.sleep(delay);
        continue;
      }
      const response = context.response;
      if (!response || !RETRYABLE.has(response.status) || attempt >= this.policy.maxAttempts) return;
      // The work behind a 504 may have been done: a request that is not safe to repeat gets the 504 instead.
      if (response.status === 504 && options && !options.retryUnanswered) return;
      const delay = retryAfterMs(response.headers.get('retry-after'), this.now()) ?? this.backoff(attempt);
      // Waiting past the budget would only hold the user's request; the caller gets the 429/503 instead.
      if (this.now() + delay - started > this.policy.budgetMs) return;
      await response.body?.cancel();
      await this.sleep(delay);
    }
  }

  private backoff(attempt: number): number {
    const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return Math.round(this.random() * ceiling);
  }
}

/** fetch rejects with a TypeError whose cause carries the socket's error code. */
function connectionBroke(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return typeof code === 'string' && CONNECTION_BROKEN.has(code);
}

/** Milliseconds a `Retry-After` header asks for (delay-seconds or HTTP-date), or undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, nowMs: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
