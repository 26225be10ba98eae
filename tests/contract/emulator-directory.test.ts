import { startEmulatorSession, graphFailure, type EmulatorSession } from '../fixtures/emulator-session';
import type { EmulatorPerson } from '../../emulator/types';

let emu: EmulatorSession;
let appToken: string;

beforeAll(async () => {
  emu = await startEmulatorSession({ seed: 42, size: 120 });
  appToken = await emu.appToken();
});
afterAll(() => emu.close());

const byLevel = (min: number) => emu.org.people.find((p) => p.level <= min && p.managerId) as EmulatorPerson;

describe('emulated Graph users', () => {
  it('when listing with $top, then nextLink pages through everyone exactly once', async () => {
    const graph = emu.graph(appToken);
    const seen: string[] = [];
    let page = (await graph.api('/users').top(50).select('id,displayName').get()) as {
      value: { id: string }[];
      '@odata.nextLink'?: string;
    };
    let pages = 1;
    seen.push(...page.value.map((u) => u.id));
    while (page['@odata.nextLink']) {
      const next = page['@odata.nextLink'];
      expect(next.startsWith(`${emu.url}/v1.0/users?`)).toBe(true);
      expect(next).toContain('$skiptoken=');
      page = (await graph.api(next.slice(`${emu.url}/v1.0`.length)).get()) as typeof page;
      seen.push(...page.value.map((u) => u.id));
      pages++;
    }
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(emu.org.people.length);
  });

  it('when no $select is given, then department and hire date are left out but jobTitle and officeLocation come back', async () => {
    const person = byLevel(3);
    const user = (await emu.graph(appToken).api(`/users/${person.id}`).get()) as Record<string, unknown>;
    expect(user).toMatchObject({
      id: person.id,
      jobTitle: person.jobTitle,
      officeLocation: person.officeLocation,
      businessPhones: [],
    });
    expect(user).not.toHaveProperty('department');
    expect(user).not.toHaveProperty('employeeHireDate');
    const selected = (await emu
      .graph(appToken)
      .api(`/users/${person.userPrincipalName}`)
      .select('department,employeeHireDate,employeeType')
      .get()) as Record<string, unknown>;
    expect(selected).toEqual(
      expect.objectContaining({
        department: person.department,
        employeeHireDate: person.employeeHireDate,
        employeeType: person.employeeType,
      }),
    );
    expect(selected).not.toHaveProperty('displayName');
  });

  it.each([
    ["department eq 'Engineering'", (p: EmulatorPerson) => p.department === 'Engineering'],
    [
      "startswith(displayName,'A') and department eq 'Engineering'",
      (p: EmulatorPerson) => p.displayName.startsWith('A') && p.department === 'Engineering',
    ],
  ])('when filtering by %s, then exactly the matching people come back', async (filter, predicate) => {
    const res = (await emu.graph(appToken).api('/users').filter(filter).top(999).get()) as {
      value: { id: string }[];
    };
    const expected = emu.org.people.filter(predicate).map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(res.value.map((u) => u.id).sort()).toEqual(expected.sort());
  });

  it('when filtering on something unsupported, then 400 Request_UnsupportedQuery', async () => {
    const failure = await graphFailure(emu.graph(appToken).api('/users').filter("jobTitle ne 'CEO'").get());
    expect(failure.statusCode).toBe(400);
    expect(failure.code).toBe('Request_UnsupportedQuery');
  });

  it('when expanding manager with $levels=max, then the chain climbs to the CEO', async () => {
    const person = emu.org.people.find((p) => p.level === 1 && p.managerId) as EmulatorPerson;
    const user = (await emu
      .graph(appToken)
      .api(`/users/${person.id}`)
      .expand('manager($levels=max;$select=id,jobTitle)')
      .get()) as {
      manager?: { id: string; manager?: unknown };
    };
    const chain: string[] = [];
    for (let m: { id: string; manager?: unknown } | undefined = user.manager; m; m = m.manager as typeof m)
      chain.push(m.id);
    const expected: string[] = [];
    for (let id = person.managerId; id; id = emu.org.people.find((p) => p.id === id)?.managerId ?? null)
      expected.push(id);
    expect(chain).toEqual(expected);
    expect(chain.length).toBeGreaterThanOrEqual(3);
  });

  it('when reading manager and directReports, then they agree with the seeded hierarchy', async () => {
    const person = byLevel(3);
    const manager = (await emu.graph(appToken).api(`/users/${person.id}/manager`).get()) as {
      id: string;
      '@odata.type': string;
    };
    expect(manager).toMatchObject({ id: person.managerId, '@odata.type': '#microsoft.graph.user' });
    const reports = (await emu.graph(appToken).api(`/users/${manager.id}/directReports`).get()) as {
      value: { id: string }[];
    };
    expect(reports.value.map((r) => r.id)).toContain(person.id);
    const ceo = emu.org.people.find((p) => p.managerId === null) as EmulatorPerson;
    expect((await graphFailure(emu.graph(appToken).api(`/users/${ceo.id}/manager`).get())).statusCode).toBe(
      404,
    );
  });

  it('when reading mailboxSettings, then time zone and working hours come from the seeded person', async () => {
    const person = byLevel(3);
    const settings = (await emu.graph(appToken).api(`/users/${person.id}/mailboxSettings`).get()) as Record<
      string,
      unknown
    >;
    expect(settings).toMatchObject({ timeZone: person.mailboxTimeZone, workingHours: person.workingHours });
  });

  it('when a delegated token with only User.Read reads another user, then 403; /me works', async () => {
    const me = byLevel(3);
    const other = emu.org.people.find((p) => p.id !== me.id) as EmulatorPerson;
    const delegated = emu.graph(await emu.delegatedToken(me));
    expect(await delegated.api('/me').get()).toMatchObject({
      id: me.id,
      userPrincipalName: me.userPrincipalName,
    });
    expect(await delegated.api('/me/mailboxSettings').get()).toMatchObject({ timeZone: me.mailboxTimeZone });
    const failure = await graphFailure(delegated.api(`/users/${other.id}`).get());
    expect([failure.statusCode, failure.code]).toEqual([403, 'Authorization_RequestDenied']);
    const mailbox = await graphFailure(delegated.api(`/users/${other.id}/mailboxSettings`).get());
    expect([mailbox.statusCode, mailbox.code]).toEqual([403, 'ErrorAccessDenied']);
  });

  it('when the application permission is revoked through the control API, then new tokens get 403', async () => {
    await emu.control('POST', 'permissions', {
      application: ['Calendars.ReadWrite', 'MailboxSettings.Read'],
    });
    try {
      const revoked = await emu.appToken();
      const failure = await graphFailure(emu.graph(revoked).api('/users').get());
      expect([failure.statusCode, failure.code]).toEqual([403, 'Authorization_RequestDenied']);
    } finally {
      await emu.control('POST', 'reset');
    }
    expect(
      await emu
        .graph(await emu.appToken())
        .api('/users')
        .top(1)
        .get(),
    ).toHaveProperty('value');
  });
});

describe('emulated Graph envelope', () => {
  it('when the token is missing, then 401 InvalidAuthenticationToken in the Graph envelope with request ids', async () => {
    const res = await fetch(`${emu.url}/v1.0/users`, { headers: { 'client-request-id': 'abc-123' } });
    expect(res.status).toBe(401);
    expect(res.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('client-request-id')).toBe('abc-123');
    const body = (await res.json()) as {
      error: { code: string; message: string; innerError: Record<string, string> };
    };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.innerError).toEqual({
      date: expect.any(String),
      'request-id': res.headers.get('request-id'),
      'client-request-id': 'abc-123',
    });
  });

  it('when the emulator clock passes the token expiry, then the same token gets 401', async () => {
    const token = await emu.appToken();
    await emu.control('POST', 'clock', { advanceMs: 2 * 3600_000 });
    try {
      const failure = await graphFailure(emu.graph(token).api('/users').top(1).get());
      expect([failure.statusCode, failure.code]).toEqual([401, 'InvalidAuthenticationToken']);
    } finally {
      await emu.control('POST', 'reset');
    }
  });

  it('when a token is signed by another key, then 401', async () => {
    const [h, p] = appToken.split('.');
    const forged = `${h}.${p}.${Buffer.from('not-a-signature').toString('base64url')}`;
    expect((await graphFailure(emu.graph(forged).api('/users').get())).statusCode).toBe(401);
  });
});
