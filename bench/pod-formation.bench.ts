import { explainPods, proposePods, type PodProposal, type PodSettings } from '../api/domain/pods';
import { median, type BenchFigure, type BenchSuite } from './bench-result';
import { benchCohort } from './pod-cohort';
import { randomPairs } from './random-pods';

const SEED = 20240901;
/** Product-wide bounds 2–4 for both, so the baseline's pairs are not counted against it on size. */
const SETTINGS: PodSettings = {
  sizeMin: 2,
  sizeMax: 4,
  mode: 'cross-functional',
  sessionMinutes: 90,
  weekStart: '2026-03-02',
  seed: SEED,
};

function timeProposals(size: number, runs: number): { cold: number; warm: number; proposal: PodProposal } {
  const cohort = benchCohort(size, SEED);
  let started = performance.now();
  let proposal = proposePods(cohort, SETTINGS);
  const cold = performance.now() - started;
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    started = performance.now();
    proposal = proposePods(cohort, SETTINGS);
    times.push(performance.now() - started);
  }
  return { cold, warm: median(times), proposal };
}

/** Hard-rule breaches of a grouping, by kind. */
function breaches(proposal: PodProposal) {
  const count = (rule: string) => proposal.unmet.filter((u) => u.rule === rule);
  return {
    reportingLine: count('reporting-chain').length,
    leftOut: count('left-out').reduce((sum, u) => sum + u.people.length, 0),
    noWindow: count('working-hours').length,
    avoid: count('avoid').length,
  };
}

export const podFormationSuite: BenchSuite = {
  name: 'pod-formation',
  async run(): Promise<BenchFigure[]> {
    const small = timeProposals(1_000, 5);
    const large = timeProposals(10_000, 3);
    const cohort = benchCohort(10_000, SEED);
    const baseline = explainPods(randomPairs(cohort, SEED), cohort, SETTINGS);
    const [ours, theirs] = [breaches(large.proposal), breaches(baseline)];
    // Random pairing drops someone only on an odd headcount, so the left-out figure also runs on 1,001 people.
    const odd = benchCohort(1_001, SEED);
    const oddOurs = breaches(proposePods(odd, SETTINGS));
    const oddTheirs = breaches(explainPods(randomPairs(odd, SEED), odd, SETTINGS));
    const versus = (name: string, a: number, b: number, n = '10,000'): BenchFigure[] => [
      { name: `${name}, ours (${n})`, value: a, unit: 'count' },
      { name: `${name}, random pairs (${n})`, value: b, unit: 'count', note: 'Icebreaker-style baseline' },
    ];
    return [
      {
        name: 'propose pods, 1,000 people (median of 5)',
        value: small.warm,
        unit: 'ms',
        note: `first run ${small.cold.toFixed(0)} ms`,
      },
      {
        name: 'propose pods, 10,000 people (median of 3)',
        value: large.warm,
        unit: 'ms',
        note: `goal < 2000 ms; first run ${large.cold.toFixed(0)} ms`,
      },
      {
        name: 'objective, ours (10,000)',
        value: large.proposal.objective,
        unit: 'score',
        note: 'mean pod score per person; 0..100 minus hard-rule penalties',
      },
      {
        name: 'objective, random pairs (10,000)',
        value: baseline.objective,
        unit: 'score',
        note: 'same objective, same input',
      },
      ...versus('manager/report pairs in one pod', ours.reportingLine, theirs.reportingLine),
      ...versus('people left out', ours.leftOut, theirs.leftOut),
      ...versus('people left out', oddOurs.leftOut, oddTheirs.leftOut, '1,001'),
      ...versus('pods with no shared 90-min window', ours.noWindow, theirs.noWindow),
      ...versus('avoid-list breaches', ours.avoid, theirs.avoid),
    ];
  },
};
