import type { EmulatorPerson } from '../../emulator/types';
import { startEmulatorSession, type EmulatorSession } from '../fixtures/emulator-session';

let emu: EmulatorSession;
let organizer: EmulatorPerson;
let appToken: string;
beforeAll(async () => {
  emu = await startEmulatorSession({ seed: 17, size: 40 });
  organizer = emu.org.people[5]!;
});
afterAll(() => emu.close());
beforeEach(async () => {
  await emu.control('POST', 'reset');
  appToken = await emu.appToken();
});

const event = (subject: string, transactionId?: string) => ({
  subject,
  start: { dateTime: '2025-03-16T12:00:00', timeZone: 'UTC' },
  end: { dateTime: '2025-03-16T13:00:00', timeZone: 'UTC' },
  ...(transactionId ? { transactionId } : {}),
});

const createEvent = (body: object) =>
  fetch(`${emu.url}/v1.0/users/${organizer.id}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${appToken}` },
    body: JSON.stringify(body),
  });

async function organizerEvents(): Promise<{ subject: string }[]> {
  const res = await fetch(`${emu.url}/v1.0/users/${organizer.id}/events?$top=100`, {
    headers: { authorization: `Bearer ${appToken}` },
  });
  return ((await res.json()) as { value: { subject: string }[] }).value;
}

describe('emulated lost answers', () => {
  it('when the answer to a create is lost with a 504, then the event exists and a retry with its transactionId is a duplicate', async () => {
    await emu.control('POST', 'knobs', { lostAnswer: { rate: 1, operations: ['createEvent'] } });
    const lost = await createEvent(event('Lost answer', 'tx-lost-1'));
    expect(lost.status).toBe(504);
    expect(((await lost.json()) as { error: { code: string } }).error.code).toBeTruthy();
    expect((await organizerEvents()).map((e) => e.subject)).toEqual(['Lost answer']);
    const retry = await createEvent(event('Lost answer', 'tx-lost-1'));
    expect(retry.status).toBe(400);
    expect(((await retry.json()) as { error: { code: string } }).error.code).toBe(
      'ErrorDuplicateTransactionId',
    );
    expect(await organizerEvents()).toHaveLength(1);
  });

  it('when the mode drops the connection, then the client sees no answer at all but the event exists', async () => {
    await emu.control('POST', 'knobs', {
      lostAnswer: { rate: 1, operations: ['createEvent'], mode: 'drop' },
    });
    await expect(createEvent(event('Dropped'))).rejects.toThrow();
    await emu.control('POST', 'knobs', { lostAnswer: { rate: 0 } });
    expect((await organizerEvents()).map((e) => e.subject)).toEqual(['Dropped']);
  });

  it('when only some operations are listed, then the others answer normally', async () => {
    await emu.control('POST', 'knobs', { lostAnswer: { rate: 1, operations: ['postChannelMessage'] } });
    expect((await createEvent(event('Answered'))).status).toBe(201);
  });

  it('when a channel post answer is lost, then the message is in the channel anyway', async () => {
    const author = emu.org.people[6]!;
    const team = emu.org.teams[0]!;
    const channel = team.channels[0]!;
    const token = await emu.delegatedToken(author);
    await emu.control('POST', 'knobs', { lostAnswer: { rate: 1, operations: ['postChannelMessage'] } });
    const res = await fetch(
      `${emu.url}/v1.0/teams/${team.id}/channels/${encodeURIComponent(channel.id)}/messages`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ body: { content: 'Summary' } }),
      },
    );
    expect(res.status).toBe(504);
    const { body } = await emu.control(
      'GET',
      `teams/${team.id}/channels/${encodeURIComponent(channel.id)}/messages`,
    );
    expect((body as { value: { body: { content: string } }[] }).value.map((m) => m.body.content)).toEqual([
      'Summary',
    ]);
  });

  it('when a bot send answer is lost, then the activity was delivered', async () => {
    const botToken = await emu.appToken('https://api.botframework.com/.default');
    await emu.control('POST', 'knobs', { lostAnswer: { rate: 1, operations: ['botSendActivity'] } });
    const res = await fetch(`${emu.url}/botconnector/v3/conversations/a%3A1x/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${botToken}` },
      body: JSON.stringify({ type: 'message', text: 'Reminder' }),
    });
    expect(res.status).toBe(504);
    const { body } = await emu.control('GET', 'bot/activities');
    expect((body as { value: unknown[] }).value).toHaveLength(1);
  });
});
