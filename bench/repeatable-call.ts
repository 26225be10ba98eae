import { Agent, RetryAgent, request } from 'undici';

/**
 * Sends the bench's own setup calls: the emulator's control API (a reset, knobs set to values, stats) and tokens.
 * Each is safe to send twice, so when its connection breaks before an answer (typically a kept-alive connection
 * that a server closed just as the bench reused it after a long step) undici's RetryAgent sends it again instead of
 * ending the run. What a suite measures goes through PeerPods' own clients, which make that choice themselves.
 */
const dispatcher = new RetryAgent(new Agent(), {
  methods: ['GET', 'POST'],
  errorCodes: ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'],
  // Status codes are answers, not broken connections: the bench reports them.
  statusCodes: [],
  maxRetries: 3,
  minTimeout: 50,
});

/** `body`: sent as JSON, or as a form when it is URLSearchParams. Throws on an error status; returns the JSON answer. */
export async function repeatableCall<T = unknown>(
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
): Promise<T> {
  const form = body instanceof URLSearchParams;
  const res = await request(url, {
    method,
    dispatcher,
    headers:
      body === undefined
        ? {}
        : { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
    body: body === undefined ? undefined : form ? body.toString() : JSON.stringify(body),
  });
  const text = await res.body.text();
  if (res.statusCode >= 400) throw new Error(`${method} ${url}: ${res.statusCode} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}
