/** One figure a benchmark prints. */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** Context: goal, baseline, ratio. */
  note?: string;
}

/** A benchmark suite: named, run in sequence by bench/run.ts. */
export interface BenchSuite {
  name: string;
  run(): Promise<BenchFigure[]>;
}

/** Median of a list of numbers. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (0..100) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Runs `run` once and returns its value and wall time in milliseconds. */
export function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}
