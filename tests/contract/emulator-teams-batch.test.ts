import { startEmulatorSession, graphFailure, type EmulatorSession } from '../fixtures/emulator-session';
import type { EmulatorPerson, EmulatorTeam } from '../../emulator/types';

let emu: EmulatorSession;
let team: EmulatorTeam;
let channelId: string;
let author: EmulatorPerson;

beforeAll(async () => {
  emu = await startEmulatorSession({ seed: 7 });
  team = emu.org.teams.find((t) => t.displayName === 'People & Learning') as EmulatorTeam;
  channelId = team.channels.find((c) => c.displayName === 'Peer coaching')?.id as string;
  author = emu.org.people[5] as EmulatorPerson;
});
afterAll(() => emu.close());
afterEach(() => emu.control('POST', 'reset'));

/** A channel message carrying one Adaptive Card, as the app posts a session summary. */
function cardMessage(overrides: { reference?: string; content?: unknown } = {}) {
  const card = {
    type: 'AdaptiveCard',
    version: '1.5',
    body: [{ type: 'TextBlock', text: 'Pod 3 highlights' }],
  };
  return {
    body: {
      contentType: 'html',
      content: `<attachment id="${overrides.reference ?? 'card-1'}"></attachment>`,
    },
    attachments: [
      {
        id: 'card-1',
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: overrides.content ?? JSON.stringify(card),
      },
    ],
  };
}

const messagesPath = () => `/teams/${team.id}/channels/${encodeURIComponent(channelId)}/messages`;

describe('emulated channels and messages', () => {
  it('when listing channels of a demo team, then the peer coaching channel is there', async () => {
    const res = (await emu
      .graph(await emu.appToken())
      .api(`/teams/${team.id}/channels`)
      .get()) as { value: { id: string; displayName: string }[] };
    expect(res.value.map((c) => c.displayName)).toEqual(expect.arrayContaining(['General', 'Peer coaching']));
  });

  it('when an app-only token posts to a channel, then 403: there is no application permission for it', async () => {
    const failure = await graphFailure(
      emu
        .graph(await emu.appToken())
        .api(messagesPath())
        .post(cardMessage()),
    );
    expect(failure.statusCode).toBe(403);
  });

  it('when a delegated token posts an Adaptive Card, then 201 from the user and readable back', async () => {
    const graph = emu.graph(await emu.delegatedToken(author));
    const created = (await graph.api(messagesPath()).post(cardMessage())) as {
      id: string;
      from: { user: { id: string } };
    };
    expect(created.from.user.id).toBe(author.id);
    const listed = (await graph.api(messagesPath()).get()) as { value: { id: string }[] };
    expect(listed.value.map((m) => m.id)).toEqual([created.id]);
    const control = await emu.control(
      'GET',
      `teams/${team.id}/channels/${encodeURIComponent(channelId)}/messages`,
    );
    expect((control.body as { value: { id: string }[] }).value.map((m) => m.id)).toEqual([created.id]);
  });

  it.each([
    ['the body references a missing attachment', cardMessage({ reference: 'card-2' })],
    ['the card content is an object, not a JSON string', cardMessage({ content: { type: 'AdaptiveCard' } })],
  ])('when %s, then 400', async (_case, message) => {
    const failure = await graphFailure(
      emu
        .graph(await emu.delegatedToken(author))
        .api(messagesPath())
        .post(message),
    );
    expect(failure.statusCode).toBe(400);
  });
});

describe('emulated $batch', () => {
  it('when a request depends on one that failed, then it gets 424 and independent ones still run', async () => {
    const res = (await emu
      .graph(await emu.appToken())
      .api('/$batch')
      .post({
        requests: [
          { id: '1', method: 'GET', url: '/users/no-such-person' },
          { id: '2', method: 'GET', url: `/users/${author.id}/manager`, dependsOn: ['1'] },
          { id: '3', method: 'GET', url: `/users/${author.id}` },
        ],
      })) as { responses: { id: string; status: number; body: { id?: string } }[] };
    const status = Object.fromEntries(res.responses.map((r) => [r.id, r.status]));
    expect(status).toEqual({ '1': 404, '2': 424, '3': 200 });
    expect(res.responses.find((r) => r.id === '3')?.body.id).toBe(author.id);
  });

  it('when a batch holds more than 20 requests, then 400', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: '/users?$top=1',
    }));
    const failure = await graphFailure(
      emu
        .graph(await emu.appToken())
        .api('/$batch')
        .post({ requests }),
    );
    expect(failure.statusCode).toBe(400);
  });

  it('when a batch runs, then the stats count the batch call and each request inside it', async () => {
    await emu.control('DELETE', 'stats');
    await emu
      .graph(await emu.appToken())
      .api('/$batch')
      .post({
        requests: [
          { id: 'a', method: 'GET', url: `/users/${author.id}` },
          { id: 'b', method: 'GET', url: `/users/${author.id}/mailboxSettings` },
        ],
      });
    const stats = (await emu.control('GET', 'stats')).body as {
      total: number;
      batchCalls: number;
      byOperation: Record<string, { count: number }>;
    };
    expect(stats).toMatchObject({ total: 3, batchCalls: 1 });
    expect(stats.byOperation.getUser?.count).toBe(1);
    expect(stats.byOperation.getMailboxSettings?.count).toBe(1);
  });
});

describe('emulated Outlook throttling and chaos', () => {
  it('when 5 requests hit one mailbox at once, then the fifth gets 429 with Retry-After', async () => {
    // Each answer is held 2 s so all five are in flight together, however slowly a busy machine sends them.
    await emu.control('POST', 'knobs', { latencyMs: { getMailboxSettings: 2000 } });
    const graph = emu.graph(await emu.appToken());
    const outcomes = await Promise.all(
      Array.from({ length: 5 }, () =>
        graph
          .api(`/users/${author.id}/mailboxSettings`)
          .get()
          .then(() => ({ statusCode: 200, retryAfter: null as string | null }))
          .catch((e: { statusCode: number; headers?: Headers }) => ({
            statusCode: e.statusCode,
            retryAfter: e.headers?.get('Retry-After') ?? null,
          })),
      ),
    );
    expect(outcomes.filter((o) => o.statusCode === 200)).toHaveLength(4);
    const throttled = outcomes.filter((o) => o.statusCode === 429);
    expect(throttled).toHaveLength(1);
    expect(Number(throttled[0]?.retryAfter)).toBeGreaterThan(0);
    const other = emu.org.people[6] as EmulatorPerson;
    expect(await graph.api(`/users/${other.id}/mailboxSettings`).get()).toHaveProperty('timeZone');
  });

  it('when the per-window limit is reached, then 429 until the window rolls on the emulator clock', async () => {
    await emu.control('POST', 'knobs', { throttling: { perWindow: 3, windowMs: 60_000 } });
    await emu.control('POST', 'clock', { now: '2025-03-03T09:00:00Z', frozen: true });
    const graph = emu.graph(await emu.appToken());
    for (let i = 0; i < 3; i++) await graph.api(`/users/${author.id}/mailboxSettings`).get();
    const failure = await graphFailure(graph.api(`/users/${author.id}/mailboxSettings`).get());
    expect([failure.statusCode, failure.code]).toEqual([429, 'ApplicationThrottled']);
    expect(Number(failure.headers?.get('Retry-After'))).toBe(60);
    await emu.control('POST', 'clock', { advanceMs: 61_000 });
    expect(await graph.api(`/users/${author.id}/mailboxSettings`).get()).toHaveProperty('timeZone');
  });

  it('when the chaos 503 rate is 1, then every Graph request answers 503 in the envelope', async () => {
    await emu.control('POST', 'knobs', { chaos: { rate503: 1 } });
    const failure = await graphFailure(
      emu
        .graph(await emu.appToken())
        .api('/users')
        .get(),
    );
    expect(failure.statusCode).toBe(503);
    expect(failure.headers?.get('Retry-After')).toBeTruthy();
  });
});
