import { generateOrg, personSeed } from '../../../emulator/seed/generate-org';
import type { EmulatorPerson, SeededOrg } from '../../../emulator/types';

const chainOf = (org: SeededOrg, person: EmulatorPerson): EmulatorPerson[] => {
  const byId = new Map(org.people.map((p) => [p.id, p]));
  const chain: EmulatorPerson[] = [];
  const seen = new Set<string>([person.id]);
  for (
    let m = person.managerId ? byId.get(person.managerId) : undefined;
    m;
    m = m.managerId ? byId.get(m.managerId) : undefined
  ) {
    if (seen.has(m.id)) throw new Error(`cycle at ${m.id}`);
    seen.add(m.id);
    chain.push(m);
  }
  return chain;
};

describe('generateOrg', () => {
  it('when called twice with the same seed, then the organizations are identical; another seed differs', () => {
    expect(generateOrg({ seed: 11, size: 300 })).toEqual(generateOrg({ seed: 11, size: 300 }));
    expect(generateOrg({ seed: 12, size: 300 }).people.map((p) => p.displayName)).not.toEqual(
      generateOrg({ seed: 11, size: 300 }).people.map((p) => p.displayName),
    );
  });

  it('when generated, then ids, UPNs and display names are unique', () => {
    const org = generateOrg({ seed: 5, size: 4000 });
    for (const key of ['id', 'userPrincipalName', 'displayName'] as const)
      expect(new Set(org.people.map((p) => p[key])).size).toBe(4000);
  });

  it('when generated, then the hierarchy has one root, no cycles, several levels and managers above their reports', () => {
    const org = generateOrg({ size: 120 });
    const byId = new Map(org.people.map((p) => [p.id, p]));
    expect(org.people.filter((p) => p.managerId === null)).toHaveLength(1);
    const depths = org.people.map((p) => chainOf(org, p).length);
    expect(Math.max(...depths)).toBeGreaterThanOrEqual(4);
    for (const p of org.people) {
      const manager = p.managerId ? byId.get(p.managerId) : undefined;
      if (p.managerId) expect(manager?.level).toBeGreaterThan(p.level);
    }
    expect(new Set(org.people.map((p) => p.level))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
  });

  it('when generated, then it spans the required zones, Windows and IANA names, varied hours and busy ratios', () => {
    const org = generateOrg({ size: 400 });
    const zones = new Set(org.people.map((p) => p.ianaTimeZone));
    for (const z of [
      'America/Los_Angeles',
      'America/New_York',
      'Europe/London',
      'Europe/Berlin',
      'Asia/Kolkata',
      'Australia/Sydney',
    ])
      expect(zones).toContain(z);
    const mailboxZones = new Set(org.people.map((p) => p.mailboxTimeZone));
    for (const z of ['Pacific Standard Time', 'India Standard Time', 'AUS Eastern Standard Time'])
      expect(mailboxZones).toContain(z);
    expect(org.people.some((p) => p.mailboxTimeZone === p.ianaTimeZone)).toBe(true);
    expect(new Set(org.people.map((p) => p.workingHours.startTime)).size).toBeGreaterThanOrEqual(3);
    expect(org.people.some((p) => p.workingHours.daysOfWeek.length === 4)).toBe(true);
    expect(org.people.every((p) => p.busyRatio >= 0.5 && p.busyRatio <= 0.7)).toBe(true);
    const hireYears = new Set(org.people.map((p) => p.employeeHireDate.slice(0, 4)));
    expect(hireYears.size).toBeGreaterThanOrEqual(9);
  });

  it('when generated, then there are two demo teams with a Peer coaching channel', () => {
    const org = generateOrg();
    expect(org.teams).toHaveLength(2);
    expect(org.teams[0]?.channels.map((c) => c.displayName)).toContain('Peer coaching');
    expect(
      org.teams.flatMap((t) => t.channels).every((c) => /^19:[0-9a-f]{32}@thread\.tacv2$/.test(c.id)),
    ).toBe(true);
  });

  it('when 10,000 people are asked for, then 10,000 are generated', () => {
    expect(generateOrg({ size: 10_000 }).people).toHaveLength(10_000);
  });

  it('when deriving a person seed, then it is stable and differs across people', () => {
    expect(personSeed(1, 'a')).toBe(personSeed(1, 'a'));
    expect(personSeed(1, 'a')).not.toBe(personSeed(1, 'b'));
    expect(personSeed(1, 'a')).not.toBe(personSeed(2, 'a'));
  });
});
