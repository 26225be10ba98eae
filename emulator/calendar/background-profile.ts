import { workingZoneOf } from '../people/working-hours';
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
  /** Busy share of each working weekday (0 = Monday); they average to busyRatio. */
  dayBusyRatio: Map<number, number>;
  recurring: WeeklySlot[];
}

/** Share of a day's busy time that repeats every week, as standing meetings do; the rest are one-offs. */
const STABLE_SHARE = 0.8;
/** A light day (fewer meetings, like a no-meeting afternoon) carries this share of an average day's load. */
const LIGHT_DAY_FACTOR = 0.3;
/** The company-wide light day (Wednesday), which most people keep; the rest keep one of their own. */
const COMPANY_LIGHT_DAY = 2;
const STANDING_SUBJECTS = [
  'Weekly project sync',
  'Staff meeting',
  'Standup',
  'Pipeline review',
  'Ops review',
  'Office hours',
];

const profiles = new Map<string, BackgroundProfile>();

function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** The person's recurring pattern, derived from (org seed, person id) and cached. */
export function backgroundProfile(person: EmulatorPerson, seed: number | string): BackgroundProfile {
  // Keyed by what shapes the pattern, so a person whose hours or zone change gets a new one.
  const hours = person.workingHours;
  const key = `${seed}|${person.id}|${hours.daysOfWeek.join()}|${hours.startTime}|${hours.endTime}|${workingZoneOf(person)}`;
  const cached = profiles.get(key);
  if (cached) return cached;
  if (profiles.size > 20_000) profiles.clear();

  const startMinute = minutesOf(person.workingHours.startTime);
  const endMinute = minutesOf(person.workingHours.endTime);
  const cellCount = Math.max(0, Math.floor((endMinute - startMinute) / 30));
  const workDays = new Set(
    person.workingHours.daysOfWeek
      .map((d) => WEEKDAYS.indexOf(d.toLowerCase() as (typeof WEEKDAYS)[number]))
      .filter((d) => d >= 0),
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
  const dayBusyRatio = dayRatios(days, person.busyRatio, seededRandom(hashKey(seed, 'days', person.id)));
  if (cellCount >= 4)
    addStandingMeetings(
      recurring,
      days,
      dayBusyRatio,
      cellCount,
      seededRandom(hashKey(seed, 'standing', person.id)),
    );
  const profile: BackgroundProfile = {
    zone: workingZoneOf(person),
    workDays,
    startMinute,
    cellCount,
    busyRatio: person.busyRatio,
    dayBusyRatio,
    recurring,
  };
  profiles.set(key, profile);
  return profile;
}

/** One light day a week, the others heavier, so the week still averages `busyRatio`. */
function dayRatios(days: number[], busyRatio: number, random: () => number): Map<number, number> {
  const ratios = new Map<number, number>();
  if (days.length < 2) {
    for (const d of days) ratios.set(d, busyRatio);
    return ratios;
  }
  const light = random() < 0.7 && days.includes(COMPANY_LIGHT_DAY) ? COMPANY_LIGHT_DAY : pick(random, days);
  const heavy = Math.min(0.95, (busyRatio * days.length - busyRatio * LIGHT_DAY_FACTOR) / (days.length - 1));
  const lightRatio = busyRatio * days.length - heavy * (days.length - 1);
  for (const d of days) ratios.set(d, d === light ? lightRatio : heavy);
  return ratios;
}

/**
 * Standing weekly meetings that fill most of each day's busy share. They cluster next to each other, as real
 * calendars do, which leaves the same longer gaps free week after week.
 */
function addStandingMeetings(
  recurring: WeeklySlot[],
  days: number[],
  ratios: Map<number, number>,
  cellCount: number,
  random: () => number,
): void {
  for (const weekday of days) {
    const taken = new Array<boolean>(cellCount).fill(false);
    for (const slot of recurring) {
      if (slot.weekday === weekday)
        for (let c = slot.cell; c < slot.cell + slot.cells && c < cellCount; c++) taken[c] = true;
    }
    const target = Math.round((ratios.get(weekday) ?? 0) * cellCount * STABLE_SHARE);
    let busy = taken.filter(Boolean).length;
    for (let attempt = 0; attempt < 80 && busy < target; attempt++) {
      const cells = Math.min(target - busy, random() < 0.6 ? 1 : 2);
      const edges = taken.flatMap((t, c) => (t ? [] : taken[c - 1] || taken[c + cells] ? [c] : []));
      const cell =
        edges.length > 0 && random() < 0.9
          ? pick(random, edges)
          : Math.floor(random() * (cellCount - cells + 1));
      if (cell + cells > cellCount || taken.slice(cell, cell + cells).some(Boolean)) continue;
      for (let c = cell; c < cell + cells; c++) taken[c] = true;
      busy += cells;
      recurring.push({
        weekday,
        cell,
        cells,
        subject: pick(random, STANDING_SUBJECTS),
        location: 'Microsoft Teams Meeting',
        everyWeeks: 1,
        parity: 0,
      });
    }
  }
}
