import { pairKey, type CohortIndex } from './cohort-index';
import { inReportingLine, scorePod } from './pod-objective';
import type { PodFit, Violation } from './types';
import {
  SLOT_MINUTES,
  WEEK_WORDS,
  countSlots,
  intersectSlots,
  longestRun,
  longestRunStart,
} from './week-slots';

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Shown values of a pod plus the hard rules it breaks, each with a reason an owner can act on. */
export function describePod(
  index: CohortIndex,
  members: readonly number[],
): PodFit & { violations: Violation[] } {
  const { people, settings } = index;
  const n = people.length;
  const ids = members.map((m) => people[m]!.id);
  const overlap = intersectSlots(
    members.map((m) => index.slots[m]!),
    new Uint32Array(WEEK_WORDS),
  );
  const longest = members.length > 1 ? longestRun(overlap) * SLOT_MINUTES : 0;
  const weekly = members.length > 1 ? countSlots(overlap) * SLOT_MINUTES : 0;
  const levels = members.map((m) => index.level[m]!);
  const violations: Violation[] = [];
  let repeatedPairs = 0;
  members.forEach((a, i) => {
    for (const b of members.slice(0, i)) {
      const [pa, pb] = [people[a]!, people[b]!];
      if (inReportingLine(index, a, b)) {
        const [report, manager] = index.chain[a]!.includes(b) ? [pa, pb] : [pb, pa];
        const why = `${report.id} is in ${manager.id}'s reporting line (${manager.id} is one of their managers)`;
        violations.push({ rule: 'reporting-chain', people: [manager.id, report.id], why });
      }
      if (index.avoidPairs.has(pairKey(a, b, n))) {
        const [asker, other] = pa.avoid.includes(pb.id) ? [pa, pb] : [pb, pa];
        violations.push({
          rule: 'avoid',
          people: [asker.id, other.id],
          why: `${asker.id} asked not to be matched with ${other.id}`,
        });
      }
      if (index.previousPairs.has(pairKey(a, b, n))) repeatedPairs++;
    }
  });
  if (members.length > 1 && longest < settings.sessionMinutes) {
    const why = `the longest window all members are at work is ${longest} min, shorter than the ${settings.sessionMinutes}-min session`;
    violations.push({ rule: 'working-hours', people: ids, why });
  }
  if (members.length < settings.sizeMin || members.length > settings.sizeMax) {
    const why = `the pod has ${members.length} members, outside the program's ${settings.sizeMin}–${settings.sizeMax}`;
    violations.push({ rule: 'pod-size', people: ids, why });
  }
  const departments = unique(members.map((m) => people[m]!.department));
  const timeZones = unique(members.map((m) => people[m]!.workingHours.timeZone));
  const sharedGoals = heldByTwo(members.map((m) => people[m]!.goals));
  const sharedInterests = heldByTwo(members.map((m) => people[m]!.interests));
  const levelSpread = Math.max(...levels) - Math.min(...levels);
  const notes = [
    members.length > 1
      ? overlapNote(weekly, longest, longestRunStart(overlap))
      : 'a pod of one has no partners',
    `levels ${Math.min(...levels)}–${Math.max(...levels)} (spread ${levelSpread})`,
    `${departments.length} department${departments.length === 1 ? '' : 's'}: ${departments.join(', ')}`,
    sharedGoals.length ? `shared goals: ${sharedGoals.join(', ')}` : 'no shared goals',
    ...(repeatedPairs ? [`${repeatedPairs} pair(s) were partners in the previous cohort`] : []),
    ...violations.map((v) => `breaks ${v.rule}: ${v.why}`),
  ];
  return {
    weeklyOverlapMinutes: weekly,
    longestCommonWindowMinutes: longest,
    levelSpread,
    departments,
    sharedGoals,
    sharedInterests,
    timeZones,
    repeatedPairs,
    score: scorePod(index, members),
    notes,
    violations,
  };
}

function overlapNote(weekly: number, longest: number, start: number): string {
  const hours = (minutes: number) => `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
  if (start < 0) return 'working hours never overlap';
  const day = DAY_NAMES[Math.floor((start * SLOT_MINUTES) / 1440)];
  const at = (start * SLOT_MINUTES) % 1440;
  const clock = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
  return `working hours overlap ${hours(weekly)} a week; longest shared window ${hours(longest)} from ${day} ${clock} UTC`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function heldByTwo(lists: readonly string[][]): string[] {
  const counts = new Map<string, number>();
  for (const list of lists)
    for (const tag of new Set(list.map((t) => t.trim().toLowerCase())))
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].filter(([, c]) => c >= 2).map(([tag]) => tag);
}
