import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

describe('the app shell', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('when /healthz is asked, then the process answers ok', async () => {
    const res = await stack.api('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('when /readyz is asked with the database migrated, then it is ready', async () => {
    const res = await stack.api('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
  });

  it('when any page is served, then Teams hosts may frame it and nothing else may', async () => {
    const res = await stack.api('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(
      "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://outlook.office.com https://outlook.office365.com https://*.microsoft365.com",
    );
    // X-Frame-Options would override frame-ancestors in old hosts and block Teams.
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('when there is no tab build, then / shows the placeholder with links to health and the emulator sign-in', async () => {
    const res = await stack.api('/');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>PeerPods</h1>');
    expect(html).toContain('href="/healthz"');
    // The sign-in page sends the chosen person back to this app with their token.
    const back = encodeURIComponent(`${stack.config.publicUrl}/`);
    expect(html).toContain(`href="${stack.emulatorUrl}/signin?redirect_uri=${back}"`);
  });

  it.each([
    ['/privacy', 'PeerPods privacy statement', 'never the subject, location or attendees'],
    ['/terms', 'PeerPods terms of use', 'What is said in a pod stays in the pod'],
  ])(
    'when the manifest links to %s, then the API serves that page without a sign-in',
    async (path, title, line) => {
      const res = await stack.api(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toContain(`<h1>${title}</h1>`);
      expect(html).toContain(line);
    },
  );

  it('when the body of an API call is not JSON, then 400 problem, before any token is looked at', async () => {
    const res = await stack.api('/api/me', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ type: 'urn:peerpods:problem:malformed_body' });
  });

  it('when no request id is sent, then one is generated and returned', async () => {
    const res = await stack.api('/healthz');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when an unknown /api route is called by a signed-in user, then 404 problem', async () => {
    const token = await stack.signIn(stack.org.people[0]!.userPrincipalName);
    const res = await stack.api('/api/does-not-exist', { token });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ status: 404, instance: '/api/does-not-exist' });
  });

  it('when a tab build exists, then it is served at / and for client-side routes, while /api stays the API', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'peerpods-tab-'));
    try {
      await writeFile(
        join(dist, 'index.html'),
        '<!doctype html><title>PeerPods tab</title><div id="root"></div>',
      );
      await writeFile(join(dist, 'app.js'), 'console.log("tab")');
      const withTab = await stack.startApi({ TAB_DIST_DIR: dist });

      expect(await (await fetch(`${withTab.url}/`)).text()).toContain('PeerPods tab');
      expect(await (await fetch(`${withTab.url}/pods/42`)).text()).toContain('PeerPods tab');
      expect(await (await fetch(`${withTab.url}/app.js`)).text()).toContain('console.log');
      expect((await fetch(`${withTab.url}/api/me`)).status).toBe(401);
      // The manifest's privacy and terms links are real pages, not the tab's client-side fallback.
      expect(await (await fetch(`${withTab.url}/privacy`)).text()).toContain('PeerPods privacy statement');
      await withTab.close();
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});
