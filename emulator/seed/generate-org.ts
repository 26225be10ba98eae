import { findWindows } from 'windows-iana';
import type { EmulatorPerson, EmulatorTeam, SeededOrg } from '../types';
import { DEMO_TENANT_DOMAIN, DEMO_TENANT_ID } from '../demo-tenant';
import {
  DEMO_TEAMS,
  DEPARTMENTS,
  OFFICES,
  WORKING_HOURS,
  jobTitle,
  type Department,
  type Office,
} from './org-catalog';
import { GIVEN_NAMES, SURNAMES } from './names';
import { deterministicGuid, mulberry32, pick, pickWeighted, randomInt, type Prng } from './prng';

export { personSeed } from './prng';

export interface GenerateOrgOptions {
  seed?: number;
  /** Number of people, at least 12; default 120. */
  size?: number;
  tenantId?: string;
  domain?: string;
}

export const DEFAULT_ORG_SEED = 20240901;
export const DEFAULT_ORG_SIZE = 120;

const HIRE_EPOCH = Date.UTC(2015, 0, 5);
const TEN_YEARS_MS = 3652 * 86_400_000;
/** A manager keeps up to this many direct reports before the team is split under sub-leads. */
const SPAN = 8;

interface Slot {
  dept: Department;
  level: number;
  managerIndex: number | null;
  isManager: boolean;
  office: Office;
}

/** Builds a deterministic demo organization: pure function of its options. */
export function generateOrg(options: GenerateOrgOptions = {}): SeededOrg {
  const seed = (options.seed ?? DEFAULT_ORG_SEED) >>> 0;
  const size = Math.max(12, Math.floor(options.size ?? DEFAULT_ORG_SIZE));
  const tenantId = options.tenantId ?? DEMO_TENANT_ID;
  const domain = options.domain ?? DEMO_TENANT_DOMAIN;
  const rng = mulberry32(seed);

  const slots = buildHierarchy(rng, size);
  const names = new NameFactory(rng, domain);
  const idRng = mulberry32(seed ^ 0x5eed1d);
  const people = slots.map((slot, index) =>
    makePerson(rng, slot, index, deterministicGuid(idRng, index), names),
  );
  people.forEach((person, index) => {
    const managerIndex = slots[index]?.managerIndex;
    person.managerId = managerIndex == null ? null : (people[managerIndex]?.id ?? null);
  });
  return { tenantId, seed, people, teams: makeTeams(mulberry32(seed ^ 0x7ea5), slots.length) };
}

function buildHierarchy(rng: Prng, size: number): Slot[] {
  const hq: Office = OFFICES[0]?.value ?? { city: 'Seattle', zone: 'America/Los_Angeles' };
  const slots: Slot[] = [{ dept: DEPARTMENTS[7], level: 7, managerIndex: null, isManager: true, office: hq }];
  const remaining = size - 1;
  const totalWeight = DEPARTMENTS.reduce((s, d) => s + d.weight, 0);
  let assigned = 0;
  DEPARTMENTS.forEach((dept, i) => {
    const headcount =
      i === DEPARTMENTS.length - 1
        ? remaining - assigned
        : Math.max(1, Math.round((remaining * dept.weight) / totalWeight));
    const clamped = Math.min(headcount, remaining - assigned - (DEPARTMENTS.length - 1 - i));
    if (clamped <= 0) return;
    assigned += clamped;
    const office = pickWeighted(rng, OFFICES);
    slots.push({ dept, level: 6, managerIndex: 0, isManager: clamped > 1, office });
    growTeam(rng, slots, slots.length - 1, clamped - 1);
  });
  return slots;
}

/** Places `count` people under the leader at `leaderIndex`, splitting into sub-teams when too many. */
function growTeam(rng: Prng, slots: Slot[], leaderIndex: number, count: number): void {
  const leader = slots[leaderIndex];
  if (!leader || count <= 0) return;
  if (count <= SPAN + 1 || leader.level <= 4) {
    for (let i = 0; i < count; i++) {
      slots.push({
        dept: leader.dept,
        level: icLevel(rng, leader.level),
        managerIndex: leaderIndex,
        isManager: false,
        office: teamOffice(rng, leader.office),
      });
    }
    return;
  }
  const layersBelow = leader.level - 4;
  const leads = Math.min(
    count,
    Math.max(2, Math.min(12, Math.round(Math.pow(count, 1 / (layersBelow + 1))))),
  );
  const rest = count - leads;
  let given = 0;
  for (let i = 0; i < leads; i++) {
    const share = i === leads - 1 ? rest - given : Math.floor(rest / leads);
    given += share;
    const level = Math.min(leader.level - 1, share <= SPAN + 1 ? 4 : 5);
    slots.push({
      dept: leader.dept,
      level,
      managerIndex: leaderIndex,
      isManager: share > 0,
      office: teamOffice(rng, leader.office),
    });
    growTeam(rng, slots, slots.length - 1, share);
  }
}

/** Individual contributors: a pyramid of levels 1–3, some 4, always below their manager. */
function icLevel(rng: Prng, managerLevel: number): number {
  const level = pickWeighted(rng, [
    { value: 1, weight: 25 },
    { value: 2, weight: 40 },
    { value: 3, weight: 27 },
    { value: 4, weight: 8 },
  ]);
  return Math.min(level, managerLevel - 1);
}

/** Teams cluster in their lead's office; some members sit elsewhere. */
function teamOffice(rng: Prng, leaderOffice: Office): Office {
  return rng() < 0.7 ? leaderOffice : pickWeighted(rng, OFFICES);
}

function makePerson(rng: Prng, slot: Slot, index: number, id: string, names: NameFactory): EmulatorPerson {
  const { givenName, surname, displayName, upn } = names.next();
  const mailboxTimeZone =
    rng() < 0.8 ? (findWindows(slot.office.zone)[0] ?? slot.office.zone) : slot.office.zone;
  const hours = pickWeighted(rng, WORKING_HOURS);
  // Seniority shifts hire dates earlier: leaders tend to have been around longer.
  const tenureBias = index === 0 ? 0 : Math.pow(rng(), 1 + (slot.level - 1) * 0.15);
  const hireMs = HIRE_EPOCH + Math.floor(tenureBias * TEN_YEARS_MS);
  return {
    id,
    userPrincipalName: upn,
    mail: upn,
    displayName,
    givenName,
    surname,
    jobTitle: index === 0 ? 'Chief Executive Officer' : jobTitle(slot.dept, slot.level, slot.isManager),
    department: slot.dept.name,
    officeLocation: slot.office.city,
    employeeHireDate: new Date(hireMs - (hireMs % 86_400_000)).toISOString().replace('.000Z', 'Z'),
    employeeType: !slot.isManager && rng() < 0.05 ? 'Contractor' : 'Employee',
    level: slot.level,
    managerId: null,
    ianaTimeZone: slot.office.zone,
    mailboxTimeZone,
    workingHours: {
      daysOfWeek: [...hours.daysOfWeek],
      startTime: hours.startTime,
      endTime: hours.endTime,
      timeZone: { name: mailboxTimeZone },
    },
    // Kept inside 50–70% so a month with an extra light or heavy day still lands in that band.
    busyRatio: Math.round((0.52 + rng() * 0.16) * 100) / 100,
  };
}

class NameFactory {
  private readonly usedNames = new Set<string>();
  private readonly usedUpns = new Set<string>();
  constructor(
    private readonly rng: Prng,
    private readonly domain: string,
  ) {}

  next(): { givenName: string; surname: string; displayName: string; upn: string } {
    const givenName = pick(this.rng, GIVEN_NAMES);
    const surname = pick(this.rng, SURNAMES);
    let displayName = `${givenName} ${surname}`;
    for (let attempt = 1; this.usedNames.has(displayName); attempt++) {
      const initial = String.fromCharCode(65 + randomInt(this.rng, 0, 25));
      displayName =
        attempt <= 5
          ? `${givenName} ${initial}. ${surname}`
          : `${givenName} ${initial}. ${surname} ${attempt}`;
    }
    this.usedNames.add(displayName);
    const local = `${ascii(givenName)}.${ascii(surname)}`;
    let upn = `${local}@${this.domain}`;
    for (let n = 2; this.usedUpns.has(upn); n++) upn = `${local}${n}@${this.domain}`;
    this.usedUpns.add(upn);
    return { givenName, surname, displayName, upn };
  }
}

function ascii(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

function makeTeams(rng: Prng, offset: number): EmulatorTeam[] {
  const threadId = () =>
    `19:${Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16)).join('')}@thread.tacv2`;
  return DEMO_TEAMS.map((team, t) => ({
    id: deterministicGuid(rng, offset + t),
    displayName: team.displayName,
    channels: team.channels.map((c) => ({
      id: threadId(),
      displayName: c.displayName,
      description: c.description,
    })),
  }));
}
