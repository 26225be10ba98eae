import { UpstreamError } from '../../api/errors';
import { TeamsBotConnector } from '../../api/teams/bot-connector';
import { startEmulatorSession, type EmulatorSession } from '../fixtures/emulator-session';
import { divergences } from './documented-shape';
import { startDocumentedServer, type DocumentedServer } from './documented-server';
import { botNotInRoster, botThrottled } from './fixtures/mailbox-messages-errors';

let docs: DocumentedServer;
let emu: EmulatorSession;
beforeAll(async () => {
  [docs, emu] = await Promise.all([startDocumentedServer(), startEmulatorSession({ seed: 17, size: 40 })]);
});
afterAll(async () => {
  await docs.close();
  await emu.close();
});

const card = { type: 'AdaptiveCard', version: '1.4', body: [] };

describe.each([botNotInRoster, botThrottled])('$example ($page)', (documented) => {
  it('when it is the Bot Connector answer, then PeerPods keeps the status, the code and any Retry-After', async () => {
    docs.answer(documented);
    const bot = new TeamsBotConnector({ botId: 'fixture-bot', token: async () => 'documented' });
    const failure = await bot
      .sendCard({ serviceUrl: `${docs.url}/`, conversationId: 'a:fixture' }, 'Reminder', card)
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(UpstreamError);
    const upstream = failure as UpstreamError;
    expect(upstream.upstream).toMatchObject({
      service: 'bot',
      status: documented.status,
      code: (documented.body as { error: { code: string } }).error.code,
    });
    expect(upstream.retryAfter).toBe(documented.headers?.['Retry-After']);
  });

  it("when the emulator's conversation is set to it, then the emulator answers in the documented shape", async () => {
    const person = emu.org.people[5]!;
    const { body } = await emu.control('GET', `people/${person.id}`);
    const token = await emu.appToken('https://api.botframework.com/.default');
    const send = (path: string, payload: object) =>
      fetch(`${emu.url}/botconnector/v3/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(payload),
      });
    const opened = (await (
      await send('conversations', { members: [{ id: (body as { teamsUserId: string }).teamsUserId }] })
    ).json()) as { id: string };
    const code = (documented.body as { error: { code: string } }).error.code;
    await emu.control('POST', `people/${person.id}`, { bot: { code, retryAfterSeconds: 2 } });
    const res = await send(`conversations/${encodeURIComponent(opened.id)}/activities`, { type: 'message' });
    expect(res.status).toBe(documented.status);
    expect(res.headers.get('retry-after')).toBe(documented.headers?.['Retry-After'] ?? null);
    expect(divergences(documented.body, await res.json())).toEqual([]);
    await emu.control('POST', `people/${person.id}`, { bot: { code: null } });
  });
});
