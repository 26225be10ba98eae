import { ClientConfigResponse } from '../../api/http/schemas';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

describe('GET /api/client-config', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ logLevel: 'warn' });
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('when the authority is the local emulator, then anyone may read where the demo sign-in page is', async () => {
    const res = await stack.api('/api/client-config', { token: null });
    expect(res.status).toBe(200);
    const body = ClientConfigResponse.parse(await res.json());
    expect(body.signInUrl).toBe(
      `${stack.emulatorUrl}/signin?redirect_uri=${encodeURIComponent('http://127.0.0.1/')}`,
    );
  });

  it('when the authority is Entra ID, then no sign-in page is offered', async () => {
    const production = await stack.startApi({ ENTRA_AUTHORITY_HOST: 'https://login.microsoftonline.com' });
    try {
      const res = await fetch(`${production.url}/api/client-config`);
      expect(await res.json()).toEqual({});
    } finally {
      await production.close();
    }
  });

  it('when the tab is served, then its CSP lets teams-js fetch the Teams host list and Fluent inject styles, and Teams may frame it', async () => {
    const res = await stack.api('/api/client-config', { token: null });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self' https://res.cdn.office.net");
    expect(csp).toMatch(/style-src [^;]*'unsafe-inline'/);
    expect(csp).toContain('frame-ancestors');
    expect(csp).toContain('https://teams.microsoft.com');
  });
});
