import { anotherTenantId, aToken, claimsOf } from '../fixtures/sso-tokens';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

const HOUR_MS = 3_600_000;

describe('SSO token validation on /api/me', () => {
  let stack: TestStack;
  let upn: string;
  let validToken: string;

  beforeAll(async () => {
    stack = await startTestStack();
    upn = stack.org.people[0]!.userPrincipalName;
    validToken = await stack.signIn(upn);
  });

  afterAll(async () => {
    await stack?.close();
  });

  async function expectRefused(res: Response, detail: RegExp) {
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const problem = await res.json();
    expect(problem).toMatchObject({
      status: 401,
      type: 'urn:peerpods:problem:unauthenticated',
      instance: '/api/me',
    });
    expect(problem.detail).toMatch(detail);
  }

  it('when the token is a valid Teams SSO token, then /api/me answers for that person', async () => {
    const res = await stack.api('/api/me', { token: validToken });
    expect(res.status).toBe(200);
    expect((await res.json()).upn).toBe(upn);
  });

  it('when no token is sent, then 401 with a bare Bearer challenge', async () => {
    const res = await stack.api('/api/me', { token: null });
    await expectRefused(res, /sign in/i);
    expect(res.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('when the Authorization header is not a Bearer token, then 401', async () => {
    const res = await stack.api('/api/me', { headers: { authorization: `Basic ${btoa('a:b')}` } });
    await expectRefused(res, /sign in/i);
  });

  it('when the token has expired, then 401 says so', async () => {
    // Entra's clock moved back two hours: the token is genuinely signed but expired an hour ago.
    await stack.control('/clock', { advanceMs: -2 * HOUR_MS });
    let expired: string;
    try {
      expired = await stack.signIn(upn);
    } finally {
      await stack.control('/clock', { advanceMs: 2 * HOUR_MS });
    }
    expect(claimsOf(expired).exp! * 1000).toBeLessThan(Date.now() - 30 * 60_000);
    await expectRefused(await stack.api('/api/me', { token: expired }), /expired/);
  });

  it('when the token is for another audience (a Graph token), then 401 names the audience', async () => {
    const res = await fetch(`${stack.emulatorUrl}/${stack.config.appTenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: stack.config.clientId,
        client_secret: stack.config.clientSecret,
        scope: 'https://graph.microsoft.com/.default',
      }),
    });
    const graphToken = ((await res.json()) as { access_token: string }).access_token;
    expect(claimsOf(graphToken).aud).toBe('https://graph.microsoft.com');
    await expectRefused(await stack.api('/api/me', { token: graphToken }), /audience/);
  });

  it('when the token names another issuer, then 401 names the issuer', async () => {
    // The same emulator reached through another spelling of its address: keys load fine, but its tokens
    // name http://127.0.0.1:… as issuer, which this API (expecting http://[::ffff:7f00:1]:…) must refuse.
    const port = new URL(stack.emulatorUrl).port;
    const other = await stack.startApi({ ENTRA_AUTHORITY_HOST: `http://[::ffff:127.0.0.1]:${port}` });
    const res = await fetch(`${other.url}/api/me`, { headers: { authorization: `Bearer ${validToken}` } });
    await expectRefused(res, /issuer/);
  });

  it('when the tenant is not on the allow-list, then 401 names the tenant', async () => {
    const token = await aToken(validToken).withClaims({ tid: anotherTenantId() }).signedByAnotherKey();
    await expectRefused(await stack.api('/api/me', { token }), /tenant/);
  });

  it('when a genuine token comes from a tenant the app does not serve, then 401', async () => {
    const other = await stack.startApi({ ALLOWED_TENANT_IDS: anotherTenantId() });
    const res = await fetch(`${other.url}/api/me`, { headers: { authorization: `Bearer ${validToken}` } });
    await expectRefused(res, /tenant/);
  });

  it('when the token is signed by a key the issuer never published, then 401 names the signature', async () => {
    const token = await aToken(validToken).signedByAnotherKey();
    await expectRefused(await stack.api('/api/me', { token }), /signature/);
  });

  it('when the token says alg none, then 401', async () => {
    await expectRefused(
      await stack.api('/api/me', { token: aToken(validToken).unsigned() }),
      /algorithm none/,
    );
  });

  it('when the token is HS256-signed with the public key as secret, then 401', async () => {
    const jwks = (await (
      await fetch(`${stack.emulatorUrl}/${stack.config.appTenantId}/discovery/v2.0/keys`)
    ).json()) as {
      keys: { n: string }[];
    };
    const token = aToken(validToken).hmacSigned(jwks.keys[0]!.n);
    await expectRefused(await stack.api('/api/me', { token }), /algorithm HS256/);
  });

  it('when the token is garbage, then 401 and not a 500', async () => {
    await expectRefused(await stack.api('/api/me', { token: 'not.a.jwt' }), /well-formed/);
  });

  it('when requests carry tokens, then no token ever reaches the logs', async () => {
    await stack.api('/api/me', { token: validToken });
    const logs = stack.logLines().join('\n');
    expect(logs).toContain('"path":"/api/me"');
    expect(logs).not.toContain(validToken.split('.')[2]!);
  });
});
