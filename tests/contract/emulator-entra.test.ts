import { ConfidentialClientApplication } from '@azure/msal-node';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { DEMO_TENANT_ID, PEERPODS_CLIENT_ID, PEERPODS_CLIENT_SECRET } from '../../emulator/demo-tenant';
import type { EmulatorPerson } from '../../emulator/types';
import { startEmulatorSession, type EmulatorSession } from '../fixtures/emulator-session';

let emu: EmulatorSession;
let person: EmulatorPerson;
const client = { client_id: PEERPODS_CLIENT_ID, client_secret: PEERPODS_CLIENT_SECRET };
const OBO = {
  grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
  requested_token_use: 'on_behalf_of',
};

beforeAll(async () => {
  emu = await startEmulatorSession({ seed: 3 });
  person = emu.org.people[9] as EmulatorPerson;
});
afterAll(() => emu.close());
afterEach(() => emu.control('POST', 'reset'));

describe('emulated Entra token endpoint', () => {
  it('when using client credentials for Graph, then an app-only token with roles and idtyp app', async () => {
    const { status, body } = await emu.token({
      ...client,
      grant_type: 'client_credentials',
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: expect.any(Number),
      ext_expires_in: expect.any(Number),
    });
    const claims = decodeJwt(String(body.access_token));
    expect(claims).toMatchObject({
      aud: 'https://graph.microsoft.com',
      iss: `${emu.url}/${DEMO_TENANT_ID}/v2.0`,
      idtyp: 'app',
      tid: DEMO_TENANT_ID,
    });
    expect(claims.roles).toEqual(
      expect.arrayContaining(['Calendars.ReadWrite', 'User.Read.All', 'MailboxSettings.Read']),
    );
    expect(claims).not.toHaveProperty('scp');
  });

  it.each([
    [
      'a wrong secret',
      {
        ...client,
        client_secret: 'nope',
        grant_type: 'client_credentials',
        scope: 'https://graph.microsoft.com/.default',
      },
      401,
      'invalid_client',
      7000215,
    ],
    [
      'an unknown client',
      {
        ...client,
        client_id: '11111111-1111-1111-1111-111111111111',
        grant_type: 'client_credentials',
        scope: 'https://graph.microsoft.com/.default',
      },
      400,
      'unauthorized_client',
      700016,
    ],
    [
      'a scope without /.default',
      { ...client, grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/User.Read.All' },
      400,
      'invalid_scope',
      1002012,
    ],
    ['an unsupported grant', { ...client, grant_type: 'password' }, 400, 'unsupported_grant_type', 70003],
  ])('when asking with %s, then Entra’s error format', async (_case, form, status, error, code) => {
    const res = await emu.token(form);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({
      error,
      error_codes: [code],
      error_description: expect.stringContaining(`AADSTS${code}`),
    });
  });

  it('when exchanging an SSO token on behalf of the user, then a delegated Graph token with the consented scopes', async () => {
    const sso = await emu.ssoToken(person);
    expect(decodeJwt(sso)).toMatchObject({
      aud: PEERPODS_CLIENT_ID,
      scp: 'access_as_user',
      oid: person.id,
      tid: DEMO_TENANT_ID,
      ver: '2.0',
      preferred_username: person.userPrincipalName,
      name: person.displayName,
    });
    const { status, body } = await emu.token({
      ...client,
      ...OBO,
      assertion: sso,
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(status).toBe(200);
    const claims = decodeJwt(String(body.access_token));
    expect(claims).toMatchObject({ aud: 'https://graph.microsoft.com', oid: person.id, tid: DEMO_TENANT_ID });
    expect(String(claims.scp).split(' ')).toEqual(
      expect.arrayContaining([
        'User.Read',
        'Calendars.ReadWrite',
        'ChannelMessage.Send',
        'MailboxSettings.Read',
      ]),
    );
    expect(String(claims.scp)).not.toContain('access_as_user');
  });

  it('when the SSO token has expired on the emulator clock, then invalid_grant AADSTS500133', async () => {
    const sso = await emu.ssoToken(person);
    await emu.control('POST', 'clock', { advanceMs: 2 * 3600_000 });
    const res = await emu.token({
      ...client,
      ...OBO,
      assertion: sso,
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(res).toMatchObject({ status: 400, body: { error: 'invalid_grant', error_codes: [500133] } });
  });

  it('when the assertion is a Graph token rather than an SSO token for our app, then invalid_grant', async () => {
    const res = await emu.token({
      ...client,
      ...OBO,
      assertion: await emu.appToken(),
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(res).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('when a delegated scope is requested that was never consented, then consent_required', async () => {
    const res = await emu.token({
      ...client,
      ...OBO,
      assertion: await emu.ssoToken(person),
      scope: 'https://graph.microsoft.com/Mail.Send',
    });
    expect(res).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant', error_codes: [65001], suberror: 'consent_required' },
    });
  });

  it('when validating an SSO token with jose against the published metadata, then signature, issuer and audience check out', async () => {
    const meta = (await (
      await fetch(`${emu.url}/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`)
    ).json()) as { issuer: string; jwks_uri: string; token_endpoint: string };
    expect(meta.token_endpoint).toBe(emu.tokenEndpoint);
    const { payload } = await jwtVerify(
      await emu.ssoToken(person),
      createRemoteJWKSet(new URL(meta.jwks_uri)),
      { issuer: meta.issuer, audience: PEERPODS_CLIENT_ID },
    );
    expect(payload.oid).toBe(person.id);
  });

  it('when msal-node is given the local authority metadata, then client credentials and OBO work with no discovery', async () => {
    const meta = await (
      await fetch(`${emu.url}/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`)
    ).text();
    const host = new URL(emu.url).host;
    // msal insists on an https authority; it is never contacted because the metadata is supplied.
    const cca = new ConfidentialClientApplication({
      auth: {
        clientId: PEERPODS_CLIENT_ID,
        clientSecret: PEERPODS_CLIENT_SECRET,
        authority: `https://${host}/${DEMO_TENANT_ID}`,
        knownAuthorities: [host],
        authorityMetadata: meta,
      },
    });
    const app = await cca.acquireTokenByClientCredential({
      scopes: ['https://graph.microsoft.com/.default'],
    });
    expect(decodeJwt(app?.accessToken ?? '')).toMatchObject({ idtyp: 'app' });
    const obo = await cca.acquireTokenOnBehalfOf({
      oboAssertion: await emu.ssoToken(person),
      scopes: ['https://graph.microsoft.com/.default'],
    });
    expect(decodeJwt(obo?.accessToken ?? '')).toMatchObject({ oid: person.id });
  });
});

describe('emulated sign-in page', () => {
  it('when a person is chosen, then the loopback redirect_uri receives an SSO token in the fragment', async () => {
    const redirect = 'http://127.0.0.1:5173/auth-end';
    const pageRes = await fetch(`${emu.url}/signin?redirect_uri=${encodeURIComponent(redirect)}`);
    const html = await pageRes.text();
    expect(html).toContain('<h2');
    expect(html).toContain(person.displayName.replace(/'/g, '&#39;'));
    const link = /href="(\/signin\/choose[^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&') as string;
    const res = await fetch(`${emu.url}${link}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = res.headers.get('location') as string;
    expect(location.startsWith(`${redirect}#`)).toBe(true);
    const token = new URLSearchParams(location.split('#')[1]).get('access_token') as string;
    expect(decodeJwt(token)).toMatchObject({ aud: PEERPODS_CLIENT_ID, scp: 'access_as_user' });
  });

  it('when redirect_uri is not a loopback http URL, then 400', async () => {
    const res = await fetch(
      `${emu.url}/signin?redirect_uri=${encodeURIComponent('https://evil.example/cb')}`,
    );
    expect(res.status).toBe(400);
  });
});
