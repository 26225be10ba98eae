import { timeZoneOf } from '../time';
import { PodFormationInputError } from './errors';
import type { ResolvedSettings } from './settings';
import type { Participant } from './types';
import { SLOT_MINUTES, cachedWeekSlots, runStarts } from './week-slots';

/** Participants turned into flat arrays by position, so scoring a pod touches no strings or maps. */
export interface CohortIndex {
  people: readonly Participant[];
  settings: ResolvedSettings;
  level: Int8Array;
  department: Int32Array;
  departmentNames: string[];
  /** UTC offset in minutes at the middle of the cohort's first week. */
  offsetMinutes: Int32Array;
  slots: Uint32Array[];
  /** Slots where a whole session fits in the person's hours (see runStarts). */
  sessionStarts: Uint32Array[];
  /** Positions of the managers in each person's chain who are participants too. */
  chain: Int32Array[];
  goals: Int32Array[];
  interests: Int32Array[];
  /** One bit per tag (modulo 32): a cheap first test before comparing tag lists. */
  goalMask: Int32Array;
  interestMask: Int32Array;
  /** Pair keys (lower * n + higher) of pairs where either asked not to be matched with the other. */
  avoidPairs: Set<number>;
  previousPairs: Set<number>;
  /** PAIR_* flags of every pair that is in one reporting line, avoided, or repeated; absent pairs have none. */
  pairFlags: Map<number, number>;
  /** Consecutive slots a session needs. */
  sessionSlots: number;
}

export const PAIR_REPORTING_LINE = 1;
export const PAIR_AVOID = 2;
export const PAIR_REPEAT = 4;

/** Key of an unordered pair of positions. */
export const pairKey = (a: number, b: number, n: number): number => (a < b ? a * n + b : b * n + a);

/** Builds the index; throws PodFormationInputError on duplicate ids, bad levels or unknown time zones. */
export function indexCohort(people: readonly Participant[], settings: ResolvedSettings): CohortIndex {
  const n = people.length;
  const position = new Map<string, number>();
  people.forEach((p, i) => {
    if (position.has(p.id))
      throw new PodFormationInputError(`participants[${i}].id`, `participant ${p.id} appears twice`);
    if (!Number.isInteger(p.level) || p.level < 1 || p.level > 7) {
      throw new PodFormationInputError(
        `participants[${i}].level`,
        'level must be a whole number from 1 to 7',
      );
    }
    position.set(p.id, i);
  });
  const departments = new Interner();
  const tags = new Interner();
  const offsets = new Map<string, number>();
  const midWeek = settings.weekStartMs + 3.5 * 86_400_000;
  const index: CohortIndex = {
    people,
    settings,
    level: new Int8Array(n),
    department: new Int32Array(n),
    departmentNames: departments.names,
    offsetMinutes: new Int32Array(n),
    slots: [],
    sessionStarts: [],
    chain: [],
    goals: [],
    interests: [],
    goalMask: new Int32Array(n),
    interestMask: new Int32Array(n),
    avoidPairs: new Set(),
    previousPairs: new Set(),
    pairFlags: new Map(),
    sessionSlots: Math.ceil(settings.sessionMinutes / SLOT_MINUTES),
  };
  const startsOf = new Map<Uint32Array, Uint32Array>();
  const flag = (a: number, b: number, bit: number) => {
    const key = pairKey(a, b, n);
    index.pairFlags.set(key, (index.pairFlags.get(key) ?? 0) | bit);
  };
  const positionsOf = (ids: readonly string[]) =>
    ids.map((id) => position.get(id)).filter((i): i is number => i !== undefined);
  people.forEach((p, i) => {
    const zone = p.workingHours.timeZone;
    try {
      let offset = offsets.get(zone);
      if (offset === undefined) {
        offset = timeZoneOf(zone).offsetAt(midWeek) / 60_000;
        offsets.set(zone, offset);
      }
      index.offsetMinutes[i] = offset;
      const slots = cachedWeekSlots(p.workingHours, settings.weekStartMs);
      let starts = startsOf.get(slots);
      if (!starts) {
        starts = runStarts(slots, index.sessionSlots);
        startsOf.set(slots, starts);
      }
      index.slots.push(slots);
      index.sessionStarts.push(starts);
    } catch (cause) {
      const field = `participants[${i}].workingHours`;
      throw new PodFormationInputError(field, `working hours of ${p.id} cannot be read: ${String(cause)}`);
    }
    index.level[i] = p.level;
    index.department[i] = departments.id(p.department);
    index.chain.push(Int32Array.from(positionsOf(p.managerChain)));
    const goals = Int32Array.from(p.goals.map((g) => tags.id(`goal:${g.trim().toLowerCase()}`)));
    const interests = Int32Array.from(p.interests.map((g) => tags.id(`interest:${g.trim().toLowerCase()}`)));
    index.goals.push(goals);
    index.interests.push(interests);
    index.goalMask[i] = goals.reduce((mask, tag) => mask | (1 << (tag & 31)), 0);
    index.interestMask[i] = interests.reduce((mask, tag) => mask | (1 << (tag & 31)), 0);
    for (const manager of index.chain[i]!) if (manager !== i) flag(i, manager, PAIR_REPORTING_LINE);
    for (const other of positionsOf(p.avoid)) {
      if (other === i) continue;
      index.avoidPairs.add(pairKey(i, other, n));
      flag(i, other, PAIR_AVOID);
    }
    for (const other of positionsOf(p.previousPartners)) {
      if (other === i) continue;
      index.previousPairs.add(pairKey(i, other, n));
      flag(i, other, PAIR_REPEAT);
    }
  });
  return index;
}

class Interner {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}
