import { PAIR_AVOID, PAIR_REPEAT, PAIR_REPORTING_LINE, type CohortIndex } from './cohort-index';
import type { HardRule } from './types';
import { WEEK_WORDS } from './week-slots';

/** Score lost per broken hard rule; the reporting line and "don't match me with" outrank everything else. */
export const PENALTY: Record<HardRule, number> = {
  'reporting-chain': 5000,
  avoid: 5000,
  'working-hours': 1000,
  'pod-size': 1000,
  'left-out': 5000,
};

/** Level spread at which the level rule scores zero. */
const LEVEL_SPREAD_LIMIT = 4;
/** Time-zone spread (minutes) at which the time-zone rule scores zero. */
const ZONE_SPREAD_LIMIT = 480;

// A local copy: imported bindings are read through accessors in some module loaders, and this runs in the hot loop.
const WORDS = WEEK_WORDS;
const common = new Uint32Array(WORDS);

/** True when either person sits in the other's reporting chain. */
export function inReportingLine(index: CohortIndex, a: number, b: number): boolean {
  return index.chain[a]!.includes(b) || index.chain[b]!.includes(a);
}

function shareAny(x: Int32Array, y: Int32Array): boolean {
  for (let i = 0; i < x.length; i++) if (y.includes(x[i]!)) return true;
  return false;
}

/** How much two people have in common: 1 for a shared goal, 0.5 for a shared interest only. */
export function sharedValue(index: CohortIndex, a: number, b: number): number {
  if ((index.goalMask[a]! & index.goalMask[b]!) !== 0 && shareAny(index.goals[a]!, index.goals[b]!)) return 1;
  return (index.interestMask[a]! & index.interestMask[b]!) !== 0 &&
    shareAny(index.interests[a]!, index.interests[b]!)
    ? 0.5
    : 0;
}

/** True when every member's hours hold one common window as long as a session. */
export function sharesSessionWindow(index: CohortIndex, members: ArrayLike<number>): boolean {
  const size = members.length;
  common.set(index.sessionStarts[members[0]!]!);
  let any = 0;
  for (let w = 0; w < WORDS; w++) {
    let word = common[w]!;
    for (let i = 1; i < size && word !== 0; i++) word &= index.sessionStarts[members[i]!]![w]!;
    any |= word;
  }
  return any !== 0;
}

/**
 * The one objective of pod formation, per pod: the weighted mean of the soft rules (each 0..1) as 0..100,
 * minus PENALTY for each broken hard rule. `checkSize` is off while a pod is still being built.
 */
export function scorePod(index: CohortIndex, members: ArrayLike<number>, checkSize = true): number {
  const size = members.length;
  const n = index.people.length;
  const { weights, sizeMin, sizeMax, mode } = index.settings;
  let penalty = 0;
  let minLevel = 99;
  let maxLevel = 0;
  let minOffset = Infinity;
  let maxOffset = -Infinity;
  let distinct = 0;
  let shared = 0;
  let repeats = 0;
  for (let i = 0; i < size; i++) {
    const a = members[i]!;
    const level = index.level[a]!;
    if (level < minLevel) minLevel = level;
    if (level > maxLevel) maxLevel = level;
    const offset = index.offsetMinutes[a]!;
    if (offset < minOffset) minOffset = offset;
    if (offset > maxOffset) maxOffset = offset;
    let newDepartment = true;
    for (let j = 0; j < i; j++) {
      const b = members[j]!;
      if (index.department[b] === index.department[a]) newDepartment = false;
      const flags = index.pairFlags.get(a < b ? a * n + b : b * n + a);
      if (flags !== undefined) {
        if (flags & PAIR_REPORTING_LINE) penalty += PENALTY['reporting-chain'];
        if (flags & PAIR_AVOID) penalty += PENALTY.avoid;
        if (flags & PAIR_REPEAT) repeats++;
      }
      shared += sharedValue(index, a, b);
    }
    if (newDepartment) distinct++;
  }
  if (size > 1 && !sharesSessionWindow(index, members)) penalty += PENALTY['working-hours'];
  if (checkSize && (size < sizeMin || size > sizeMax)) penalty += PENALTY['pod-size'];
  const pairs = (size * (size - 1)) / 2;
  const levelScore = size ? 1 - Math.min(maxLevel - minLevel, LEVEL_SPREAD_LIMIT) / LEVEL_SPREAD_LIMIT : 0;
  const diversity = size > 1 ? (distinct - 1) / (size - 1) : 0;
  const functionScore = mode === 'cross-functional' ? diversity : size > 1 ? 1 - diversity : 0;
  const sharedScore = pairs ? shared / pairs : 0;
  const zoneScore = size ? 1 - Math.min(maxOffset - minOffset, ZONE_SPREAD_LIMIT) / ZONE_SPREAD_LIMIT : 0;
  const repeatScore = pairs ? 1 - repeats / pairs : 1;
  const total = weights.level + weights.function + weights.shared + weights.timeZone + weights.repeat;
  const quality = total
    ? (weights.level * levelScore +
        weights.function * functionScore +
        weights.shared * sharedScore +
        weights.timeZone * zoneScore +
        weights.repeat * repeatScore) /
      total
    : 1;
  return 100 * quality - penalty;
}

/**
 * Objective of a whole grouping: the mean over participants of their pod's score, so pod sizes weigh fairly;
 * anyone left out of every pod counts as PENALTY['left-out'] below zero.
 */
export function groupingObjective(
  pods: readonly { size: number; score: number }[],
  participants?: number,
): number {
  const placed = pods.reduce((sum, p) => sum + p.size, 0);
  const people = Math.max(participants ?? placed, placed);
  const leftOut = people - placed;
  return people
    ? (pods.reduce((sum, p) => sum + p.size * p.score, 0) - leftOut * PENALTY['left-out']) / people
    : 0;
}
