import type { EmulatorPerson } from '../types';
import { hashKey, pick, seededRandom } from './seeded-random';
import { WEEKDAYS } from './time-zones';

/** A weekly slot in the person's local time, in 30-minute cells from the start of working hours. */
export interface WeeklySlot {
  weekday: number;
  cell: number;
  cells: number;
  subject: string;
  location: string;
  /** 2 for every other week; `parity` says which weeks. */
  everyWeeks: 1 | 2;
  parity: number;
}

/** What stays the same for a person from week to week. */
export interface BackgroundProfile {
  zone: string;
  workDays: Set<number>;
  startMinute: number;
  cellCount: number;
  busyRatio: number;
  recurring: WeeklySlot[];
}

const profiles = new Map<string, BackgroundProfile>();

function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** The person's recurring pattern, derived from (org seed, person id) and cached. */
export function backgroundProfile(person: EmulatorPerson, seed: number | string): BackgroundProfile {
  const key = `${seed}|${person.id}`;
  const cached = profiles.get(key);
  if (cached) return cached;
  if (profiles.size > 20_000) profiles.clear();

  const startMinute = minutesOf(person.workingHours.startTime);
  const endMinute = minutesOf(person.workingHours.endTime);
  const cellCount = Math.max(0, Math.floor((endMinute - startMinute) / 30));
  const workDays = new Set(
    person.workingHours.daysOfWeek.map((d) => WEEKDAYS.indexOf(d.toLowerCase() as (typeof WEEKDAYS)[number])).filter((d) => d >= 0),
  );
  const days = [...workDays].sort();
  const recurring: WeeklySlot[] = [];
  if (days.length > 0 && cellCount >= 4) {
    // Teammates share the manager's key, so people in one zone see their team meeting at the same time.
    const team = seededRandom(hashKey(seed, 'team', person.managerId ?? person.id));
    recurring.push({
      weekday: pick(team, days),
      cell: 1 + Math.floor(team() * (cellCount - 3)),
      cells: team() < 0.5 ? 1 : 2,
      subject: `${person.department} team sync`,
      location: 'Microsoft Teams Meeting',
      everyWeeks: 1,
      parity: 0,
    });
    const own = seededRandom(hashKey(seed, 'own', person.id));
    if (person.managerId) {
      recurring.push({
        weekday: pick(own, days),
        cell: Math.floor(own() * (cellCount - 1)),
        cells: 1,
        subject: '1:1 with manager',
        location: 'Microsoft Teams Meeting',
        everyWeeks: own() < 0.5 ? 1 : 2,
        parity: own() < 0.5 ? 0 : 1,
      });
    }
    const focusCount = own() < 0.5 ? 1 : 2;
    for (let i = 0; i < focusCount; i++) {
      recurring.push({
        weekday: pick(own, days),
        cell: own() < 0.5 ? 0 : Math.max(0, cellCount - 4),
        cells: Math.min(4, cellCount),
        subject: 'Focus time',
        location: '',
        everyWeeks: 1,
        parity: 0,
      });
    }
  }
  const profile: BackgroundProfile = {
    zone: person.ianaTimeZone,
    workDays,
    startMinute,
    cellCount,
    busyRatio: person.busyRatio,
    recurring,
  };
  profiles.set(key, profile);
  return profile;
}
