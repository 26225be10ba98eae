/** Pod sizes that place everyone; `valid` is false when the bounds could not be kept and were relaxed. */
export interface SizePlan {
  sizes: number[];
  valid: boolean;
}

/**
 * Splits n people into pods within [min, max], as even as possible and closest to the target size;
 * fewer pods win a tie. With no valid split, the minimum relaxes to 2, then the maximum grows: nobody is dropped.
 */
export function planPodSizes(n: number, min: number, max: number, target: number): SizePlan {
  const sizes = evenSplit(n, min, max, target);
  if (sizes) return { sizes, valid: true };
  for (let relaxedMax = max; relaxedMax <= Math.max(n, 2); relaxedMax++) {
    const relaxed = evenSplit(n, Math.min(2, min), relaxedMax, Math.min(target, relaxedMax));
    if (relaxed) return { sizes: relaxed, valid: false };
  }
  return { sizes: n > 0 ? [n] : [], valid: false };
}

function evenSplit(n: number, min: number, max: number, target: number): number[] | undefined {
  let best: number[] | undefined;
  let bestCost = Infinity;
  for (let pods = Math.ceil(n / max); pods > 0 && pods <= Math.floor(n / min); pods++) {
    const small = Math.floor(n / pods);
    const large = small + 1;
    const largeCount = n - small * pods;
    if (small < min || (largeCount > 0 && large > max)) continue;
    const sizes = [...Array<number>(largeCount).fill(large), ...Array<number>(pods - largeCount).fill(small)];
    const cost = sizes.reduce((sum, s) => sum + Math.abs(s - target), 0);
    if (cost < bestCost) {
      best = sizes;
      bestCost = cost;
    }
  }
  return best;
}
