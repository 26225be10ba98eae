import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { PEERPODS_BOT_ID } from '../../emulator/demo-tenant';
import type { EmulatorTeam } from '../../emulator/types';
import { startEmulatorSession, type EmulatorSession } from '../fixtures/emulator-session';

let emu: EmulatorSession;
let bot: {
  url: string;
  received: { authorization?: string; body: Record<string, unknown> }[];
  server: Server;
};

/** A stand-in bot endpoint that records what Teams would deliver to /api/messages. */
async function startRecordingBot(): Promise<typeof bot> {
  const received: (typeof bot)['received'] = [];
  const app = express().use(express.json());
  app.post('/api/messages', (req, res) => {
    received.push({ authorization: req.get('authorization'), body: req.body as Record<string, unknown> });
    res.status(200).end();
  });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`, received, server };
}

beforeAll(async () => {
  bot = await startRecordingBot();
  emu = await startEmulatorSession({ botEndpoint: bot.url });
});
afterAll(async () => {
  await emu.close();
  await new Promise((resolve) => bot.server.close(resolve));
});

async function verifyActivityToken(token: string) {
  const meta = (await (await fetch(`${emu.url}/botframework/v1/.well-known/openidconfiguration`)).json()) as {
    issuer: string;
    jwks_uri: string;
  };
  return jwtVerify(token, createRemoteJWKSet(new URL(meta.jwks_uri)), {
    issuer: meta.issuer,
    audience: PEERPODS_BOT_ID,
  });
}

describe('emulated Bot Framework', () => {
  it('when Bot Framework keys are fetched, then they are RS256 keys endorsed for msteams', async () => {
    const keys = (await (await fetch(`${emu.url}/botframework/v1/.well-known/keys`)).json()) as {
      keys: { kty: string; endorsements: string[] }[];
    };
    expect(keys.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', endorsements: ['msteams'] });
  });

  it('when an activity token is requested, then it verifies against the Bot Framework metadata with the service URL claim', async () => {
    const { body } = await emu.control('POST', 'bot/activity-token', {
      serviceUrl: 'https://smba.example/amer/',
    });
    const { payload } = await verifyActivityToken((body as { token: string }).token);
    expect(payload).toMatchObject({
      iss: 'https://api.botframework.com',
      aud: PEERPODS_BOT_ID,
      serviceurl: 'https://smba.example/amer/',
    });
  });

  it('when the bot replies without a Bot Connector token, then 401; with one, the activity is recorded', async () => {
    const url = `${emu.url}/botconnector/v3/conversations/19:abc@thread.tacv2/activities`;
    const activity = { type: 'message', text: 'Reminder: pod session tomorrow' };
    const anonymous = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(anonymous.status).toBe(401);
    const graphToken = await emu.appToken();
    const wrongAudience = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${graphToken}` },
      body: JSON.stringify(activity),
    });
    expect(wrongAudience.status).toBe(401);
    const token = await emu.appToken('https://api.botframework.com/.default');
    const sent = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(activity),
    });
    expect(sent.status).toBe(201);
    const { id } = (await sent.json()) as { id: string };
    const log = (await emu.control('GET', 'bot/activities')).body as {
      value: { conversationId: string; activityId: string; activity: unknown }[];
    };
    expect(log.value).toContainEqual(
      expect.objectContaining({ conversationId: '19:abc@thread.tacv2', activityId: id, activity }),
    );
  });

  it('when the app is installed in a team, then the bot endpoint receives a signed conversationUpdate for that team', async () => {
    const team = emu.org.teams[0] as EmulatorTeam;
    const { status } = await emu.control('POST', 'bot/install', { teamId: team.id });
    expect(status).toBe(200);
    const delivered = bot.received.at(-1);
    expect(delivered?.body).toMatchObject({
      type: 'conversationUpdate',
      channelId: 'msteams',
      membersAdded: [{ id: `28:${PEERPODS_BOT_ID}` }],
      channelData: { team: { aadGroupId: team.id }, tenant: { id: emu.org.tenantId } },
      serviceUrl: `${emu.url}/botconnector/`,
    });
    const { payload } = await verifyActivityToken(String(delivered?.authorization).replace(/^Bearer /, ''));
    expect(payload.serviceurl).toBe(`${emu.url}/botconnector/`);
  });
});
