import type { CohortIndex } from './cohort-index';
import { scorePod } from './pod-objective';

/** Candidates weighed for each seat before settling for the best seen. */
const WINDOW = 32;
/** How far the search reaches for someone who breaks no hard rule before it settles for the least bad. */
const MAX_SCAN = 4096;

/** Penalty part of a score (scores are quality 0..100 minus whole thousands). */
export const penaltyOf = (score: number): number => Math.floor((100 - score) / 1000) * 1000;

/**
 * Greedy construction: people sorted by UTC offset, then level, then a seeded tiebreak; each pod starts from
 * the first unplaced person and takes, seat by seat, the best of the next WINDOW unplaced people,
 * reaching further only when every one of them would break a hard rule.
 */
export function constructPods(index: CohortIndex, sizes: readonly number[], rng: () => number): number[][] {
  const n = index.people.length;
  const tiebreak = Float64Array.from({ length: n }, () => rng());
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      index.offsetMinutes[a]! - index.offsetMinutes[b]! ||
      index.level[a]! - index.level[b]! ||
      tiebreak[a]! - tiebreak[b]!,
  );
  const next = Int32Array.from({ length: n }, (_, i) => (i + 1 < n ? i + 1 : -1));
  const prev = Int32Array.from({ length: n }, (_, i) => i - 1);
  let head = n ? 0 : -1;
  const unlink = (k: number) => {
    if (prev[k]! >= 0) next[prev[k]!] = next[k]!;
    else head = next[k]!;
    if (next[k]! >= 0) prev[next[k]!] = prev[k]!;
  };
  const pods: number[][] = [];
  for (const size of sizes) {
    if (head < 0) break;
    const members = [order[head]!];
    unlink(head);
    while (members.length < size && head >= 0) {
      const basePenalty = penaltyOf(scorePod(index, members, false));
      let best = -1;
      let bestScore = -Infinity;
      let scanned = 0;
      for (let k = head; k >= 0 && scanned < MAX_SCAN; k = next[k]!, scanned++) {
        if (scanned >= WINDOW && penaltyOf(bestScore) <= basePenalty) break;
        members.push(order[k]!);
        const score = scorePod(index, members, false);
        members.pop();
        if (score > bestScore) {
          best = k;
          bestScore = score;
        }
      }
      members.push(order[best]!);
      unlink(best);
    }
    pods.push(members);
  }
  return pods;
}
