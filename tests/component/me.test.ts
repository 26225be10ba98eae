import { findIanaAliases } from 'windows-iana';
import { MyProfileResponse } from '../../api/http/schemas';
import { scoped } from '../../api/store';
import type { EmulatorPerson } from '../../emulator/types';
import { startTestStack, type TestStack } from '../fixtures/test-stack';

/** Same zone under any of its IANA names (CLDR keeps Asia/Calcutta where IANA now says Asia/Kolkata). */
const sameZone = (actual: string, expected: string) =>
  expect([expected, ...findIanaAliases(expected)]).toContain(actual);

describe('GET /api/me', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  afterEach(async () => {
    await stack.control('/reset');
  });

  /** A seeded person whose mailbox names its zone the Windows way. */
  function givenPersonIn(ianaZone: string, mailboxZone: (name: string) => boolean): EmulatorPerson {
    const person = stack.org.people.find(
      (p) => p.ianaTimeZone === ianaZone && mailboxZone(p.mailboxTimeZone),
    );
    if (!person) throw new Error(`the seeded org has nobody in ${ianaZone} with such a mailbox zone`);
    return person;
  }

  it('when someone in India with a Windows zone name signs in, then their profile, IANA zone and hours come from Graph', async () => {
    const person = givenPersonIn('Asia/Kolkata', (name) => name === 'India Standard Time');
    const token = await stack.signIn(person.userPrincipalName);

    const res = await stack.api('/api/me', { token });

    expect(res.status).toBe(200);
    const profile = MyProfileResponse.parse(await res.json());
    expect(profile).toMatchObject({
      id: person.id,
      displayName: person.displayName,
      upn: person.userPrincipalName,
      jobTitle: person.jobTitle,
      department: person.department,
      workingHours: {
        daysOfWeek: person.workingHours.daysOfWeek,
        start: person.workingHours.startTime.slice(0, 5),
        end: person.workingHours.endTime.slice(0, 5),
      },
    });
    sameZone(profile.timeZone, 'Asia/Kolkata');
    sameZone(profile.workingHours.timeZone, 'Asia/Kolkata');
  });

  it('when someone signs in, then the people cache of their tenant holds them with IANA zone and hours', async () => {
    const person = givenPersonIn('Australia/Sydney', (name) => name === 'AUS Eastern Standard Time');
    const token = await stack.signIn(person.userPrincipalName);

    expect((await stack.api('/api/me', { token })).status).toBe(200);

    const cached = await scoped(stack.database.db, stack.config.appTenantId).people.get(person.id);
    expect(cached).toMatchObject({
      id: person.id,
      upn: person.userPrincipalName,
      department: person.department,
      timeZone: 'Australia/Sydney',
      hireDate: person.employeeHireDate.slice(0, 10),
      workingHours: {
        days: person.workingHours.daysOfWeek,
        start: person.workingHours.startTime.slice(0, 5),
        timeZone: 'Australia/Sydney',
      },
    });
    const elsewhere = await scoped(stack.database.db, '00000000-0000-4000-8000-000000000000').people.get(
      person.id,
    );
    expect(elsewhere).toBeUndefined();
  });

  it("when the app has lost MailboxSettings.Read, then a clear 502 problem names Graph's refusal without leaking it raw", async () => {
    const grant = (await (await fetch(`${stack.emulatorUrl}/_emulator/permissions`)).json()) as {
      delegated: string[];
    };
    await stack.control('/permissions', {
      delegated: grant.delegated.filter((p) => p !== 'MailboxSettings.Read'),
    });
    const person = stack.org.people[1]!;
    const token = await stack.signIn(person.userPrincipalName);

    const res = await stack.api('/api/me', { token });

    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await res.json();
    expect(problem).toMatchObject({
      type: 'urn:peerpods:problem:graph_forbidden',
      status: 502,
      instance: '/api/me',
      upstream: { service: 'graph', status: 403, code: expect.any(String) },
    });
    expect(problem.detail).toMatch(/permission/);
    expect(problem.upstream.requestId).toEqual(expect.any(String));
    expect(JSON.stringify(problem)).not.toMatch(/stack|at .*\.ts|innerError/);
  });

  it('when the request id is sent, then the same id comes back and is in the problem', async () => {
    const res = await stack.api('/api/nowhere', {
      token: await stack.signIn(stack.org.people[2]!.userPrincipalName),
      headers: { 'x-request-id': 'trace-42' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    expect(await res.json()).toMatchObject({ requestId: 'trace-42', type: 'urn:peerpods:problem:not_found' });
  });
});
