import { createAdapters, type Adapters } from '../../api/compose';
import { loadConfig } from '../../api/config';
import { UpstreamError } from '../../api/errors';
import type { Acting } from '../../api/ports';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import type { EmulatorPerson } from '../../emulator/types';
import { offlineEnv } from '../fixtures/test-stack';

describe('the Graph directory adapter against the emulator', () => {
  let emulator: RunningEmulator;
  let adapters: Adapters;
  let asApp: Acting;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, host: '127.0.0.1' });
    const config = loadConfig(offlineEnv(emulator.url, 'silent'));
    adapters = createAdapters(config);
    asApp = { as: 'app', tenantId: config.appTenantId };
  });

  afterAll(async () => {
    await emulator?.close();
  });

  const byId = (id: string | null) => emulator.org.people.find((p) => p.id === id);
  /** Someone at least three levels below the top. */
  function givenDeepPerson(): EmulatorPerson {
    const depth = (p: EmulatorPerson): number => (p.managerId ? 1 + depth(byId(p.managerId)!) : 0);
    const person = emulator.org.people.find((p) => depth(p) >= 3);
    if (!person) throw new Error('the seeded org is flatter than three levels');
    return person;
  }

  it('when the app reads a person app-only, then department and hire date come back', async () => {
    const person = emulator.org.people[5]!;
    const found = await adapters.directory.getPerson(asApp, person.id);
    expect(found).toEqual({
      id: person.id,
      displayName: person.displayName,
      upn: person.userPrincipalName,
      mail: person.mail,
      jobTitle: person.jobTitle,
      department: person.department,
      officeLocation: person.officeLocation,
      employeeHireDate: expect.stringMatching(new RegExp(`^${person.employeeHireDate.slice(0, 10)}`)),
    });
  });

  it('when the app walks a reporting line, then managers come nearest first up to the top', async () => {
    const person = givenDeepPerson();
    const chain = await adapters.directory.getManagerChain(asApp, person.id);
    const expected: string[] = [];
    for (let m = byId(person.managerId); m; m = byId(m.managerId)) expected.push(m.id);
    expect(chain.map((p) => p.id)).toEqual(expected);
  });

  it('when a mailbox names a Windows zone, then the adapter hands out IANA names only', async () => {
    const person = emulator.org.people.find((p) => p.mailboxTimeZone === 'Pacific Standard Time')!;
    const settings = await adapters.directory.getMailboxSettings(asApp, person.id);
    expect(settings.timeZone).toBe('America/Los_Angeles');
    expect(settings.workingHours).toEqual({
      days: person.workingHours.daysOfWeek,
      start: person.workingHours.startTime.slice(0, 5),
      end: person.workingHours.endTime.slice(0, 5),
      timeZone: 'America/Los_Angeles',
    });
  });

  it('when the person does not exist, then a Graph 404 upstream error', async () => {
    const error = await adapters.directory
      .getPerson(asApp, 'nobody@contoso-demo.example')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).upstream).toMatchObject({ service: 'graph', status: 404 });
  });
});
