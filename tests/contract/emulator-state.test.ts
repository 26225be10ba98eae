import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEERPODS_CLIENT_ID, PEERPODS_CLIENT_SECRET, SECOND_TENANT_ID } from '../../emulator/demo-tenant';
import { startEmulator, type RunningEmulator } from '../../emulator/server';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'peerpods-emulator-state-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const start = (seed = 17, port = 0) =>
  startEmulator({ port, host: '127.0.0.1', seed, size: 40, stateDir: dir });

async function call(emu: RunningEmulator, path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  if (init.body) headers.set('content-type', 'application/json');
  const res = await fetch(`${emu.url}${path}`, { ...init, headers });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as Record<string, unknown> };
}

async function tokenFor(emu: RunningEmulator, tenant: string, form: Record<string, string>) {
  const res = await fetch(`${emu.url}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      client_id: PEERPODS_CLIENT_ID,
      client_secret: PEERPODS_CLIENT_SECRET,
      ...form,
    }),
  });
  return (await res.json()) as { access_token?: string; error?: string };
}

describe('emulator state across restarts', () => {
  it('when the emulator restarts on its state folder, then events, messages, scenarios, consents and tokens are as they were', async () => {
    const first = await start();
    const organizer = first.org.people[5]!;
    const member = first.orgs[1]!.people[2]!;
    const appToken = (
      await tokenFor(first, first.org.tenantId, {
        grant_type: 'client_credentials',
        scope: 'https://graph.microsoft.com/.default',
      })
    ).access_token!;
    const created = await call(first, `/v1.0/users/${organizer.id}/events`, {
      method: 'POST',
      token: appToken,
      body: JSON.stringify({
        subject: 'Kept',
        start: { dateTime: '2025-03-16T12:00:00', timeZone: 'UTC' },
        end: { dateTime: '2025-03-16T13:00:00', timeZone: 'UTC' },
        transactionId: 'kept-1',
      }),
    });
    expect(created.status).toBe(201);
    await call(first, `/_emulator/people/${organizer.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ allowedOnlineMeetingProviders: [], bot: { code: 'ConversationBlockedByUser' } }),
    });
    await call(first, '/_emulator/consents', {
      method: 'POST',
      body: JSON.stringify({ user: member.id, immediate: true }),
    });
    const sso = (
      await call(first, '/_emulator/sso-token', {
        method: 'POST',
        body: JSON.stringify({ userId: member.id }),
      })
    ).body.access_token as string;
    await first.close();

    // Same port, as npm start uses: issuers carry the emulator's URL.
    const second = await start(17, Number(new URL(first.url).port));
    try {
      const again = await call(second, `/v1.0/users/${organizer.id}/events/${String(created.body.id)}`, {
        token: appToken,
      });
      expect(again).toMatchObject({ status: 200, body: { subject: 'Kept' } });
      const retry = await call(second, `/v1.0/users/${organizer.id}/events`, {
        method: 'POST',
        token: appToken,
        body: JSON.stringify({
          subject: 'Kept',
          start: { dateTime: '2025-03-16T12:00:00', timeZone: 'UTC' },
          end: { dateTime: '2025-03-16T13:00:00', timeZone: 'UTC' },
          transactionId: 'kept-1',
        }),
      });
      expect(retry.status).toBe(400);
      const person = (await call(second, `/_emulator/people/${organizer.id}`)).body;
      expect(person).toMatchObject({
        allowedOnlineMeetingProviders: [],
        bot: { code: 'ConversationBlockedByUser' },
      });
      // The signing keys were kept, so a token from the last run still works, and so does the consent.
      const obo = await tokenFor(second, SECOND_TENANT_ID, {
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        requested_token_use: 'on_behalf_of',
        assertion: sso,
        scope: 'https://graph.microsoft.com/.default',
      });
      expect(obo.access_token).toBeTruthy();
    } finally {
      await second.close();
    }
  });

  it('when the state folder belongs to another organization, then the emulator starts from the seeded state', async () => {
    const first = await start(17);
    await call(first, `/_emulator/people/${first.org.people[5]!.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ generatedCalendar: false }),
    });
    await first.close();
    const other = await start(18);
    try {
      const people = (await call(other, '/_emulator/people')).body.value as { generatedCalendar: boolean }[];
      expect(people.every((p) => p.generatedCalendar)).toBe(true);
    } finally {
      await other.close();
    }
  });
});
