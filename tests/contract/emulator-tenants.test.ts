import { decodeJwt } from 'jose';
import {
  DEMO_TENANT_ID,
  PEERPODS_CLIENT_ID,
  PEERPODS_CLIENT_SECRET,
  SECOND_TENANT_DOMAIN,
  SECOND_TENANT_ID,
} from '../../emulator/demo-tenant';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import type { EmulatorPerson } from '../../emulator/types';
import { graphFailure } from '../fixtures/emulator-graph-session';
import { graphTestClient } from '../fixtures/graph-test-client';

let emu: RunningEmulator;
let a: EmulatorPerson;
let b: EmulatorPerson;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, host: '127.0.0.1', seed: 17, size: 40 });
  a = emu.org.people[3]!;
  b = emu.orgs[1]!.people[3]!;
});
afterAll(() => emu.close());
beforeEach(() => control('POST', '/reset'));

async function control(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${emu.url}/_emulator${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function tokenRequest(tenant: string, form: Record<string, string>) {
  const res = await fetch(`${emu.url}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      client_id: PEERPODS_CLIENT_ID,
      client_secret: PEERPODS_CLIENT_SECRET,
      ...form,
    }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const sso = async (person: EmulatorPerson) =>
  String(
    ((await (await control('POST', '/sso-token', { userId: person.id })).json()) as { access_token: string })
      .access_token,
  );

const obo = async (tenant: string, person: EmulatorPerson) =>
  tokenRequest(tenant, {
    grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
    requested_token_use: 'on_behalf_of',
    assertion: await sso(person),
    scope: 'https://graph.microsoft.com/.default',
  });

const appToken = async (tenant: string) =>
  String(
    (
      await tokenRequest(tenant, {
        grant_type: 'client_credentials',
        scope: 'https://graph.microsoft.com/.default',
      })
    ).body.access_token,
  );

describe('emulated tenants', () => {
  it('when the second tenant is asked for its metadata, then it has its own issuer and its own signing key', async () => {
    const meta = async (t: string) =>
      (await (await fetch(`${emu.url}/${t}/v2.0/.well-known/openid-configuration`)).json()) as {
        issuer: string;
        jwks_uri: string;
      };
    const [home, second, byDomain] = await Promise.all([
      meta(DEMO_TENANT_ID),
      meta(SECOND_TENANT_ID),
      meta(SECOND_TENANT_DOMAIN),
    ]);
    expect(second.issuer).toBe(`${emu.url}/${SECOND_TENANT_ID}/v2.0`);
    expect(byDomain.issuer).toBe(second.issuer);
    const kid = async (uri: string) =>
      ((await (await fetch(uri)).json()) as { keys: { kid: string }[] }).keys[0]!.kid;
    expect(await kid(second.jwks_uri)).not.toBe(await kid(home.jwks_uri));
    expect(decodeJwt(await sso(b))).toMatchObject({ tid: SECOND_TENANT_ID, iss: second.issuer, oid: b.id });
  });

  it("when each tenant's app token calls Graph, then each sees only its own people", async () => {
    const list = async (tenant: string) =>
      (
        (await graphTestClient(`${emu.url}/`, await appToken(tenant))
          .api('/users')
          .top(999)
          .select('id')
          .get()) as {
          value: { id: string }[];
        }
      ).value.map((u) => u.id);
    const [inA, inB] = [await list(DEMO_TENANT_ID), await list(SECOND_TENANT_ID)];
    expect(inA).toContain(a.id);
    expect(inA).not.toContain(b.id);
    expect(inB).toEqual(emu.orgs[1]!.people.map((p) => p.id));
    const bClient = graphTestClient(`${emu.url}/`, await appToken(SECOND_TENANT_ID));
    expect((await graphFailure(bClient.api(`/users/${a.id}`).get())).statusCode).toBe(404);
  });

  it("when a tenant's token is presented claiming the other tenant, then Graph refuses it", async () => {
    const token = await appToken(SECOND_TENANT_ID);
    const [h, p, s] = token.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, tid: DEMO_TENANT_ID })).toString('base64url')}.${s}`;
    const failure = await graphFailure(graphTestClient(`${emu.url}/`, forged).api('/users').get());
    expect(failure.statusCode).toBe(401);
  });

  it("when a person of the second tenant's SSO token is exchanged at the first tenant, then Entra refuses it", async () => {
    const answer = await tokenRequest(DEMO_TENANT_ID, {
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: await sso(b),
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalid_grant');
  });

  it('when nobody in the second tenant consented, then on-behalf-of for .default answers AADSTS65001 invalid_grant consent_required', async () => {
    const answer = await obo(SECOND_TENANT_ID, b);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      error: 'invalid_grant',
      error_codes: [65001],
      suberror: 'consent_required',
    });
    expect(String(answer.body.error_description)).toMatch(
      /^AADSTS65001: The user or administrator has not consented/,
    );
    expect((await obo(DEMO_TENANT_ID, a)).status).toBe(200);
  });

  it('when the tenant is set to answer interaction_required, then on-behalf-of without consent says so', async () => {
    await control('POST', `/permissions?tenant=${SECOND_TENANT_ID}`, { refusal: 'interaction_required' });
    const answer = await obo(SECOND_TENANT_ID, b);
    expect(answer.body).toMatchObject({ error: 'interaction_required', error_codes: [65001] });
  });

  it('when a person accepts on the consent page, then on-behalf-of works once consent has propagated, with their scopes', async () => {
    const redirect = 'http://127.0.0.1:3978/auth/consent-end';
    const authorize = new URL(`${emu.url}/${SECOND_TENANT_ID}/oauth2/v2.0/authorize`);
    for (const [k, v] of Object.entries({
      client_id: PEERPODS_CLIENT_ID,
      response_type: 'code',
      scope: 'https://graph.microsoft.com/.default',
      redirect_uri: redirect,
      prompt: 'consent',
      login_hint: b.userPrincipalName,
      state: 's-1',
    }))
      authorize.searchParams.set(k, v);
    const pageHtml = await (await fetch(authorize)).text();
    expect(pageHtml).toContain(b.displayName);
    expect(pageHtml).toContain('Calendars.ReadWrite');
    const action = /<form method="post" action="([^"]+)"/.exec(pageHtml)![1]!;
    await control('POST', '/knobs', { consentPropagationMs: 60_000 });
    const accepted = await fetch(`${emu.url}${action}`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({
        login_hint: b.id,
        redirect_uri: redirect,
        state: 's-1',
        decision: 'accept',
      }),
    });
    expect(accepted.status).toBe(302);
    const back = new URL(accepted.headers.get('location')!);
    expect(back.origin + back.pathname).toBe(redirect);
    expect(back.searchParams.get('state')).toBe('s-1');
    expect(back.searchParams.get('code')).toBeTruthy();
    // Not yet propagated: still refused.
    expect((await obo(SECOND_TENANT_ID, b)).body.error).toBe('invalid_grant');

    await control('POST', '/consents', { user: b.id, immediate: true });
    const granted = await obo(SECOND_TENANT_ID, b);
    expect(granted.status).toBe(200);
    expect(decodeJwt(String(granted.body.access_token))).toMatchObject({
      tid: SECOND_TENANT_ID,
      scp: expect.stringContaining('Calendars.ReadWrite'),
    });
    // Someone else in the same tenant has not consented.
    expect((await obo(SECOND_TENANT_ID, emu.orgs[1]!.people[4]!)).status).toBe(400);
  });

  it('when a person cancels on the consent page, then the redirect carries access_denied', async () => {
    const res = await fetch(`${emu.url}/${SECOND_TENANT_ID}/oauth2/v2.0/consent`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({
        login_hint: b.id,
        redirect_uri: 'http://localhost:3978/auth/consent-end',
        state: 'x',
        decision: 'cancel',
      }),
    });
    const back = new URL(res.headers.get('location')!);
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect((await obo(SECOND_TENANT_ID, b)).status).toBe(400);
  });

  it('when the authorize endpoint is asked without a consent prompt, then it sends the browser to the sign-in page', async () => {
    const res = await fetch(
      `${emu.url}/${SECOND_TENANT_ID}/oauth2/v2.0/authorize?redirect_uri=${encodeURIComponent('http://localhost:3978/')}`,
      { redirect: 'manual' },
    );
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toContain('/signin?');
    const signIn = await (await fetch(res.headers.get('location')!)).text();
    expect(signIn).toContain('Fabrikam (demo)');
    expect(signIn).toContain(b.displayName);
  });

  it('when the tenants are listed, then both come with their issuer, people and teams', async () => {
    const tenants = (
      (await (await control('GET', '/tenants')).json()) as { value: { id: string; people: number }[] }
    ).value;
    expect(tenants.map((t) => t.id)).toEqual([DEMO_TENANT_ID, SECOND_TENANT_ID]);
    expect(tenants[1]!.people).toBe(emu.orgs[1]!.people.length);
    const people = (
      (await (await control('GET', `/people?tenant=${SECOND_TENANT_DOMAIN}`)).json()) as {
        value: { tenantId: string }[];
      }
    ).value;
    expect(people.every((p) => p.tenantId === SECOND_TENANT_ID)).toBe(true);
  });
});
