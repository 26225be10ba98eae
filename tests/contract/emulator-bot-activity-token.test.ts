import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decodeJwt } from 'jose';
import { PEERPODS_BOT_ID } from '../../emulator/demo-tenant';
import { startEmulatorSession, type EmulatorSession } from '../fixtures/emulator-session';

let emu: EmulatorSession;

beforeAll(async () => {
  emu = await startEmulatorSession();
});
afterAll(async () => {
  await emu.close();
});

describe('inbound activity tokens', () => {
  it('when no audience is named, then the token is for our bot and carries the service URL', async () => {
    const { body } = await emu.control('POST', 'bot/activity-token', {
      serviceUrl: 'https://smba.example/teams/',
    });
    const claims = decodeJwt((body as { token: string }).token);
    expect(claims).toMatchObject({
      aud: PEERPODS_BOT_ID,
      iss: 'https://api.botframework.com',
      serviceurl: 'https://smba.example/teams/',
    });
  });

  it('when another audience is named, then the token is signed for that bot instead', async () => {
    const { status, body } = await emu.control('POST', 'bot/activity-token', { audience: 'another-bot' });
    expect(status).toBe(200);
    expect(decodeJwt((body as { token: string }).token).aud).toBe('another-bot');
  });
});
