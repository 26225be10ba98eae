import { findIana } from 'windows-iana';
import type { Participant } from '../api/domain/pods';
import { WEEKDAYS, type Weekday } from '../api/domain/time';
import { generateOrg } from '../emulator/seed/generate-org';
import { mulberry32 } from '../emulator/seed/prng';
import type { EmulatorPerson } from '../emulator/types';

const TOPICS = [
  'delegation',
  'feedback',
  'influence',
  'prioritising',
  'presenting',
  'hiring',
  'strategy',
  'coaching',
  'negotiation',
];

/** IANA name of a Graph working-hours zone, which is usually a Windows name. */
function ianaOf(name: string): string {
  return name.includes('/') || name === 'UTC' ? name : (findIana(name)[0] ?? name);
}

/** A participant as enrollment would build one from Graph: full manager chain, IANA zone, "HH:MM" hours. */
function toParticipant(
  person: EmulatorPerson,
  byId: Map<string, EmulatorPerson>,
  rng: () => number,
): Participant {
  const managerChain: string[] = [];
  for (let m = person.managerId; m; m = byId.get(m)?.managerId ?? null) managerChain.push(m);
  const topic = () => TOPICS[Math.floor(rng() * TOPICS.length)]!;
  const days = person.workingHours.daysOfWeek.filter((d): d is Weekday =>
    (WEEKDAYS as readonly string[]).includes(d),
  );
  return {
    id: person.id,
    level: person.level,
    department: person.department,
    managerChain,
    workingHours: {
      days,
      start: person.workingHours.startTime.slice(0, 5),
      end: person.workingHours.endTime.slice(0, 5),
      timeZone: ianaOf(person.workingHours.timeZone.name),
    },
    goals: [topic()],
    interests: [topic(), topic()],
    avoid: [],
    previousPartners: [],
  };
}

/**
 * A cohort from the emulator's seeded org (the same generator the demo tenant uses): everyone below the CEO,
 * whose reporting line covers the whole org. About 2% avoid someone, and 30% sat in a trio last cohort.
 */
export function benchCohort(size: number, seed: number): Participant[] {
  const org = generateOrg({ seed, size: size + 1, tenantId: 'bench' });
  const byId = new Map(org.people.map((p) => [p.id, p]));
  const rng = mulberry32(seed ^ 0xc0ffee);
  const cohort = org.people.filter((p) => p.managerId !== null).map((p) => toParticipant(p, byId, rng));
  for (const person of cohort) {
    if (rng() < 0.02) person.avoid.push(cohort[Math.floor(rng() * cohort.length)]!.id);
  }
  const returning = cohort.filter(() => rng() < 0.3);
  for (let k = 0; k + 2 < returning.length; k += 3) {
    const trio = returning.slice(k, k + 3);
    for (const p of trio) p.previousPartners.push(...trio.filter((q) => q !== p).map((q) => q.id));
  }
  return cohort;
}
