import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { UpstreamError } from '../../../api/errors';
import { statusOf } from '../../../api/http/problem';
import { createGraphGateway, type GraphClientOptions } from '../../../api/graph/graph-client';
import { retryAfterMs } from '../../../api/graph/retry-middleware';
import type { Caller, TokenProvider } from '../../../api/ports';
import { connectionBackInPool, givenResettingServer } from '../../fixtures/resetting-server';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A tiny stand-in for Graph on 127.0.0.1:0 whose answers each test scripts. */
async function givenServer(handler: Handler): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1.0`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const tokens: TokenProvider = {
  getOnBehalfOfToken: async (caller) => `obo-for-${caller.userId}`,
  getAppToken: async (tenantId) => `app-for-${tenantId}`,
};

const caller: Caller = { tenantId: 't-1', userId: 'u-1', upn: 'ada@contoso.test', name: 'Ada', token: 'sso' };
const asApp = { as: 'app', tenantId: 't-1' } as const;
const Any = z.object({ ok: z.boolean() }).loose();

/** A retry sleep that only notes how long it was asked to wait. */
const recordSleep = (slept: number[]) => async (ms: number) => void slept.push(ms);

function gateway(url: string, overrides: Partial<GraphClientOptions> = {}) {
  return createGraphGateway({
    baseUrl: url,
    tokens,
    retry: { baseDelayMs: 10, maxDelayMs: 50 },
    ...overrides,
  });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'graph-req-1', ...headers });
  res.end(JSON.stringify(body));
}

describe('Graph middleware chain', () => {
  it('when Graph answers 429 with Retry-After, then the call waits that long and succeeds on the retry', async () => {
    let calls = 0;
    const server = await givenServer((_req, res) => {
      calls++;
      if (calls === 1) json(res, 429, { error: { code: 'TooManyRequests' } }, { 'retry-after': '1' });
      else json(res, 200, { ok: true });
    });
    try {
      const slept: number[] = [];
      const answer = await gateway(server.url, { retry: { sleep: recordSleep(slept) } }).call({
        acting: asApp,
        path: '/users/u-1',
        schema: Any,
      });
      expect(answer.ok).toBe(true);
      expect(calls).toBe(2);
      expect(slept).toEqual([1000]);
    } finally {
      await server.close();
    }
  });

  it('when Graph keeps answering 503, then the call gives up after the attempt limit with a 503 upstream error', async () => {
    let calls = 0;
    const server = await givenServer((_req, res) => {
      calls++;
      json(res, 503, { error: { code: 'serviceNotAvailable', innerError: { 'request-id': 'r-503' } } });
    });
    try {
      const error = await gateway(server.url, { retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 10 } })
        .call({ acting: asApp, path: '/users/u-1', schema: Any })
        .catch((e: unknown) => e);
      expect(calls).toBe(3);
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({
        upstream: { status: 503, code: 'serviceNotAvailable', requestId: 'r-503' },
      });
      expect(statusOf(error as UpstreamError)).toBe(503);
    } finally {
      await server.close();
    }
  });

  it('when Retry-After exceeds the time budget, then the call fails at once instead of waiting', async () => {
    let calls = 0;
    const server = await givenServer((_req, res) => {
      calls++;
      json(res, 429, { error: { code: 'ApplicationThrottled' } }, { 'retry-after': '120' });
    });
    try {
      const slept: number[] = [];
      const error = await gateway(server.url, { retry: { budgetMs: 5_000, sleep: recordSleep(slept) } })
        .call({ acting: asApp, path: '/users/u-1', schema: Any })
        .catch((e: unknown) => e);
      expect(calls).toBe(1);
      expect(slept).toEqual([]);
      expect(error).toMatchObject({ code: 'graph_throttled', retryAfter: '120' });
      expect(statusOf(error as UpstreamError)).toBe(503);
    } finally {
      await server.close();
    }
  });

  it('when Graph refuses with 403, then the error keeps status, code and request id and is not retried', async () => {
    let calls = 0;
    const server = await givenServer((_req, res) => {
      calls++;
      json(res, 403, { error: { code: 'ErrorAccessDenied', message: 'raw internal text' } });
    });
    try {
      const error = await gateway(server.url)
        .call({ acting: asApp, path: '/users/u-1/mailboxSettings', schema: Any })
        .catch((e: unknown) => e);
      expect(calls).toBe(1);
      expect(error).toMatchObject({
        upstream: { status: 403, code: 'ErrorAccessDenied', requestId: 'graph-req-1' },
      });
      expect(statusOf(error as UpstreamError)).toBe(502);
      expect((error as Error).message).not.toContain('raw internal text');
    } finally {
      await server.close();
    }
  });

  it('when a call acts as the user or as the app, then the matching token is sent', async () => {
    const seen: string[] = [];
    const server = await givenServer((req, res) => {
      seen.push(String(req.headers.authorization));
      json(res, 200, { ok: true });
    });
    try {
      const graph = gateway(server.url);
      await graph.call({ acting: { as: 'user', caller }, path: '/me', schema: Any });
      await graph.call({ acting: asApp, path: '/users/u-1', schema: Any });
      expect(seen).toEqual(['Bearer obo-for-u-1', 'Bearer app-for-t-1']);
    } finally {
      await server.close();
    }
  });

  it('when the answer lacks a field we depend on, then an upstream error says the shape was unexpected', async () => {
    const server = await givenServer((_req, res) => json(res, 200, { nope: 1 }));
    try {
      const error = await gateway(server.url)
        .call({ acting: asApp, path: '/users/u-1', schema: z.object({ id: z.string() }) })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UpstreamError);
      expect((error as Error).message).toMatch(/unexpected shape/);
    } finally {
      await server.close();
    }
  });

  it('when 12 calls hit one mailbox at once, then at most 4 are in flight there while other mailboxes proceed', async () => {
    // Answers are held until a mailbox has as many calls in flight as it can get (4 of organizer-a's 12, all 3 of
    // organizer-b's), so the peak does not depend on how fast the calls arrive.
    const fullAt: Record<string, number> = { 'organizer-a': 4, 'organizer-b': 3 };
    const held = new Map<string, ServerResponse[]>();
    const inFlight = new Map<string, number>();
    const peak = new Map<string, number>();
    const server = await givenServer((req, res) => {
      const mailbox = String(req.url).split('/')[3] ?? '';
      inFlight.set(mailbox, (inFlight.get(mailbox) ?? 0) + 1);
      peak.set(mailbox, Math.max(peak.get(mailbox) ?? 0, inFlight.get(mailbox)!));
      const waiting = [...(held.get(mailbox) ?? []), res];
      if (waiting.length < (fullAt[mailbox] ?? 1)) return void held.set(mailbox, waiting);
      held.set(mailbox, []);
      // A limiter that let more through would have them arrive before these answers go out.
      setTimeout(() => {
        inFlight.set(mailbox, inFlight.get(mailbox)! - waiting.length);
        for (const r of waiting) json(r, 200, { ok: true });
      }, 20);
    });
    try {
      const graph = gateway(server.url);
      const call = (mailbox: string) =>
        graph.call({ acting: asApp, path: `/users/${mailbox}/events`, mailbox, schema: Any });
      await Promise.all([
        ...Array.from({ length: 12 }, () => call('organizer-a')),
        ...Array.from({ length: 3 }, () => call('organizer-b')),
      ]);
      expect(peak.get('organizer-a')).toBe(4);
      expect(peak.get('organizer-b')).toBe(3);
    } finally {
      await server.close();
    }
  });

  it('when Graph cannot be reached, then a 502 upstream error answers', async () => {
    const server = await givenServer((_req, res) => json(res, 200, {}));
    await server.close();
    const error = await gateway(server.url)
      .call({ acting: asApp, path: '/users/u-1', schema: Any })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ upstream: { service: 'graph', status: undefined } });
    expect(statusOf(error as UpstreamError)).toBe(502);
  });
});

describe('Graph calls on a connection the server reset', () => {
  const postEvent = (graph: ReturnType<typeof gateway>) =>
    graph.call({ acting: asApp, method: 'POST', path: '/users/u-1/events', body: {}, schema: Any });

  async function secondCallOnReusedConnection(
    second: (graph: ReturnType<typeof gateway>) => Promise<unknown>,
  ) {
    const server = await givenResettingServer((req, res) => {
      req.resume();
      req.on('end', () => json(res, 200, { ok: true }));
    });
    try {
      const graph = gateway(`${server.url}/v1.0`);
      await graph.call({ acting: asApp, path: '/users/u-1', schema: Any });
      await connectionBackInPool();
      const outcome = await second(graph).catch((e: unknown) => e);
      return { outcome, requests: server.requests.map((r) => `${r.method}${r.reset ? ' (reset)' : ''}`) };
    } finally {
      await server.close();
    }
  }

  it('when a GET meets the reset, then it is sent again on a new connection and answers', async () => {
    const { outcome, requests } = await secondCallOnReusedConnection((graph) =>
      graph.call({ acting: asApp, path: '/users/u-2', schema: Any }),
    );
    expect(outcome).toEqual({ ok: true });
    expect(requests).toEqual(['GET', 'GET (reset)', 'GET']);
  });

  it('when a POST that only reads meets the reset, then it is sent again', async () => {
    const { outcome, requests } = await secondCallOnReusedConnection((graph) =>
      graph.call({
        acting: asApp,
        method: 'POST',
        path: '/users/u-1/calendar/getSchedule',
        body: { schedules: ['u-1'] },
        retryUnanswered: true,
        schema: Any,
      }),
    );
    expect(outcome).toEqual({ ok: true });
    expect(requests).toEqual(['GET', 'POST (reset)', 'POST']);
  });

  it('when a POST that creates meets the reset, then it is not sent again and a 502 upstream error answers', async () => {
    const { outcome, requests } = await secondCallOnReusedConnection(postEvent);
    expect(outcome).toMatchObject({ upstream: { service: 'graph', status: undefined } });
    expect(statusOf(outcome as UpstreamError)).toBe(502);
    expect(requests).toEqual(['GET', 'POST (reset)']);
  });
});

describe('retryAfterMs', () => {
  it.each([
    ['3', 3000],
    ['0', 0],
    [null, undefined],
    ['soon', undefined],
    ['Wed, 21 Oct 2015 07:28:05 GMT', 5000],
  ])('when Retry-After is %p, then the wait is %p ms', (header, expected) => {
    expect(retryAfterMs(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(expected);
  });
});
