import type { CohortIndex } from './cohort-index';
import { scorePod } from './pod-objective';

const EPSILON = 1e-9;

/** Pods under improvement, with cached scores, a running total and an undo log for rejected rounds. */
export class Grouping {
  readonly scores: Float64Array;
  /** Sum over pods of size × score. */
  total: number;
  evaluations = 0;
  private saved = new Map<number, number[]>();

  constructor(
    readonly index: CohortIndex,
    readonly pods: number[][],
  ) {
    this.scores = Float64Array.from(pods, (pod) => scorePod(index, pod));
    this.total = pods.reduce((sum, pod, i) => sum + pod.length * this.scores[i]!, 0);
  }

  private score(pod: number[]): number {
    this.evaluations++;
    return scorePod(this.index, pod);
  }

  private touch(k: number): void {
    if (!this.saved.has(k)) this.saved.set(k, [...this.pods[k]!]);
  }

  private rescore(k: number): void {
    const pod = this.pods[k]!;
    this.total -= this.weightOf(k);
    this.scores[k] = scorePod(this.index, pod);
    this.total += this.weightOf(k);
  }

  private weightOf(k: number): number {
    return this.pods[k]!.length * this.scores[k]!;
  }

  /** Swaps two members regardless of the objective (a perturbation). */
  forceSwap(p: number, i: number, q: number, j: number): void {
    this.touch(p);
    this.touch(q);
    const [P, Q] = [this.pods[p]!, this.pods[q]!];
    [P[i], Q[j]] = [Q[j]!, P[i]!];
    this.rescore(p);
    this.rescore(q);
  }

  /** Forgets the undo log: the changes since the last commit stay. */
  commit(): void {
    this.saved.clear();
  }

  /** Undoes every change since the last commit. */
  rollback(): void {
    for (const [k, pod] of this.saved) {
      this.pods[k] = pod;
      this.rescore(k);
    }
    this.saved.clear();
  }

  /** Applies the best improving swap (or size-preserving move) between pods p and q; true if one was found. */
  improvePair(p: number, q: number): boolean {
    const P = this.pods[p]!;
    const Q = this.pods[q]!;
    const base = this.weightOf(p) + this.weightOf(q);
    let best = EPSILON;
    let bestI = -1;
    let bestJ = -1;
    for (let i = 0; i < P.length; i++) {
      const x = P[i]!;
      for (let j = 0; j < Q.length; j++) {
        const y = Q[j]!;
        P[i] = y;
        Q[j] = x;
        const delta = P.length * this.score(P) + Q.length * this.score(Q) - base;
        Q[j] = y;
        if (delta > best) [best, bestI, bestJ] = [delta, i, j];
      }
      P[i] = x;
    }
    // Moving one person into a pod one smaller keeps the planned sizes (the two pods trade sizes).
    const from = P.length === Q.length + 1 ? P : Q.length === P.length + 1 ? Q : undefined;
    const to = from === P ? Q : P;
    let bestMove = -1;
    if (from) {
      for (let i = 0; i < from.length; i++) {
        const person = from[i]!;
        from[i] = from[from.length - 1]!;
        from.pop();
        to.push(person);
        const delta = from.length * this.score(from) + to.length * this.score(to) - base;
        to.pop();
        from.push(from[i] ?? person);
        from[i] = person;
        if (delta > best) [best, bestMove] = [delta, i];
      }
    }
    if (bestI < 0 && bestMove < 0) return false;
    this.touch(p);
    this.touch(q);
    if (bestMove >= 0) to.push(from!.splice(bestMove, 1)[0]!);
    else [P[bestI], Q[bestJ]] = [Q[bestJ]!, P[bestI]!];
    this.rescore(p);
    this.rescore(q);
    return true;
  }
}
