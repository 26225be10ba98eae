import { penaltyOf } from './construct';
import { Grouping } from './grouping';
import { randomIndex } from './prng';

/** Up to this many pods every pair of pods is a neighbourhood; above it, pods within NEIGHBOURS in build order. */
const ALL_PAIRS_UP_TO = 60;
const NEIGHBOURS = 6;
/** Pods a broken pod may try on each side during repair. */
const REPAIR_REACH = 1000;
const EPSILON = 1e-9;
/** Perturbation rounds in a row without a better total after which the search stops early. */
const STALL_ROUNDS = 400;

/**
 * Deterministic local search: best-improving swaps and moves between neighbouring pods until no pair improves;
 * pods that still break a hard rule then search every other pod; leftover budget goes to seeded
 * perturb-and-improve rounds that keep only a better total. Only improving changes are accepted, so a hard-rule
 * breach is never traded for soft gains.
 */
export function improvePods(grouping: Grouping, rng: () => number, budget: number): void {
  const count = grouping.pods.length;
  if (count < 2) return;
  const reach = count <= ALL_PAIRS_UP_TO ? count : NEIGHBOURS;
  const queued = new Uint8Array(count);
  const queue: number[] = [];
  const enqueue = (k: number) => {
    if (!queued[k]) {
      queued[k] = 1;
      queue.push(k);
    }
  };
  /** Works through queued pods until none improves or `limit` evaluations are spent; unprocessed pods stay queued. */
  const settle = (limit: number) => {
    let head = 0;
    for (; head < queue.length && grouping.evaluations < limit; head++) {
      const p = queue[head]!;
      queued[p] = 0;
      for (let d = -reach; d <= reach; d++) {
        const q = count <= ALL_PAIRS_UP_TO ? (p + d + count) % count : p + d;
        if (q === p || q < 0 || q >= count || (count <= ALL_PAIRS_UP_TO && d < 0)) continue;
        if (grouping.improvePair(Math.min(p, q), Math.max(p, q))) {
          enqueue(p);
          enqueue(q);
        }
      }
    }
    queue.splice(0, head);
  };
  for (let k = 0; k < count; k++) enqueue(k);
  // Shares of the budget: most for improving, then a reserve so pods breaking hard rules are always repaired.
  settle(budget * 0.75);
  repairHardRules(grouping, budget * 0.9);
  settle(budget * 0.9);
  grouping.commit();
  for (let stalled = 0; stalled < STALL_ROUNDS && grouping.evaluations < budget; stalled++) {
    const before = grouping.total;
    for (let kick = 0; kick < 2; kick++) {
      const p = randomIndex(rng, count);
      const q = (p + 1 + randomIndex(rng, Math.min(reach, count - 1))) % count;
      grouping.forceSwap(
        p,
        randomIndex(rng, grouping.pods[p]!.length),
        q,
        randomIndex(rng, grouping.pods[q]!.length),
      );
      enqueue(p);
      enqueue(q);
    }
    settle(budget);
    if (grouping.total > before + EPSILON) {
      grouping.commit();
      stalled = -1;
    } else grouping.rollback();
  }
}

/** Pods still breaking a hard rule look for a partner pod further away, nearest first, up to REPAIR_REACH each side. */
function repairHardRules(grouping: Grouping, limit: number): void {
  const count = grouping.pods.length;
  const broken = (p: number) => penaltyOf(grouping.scores[p]!) > 0 && grouping.evaluations < limit;
  for (let p = 0; p < count; p++) {
    for (let step = 1; step < Math.min(count, REPAIR_REACH) && broken(p); step++) {
      if (p - step >= 0) grouping.improvePair(p - step, p);
      if (p + step < count && broken(p)) grouping.improvePair(p, p + step);
    }
  }
}
