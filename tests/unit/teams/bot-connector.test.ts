import { statusOf } from '../../../api/http/problem';
import type { UpstreamError } from '../../../api/errors';
import { TeamsBotConnector } from '../../../api/teams/bot-connector';
import { connectionBackInPool, givenResettingServer } from '../../fixtures/resetting-server';

/** Two calls of the connector against a Bot Connector stand-in that resets the connection the second one reuses. */
async function secondCallOnReusedConnection(
  call: (bot: TeamsBotConnector, serviceUrl: string) => Promise<unknown>,
) {
  const server = await givenResettingServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: req.url?.endsWith('/activities') ? 'activity-1' : 'a:conversation-1' }));
    });
  });
  try {
    const bot = new TeamsBotConnector({ botId: 'bot-1', token: async () => 'bot-token' });
    await call(bot, server.url);
    await connectionBackInPool();
    const outcome = await call(bot, server.url).catch((e: unknown) => e);
    return {
      outcome,
      requests: server.requests.map((r) => `${r.method} ${r.path}${r.reset ? ' (reset)' : ''}`),
    };
  } finally {
    await server.close();
  }
}

describe('Bot Connector calls on a connection the service reset', () => {
  it('when opening a 1:1 conversation meets the reset, then it is sent again and answers the conversation', async () => {
    const { outcome, requests } = await secondCallOnReusedConnection((bot, serviceUrl) =>
      bot.openPersonalConversation(serviceUrl, 'tenant-1', '29:member'),
    );
    expect(outcome).toBe('a:conversation-1');
    expect(requests).toEqual([
      'POST /v3/conversations',
      'POST /v3/conversations (reset)',
      'POST /v3/conversations',
    ]);
  });

  it('when sending a card meets the reset, then it is not sent again and the failure is an upstream error', async () => {
    const { outcome, requests } = await secondCallOnReusedConnection((bot, serviceUrl) =>
      bot.sendCard({ serviceUrl, conversationId: 'a:conversation-1' }, 'Reminder', { type: 'AdaptiveCard' }),
    );
    expect(outcome).toMatchObject({ upstream: { service: 'bot', status: undefined } });
    expect(statusOf(outcome as UpstreamError)).toBe(502);
    expect(requests).toEqual([
      'POST /v3/conversations/a:conversation-1/activities',
      'POST /v3/conversations/a:conversation-1/activities (reset)',
    ]);
  });
});
