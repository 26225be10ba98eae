import {
  evaluatePod,
  groupingObjective,
  planPodSizes,
  proposePods,
  type Participant,
  type PodSettings,
} from '../../../../api/domain/pods';
import { givenOrg, givenPodSettings } from '../../../fixtures/pod-participants';

/** Best objective over every partition of the people into pods of the planned sizes, by brute force. */
function exhaustiveOptimum(people: Participant[], settings: PodSettings, sizes: number[]): number {
  const byId = new Map(people.map((p) => [p.id, p]));
  const scores = new Map<string, number>();
  const scoreOf = (pod: string[]) => {
    const key = [...pod].sort().join('|');
    let score = scores.get(key);
    if (score === undefined) {
      score = evaluatePod(pod, byId, settings).score;
      scores.set(key, score);
    }
    return score;
  };
  let best = -Infinity;
  const search = (rest: string[], sizesLeft: number[], pods: string[][]) => {
    if (!rest.length) {
      best = Math.max(
        best,
        groupingObjective(pods.map((pod) => ({ size: pod.length, score: scoreOf(pod) }))),
      );
      return;
    }
    const [first, ...others] = rest as [string, ...string[]];
    for (const size of new Set(sizesLeft)) {
      const remaining = [...sizesLeft];
      remaining.splice(remaining.indexOf(size), 1);
      for (const mates of combinations(others, size - 1)) {
        search(
          others.filter((id) => !mates.includes(id)),
          remaining,
          [...pods, [first, ...mates]],
        );
      }
    }
  };
  search(
    people.map((p) => p.id),
    sizes,
    [],
  );
  return best;
}

function* combinations<T>(items: readonly T[], k: number, from = 0): Generator<T[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - k; i++)
    for (const rest of combinations(items, k - 1, i + 1)) yield [items[i]!, ...rest];
}

const instances = Array.from({ length: 24 }, (_, k) => ({
  seed: 101 + k,
  size: 6 + (k % 7),
  bounds: (
    [
      [3, 4],
      [2, 4],
      [2, 3],
    ] as const
  )[k % 3]!,
}));

describe('quality against the exhaustive optimum', () => {
  it.each(instances)(
    'when $size people (seed $seed, bounds $bounds) are grouped, then the objective is within 3% of the exhaustive optimum',
    ({ seed, size, bounds }) => {
      const { participants } = givenOrg({
        seed,
        size,
        depth: 6,
        zones: ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'],
        avoidRate: 0.2,
        previousRate: 0.3,
      });
      const settings = givenPodSettings({
        sizeMin: bounds[0],
        sizeMax: bounds[1],
        seed,
        weights: { shared: 2 },
      });
      const proposal = proposePods(participants, settings);
      const optimum = exhaustiveOptimum(
        participants,
        settings,
        planPodSizes(size, bounds[0], bounds[1], bounds[1]).sizes,
      );
      // Higher is better: the proposal may not beat the true optimum, and may trail it by at most 3% of its size.
      expect(proposal.objective).toBeLessThanOrEqual(optimum + 1e-9);
      expect(proposal.objective).toBeGreaterThanOrEqual(optimum - 0.03 * Math.abs(optimum));
    },
  );
});
