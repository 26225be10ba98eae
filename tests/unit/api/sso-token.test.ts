import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { createSsoTokenValidator, type SsoTokenValidator } from '../../../api/auth/sso-token';
import { UnauthenticatedError, UpstreamError } from '../../../api/errors';
import { statusOf } from '../../../api/http/problem';

const CLIENT_ID = '0b8f6c1e-3d4a-4e5f-8a9b-1c2d3e4f5a6b';
const TENANT = '7d3f0a56-5c1e-4b8a-9d2e-2f5c6a7b8c90';

/** A local authority on 127.0.0.1:0 publishing one RS256 key per tenant path, counting key fetches. */
async function givenAuthority() {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  const keyFetches: string[] = [];
  const server: Server = createServer((req, res) => {
    keyFetches.push(String(req.url));
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const nowSec = () => Math.floor(Date.now() / 1000);
  /** Claims of a valid SSO token; override what the test is about. */
  const sign = (overrides: JWTPayload = {}, expiresInSec = 3600) =>
    new SignJWT({
      iss: `${host}/${TENANT}/v2.0`,
      aud: CLIENT_ID,
      tid: TENANT,
      oid: 'user-1',
      scp: 'access_as_user',
      preferred_username: 'ada@contoso.test',
      name: 'Ada Lovelace',
      ver: '2.0',
      ...overrides,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setIssuedAt(nowSec() - 60)
      .setExpirationTime(nowSec() + expiresInSec)
      .sign(privateKey);
  return {
    host,
    sign,
    keyFetches,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('createSsoTokenValidator', () => {
  let authority: Awaited<ReturnType<typeof givenAuthority>>;
  let validate: SsoTokenValidator;

  beforeAll(async () => {
    authority = await givenAuthority();
    validate = createSsoTokenValidator({
      authorityHost: authority.host,
      clientId: CLIENT_ID,
      allowedTenantIds: [TENANT],
    });
  });

  afterAll(() => authority.close());

  it('when the token is valid, then the caller comes from its claims', async () => {
    const token = await authority.sign();
    await expect(validate(token)).resolves.toEqual({
      tenantId: TENANT,
      userId: 'user-1',
      upn: 'ada@contoso.test',
      name: 'Ada Lovelace',
      token,
    });
  });

  it.each([[`api://peerpods.example/${CLIENT_ID}`], [`api://peerpods.example/botid-${CLIENT_ID}`]])(
    'when the audience is the Application ID URI %p, then the token is accepted',
    async (aud) => {
      await expect(validate(await authority.sign({ aud }))).resolves.toMatchObject({ userId: 'user-1' });
    },
  );

  it.each([
    ['another client id', { aud: randomUUID() }, /audience/],
    ['an api:// URI of another app', { aud: `api://evil.example/${randomUUID()}` }, /audience/],
    ['a suffix trick', { aud: `api://evil.example/x${CLIENT_ID}` }, /audience/],
    ['no access_as_user scope', { scp: 'User.Read' }, /access_as_user/],
    ['a v1 issuer', { iss: `https://sts.windows.net/${TENANT}/` }, /issuer/],
    ['no oid', { oid: undefined }, /oid/],
  ])('when the token has %s, then it is refused', async (_name, claims, message) => {
    const error = await validate(await authority.sign(claims)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect((error as Error).message).toMatch(message);
  });

  it('when the token expired a minute ago, then a 90 s clock tolerance accepts it and a 30 s one refuses it', async () => {
    const tolerant = createSsoTokenValidator({
      authorityHost: authority.host,
      clientId: CLIENT_ID,
      allowedTenantIds: [TENANT],
      clockToleranceSeconds: 90,
    });
    const token = await authority.sign({}, -60);
    await expect(tolerant(token)).resolves.toMatchObject({ userId: 'user-1' });
    const strict = createSsoTokenValidator({
      authorityHost: authority.host,
      clientId: CLIENT_ID,
      allowedTenantIds: [TENANT],
      clockToleranceSeconds: 30,
    });
    await expect(strict(token)).rejects.toThrow(/expired/);
  });

  it('when the tenant is not allowed, then no key is fetched for it', async () => {
    const other = randomUUID();
    const before = authority.keyFetches.length;
    await expect(
      validate(await authority.sign({ tid: other, iss: `${authority.host}/${other}/v2.0` })),
    ).rejects.toThrow(/tenant/);
    expect(authority.keyFetches.slice(before).some((url) => url.includes(other))).toBe(false);
  });

  it("when the keys cannot be fetched, then it is an Entra outage (502), not the caller's 401", async () => {
    const down = createSsoTokenValidator({
      authorityHost: 'http://127.0.0.1:9',
      clientId: CLIENT_ID,
      allowedTenantIds: [TENANT],
    });
    const error = await down(await authority.sign({ iss: `http://127.0.0.1:9/${TENANT}/v2.0` })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(statusOf(error as UpstreamError)).toBe(502);
  });
});
