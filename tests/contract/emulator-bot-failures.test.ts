import { startEmulatorSession, type EmulatorSession } from '../fixtures/emulator-session';

let emu: EmulatorSession;
let botToken: string;
beforeAll(async () => {
  emu = await startEmulatorSession({ seed: 17, size: 40 });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await emu.control('POST', 'reset');
  botToken = await emu.appToken('https://api.botframework.com/.default');
});

async function connector(path: string, body: object) {
  const res = await fetch(`${emu.url}/botconnector/v3/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${botToken}` },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body: (await res.json()) as Record<string, unknown>,
  };
}

async function teamsIdOf(index: number): Promise<{ id: string; teamsUserId: string }> {
  const person = emu.org.people[index]!;
  const { body } = await emu.control('GET', `people/${person.id}`);
  return { id: person.id, teamsUserId: (body as { teamsUserId: string }).teamsUserId };
}

const openPersonal = (teamsUserId: string) =>
  connector('conversations', {
    isGroup: false,
    bot: { id: '28:bot' },
    members: [{ id: teamsUserId }],
    tenantId: emu.org.tenantId,
  });

const send = (conversationId: string) =>
  connector(`conversations/${encodeURIComponent(conversationId)}/activities`, {
    type: 'message',
    text: 'Reminder',
  });

describe('emulated Bot Connector refusals', () => {
  it.each([
    ['ConversationBlockedByUser', 403],
    ['BotNotInConversationRoster', 403],
    ['BotDisabledByAdmin', 403],
    ['ForbiddenOperationException', 403],
    ['ConversationNotFound', 404],
    ['PreconditionFailed', 412],
  ] as const)(
    'when a member conversation is set to %s, then sends to it answer %i with that code',
    async (code, status) => {
      const member = await teamsIdOf(5);
      const opened = await openPersonal(member.teamsUserId);
      expect(opened.status).toBe(201);
      await emu.control('POST', `people/${member.id}`, { bot: { code } });
      const answer = await send(String(opened.body.id));
      expect(answer.status).toBe(status);
      expect(answer.body).toEqual({ error: { code, message: expect.any(String) } });
      const log = (await emu.control('GET', 'bot/activities')).body as { value: unknown[] };
      expect(log.value).toHaveLength(0);
    },
  );

  it('when a member is throttled, then 429 carries Retry-After, and after the stated number of refusals sends go through', async () => {
    const member = await teamsIdOf(6);
    const opened = await openPersonal(member.teamsUserId);
    await emu.control('POST', `people/${member.id}`, {
      bot: { code: 'Throttled', times: 2, retryAfterSeconds: 3 },
    });
    const first = await send(String(opened.body.id));
    expect(first).toMatchObject({ status: 429, retryAfter: '3', body: { error: { code: 'Throttled' } } });
    expect((await send(String(opened.body.id))).status).toBe(429);
    expect((await send(String(opened.body.id))).status).toBe(201);
  });

  it('when the bot is not installed for a member, then opening their conversation is refused, and others are not affected', async () => {
    const [blocked, other] = [await teamsIdOf(7), await teamsIdOf(8)];
    await emu.control('POST', `people/${blocked.id}`, { bot: { code: 'ForbiddenOperationException' } });
    const refused = await openPersonal(blocked.teamsUserId);
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'ForbiddenOperationException' } } });
    const fine = await openPersonal(other.teamsUserId);
    expect(fine.status).toBe(201);
    expect((await send(String(fine.body.id))).status).toBe(201);
  });

  it('when a member reachability is cleared, then sends go through again', async () => {
    const member = await teamsIdOf(9);
    const opened = await openPersonal(member.teamsUserId);
    await emu.control('POST', `people/${member.id}`, { bot: { code: 'ConversationBlockedByUser' } });
    expect((await send(String(opened.body.id))).status).toBe(403);
    await emu.control('POST', `people/${member.id}`, { bot: { code: null } });
    expect((await send(String(opened.body.id))).status).toBe(201);
  });
});
