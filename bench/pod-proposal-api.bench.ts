import { actingAs, givenCohort } from '../tests/fixtures/program-api';
import { startTestStack } from '../tests/fixtures/test-stack';
import { median, percentile, type BenchFigure, type BenchSuite } from './bench-result';

const RUNS = 10;

/** The pod routes end to end (API, PGlite, emulator Graph) for the seeded 120-person org. */
export const podProposalApiSuite: BenchSuite = {
  name: 'pod-proposal-api',
  async run(): Promise<BenchFigure[]> {
    const stack = await startTestStack({ logLevel: 'warn' });
    try {
      const people = stack.org.people.filter((p) => p.managerId !== null);
      const owner = await actingAs(stack, people[3]!);
      const { cohortId } = await givenCohort(owner);
      let started = performance.now();
      const bulk = await owner.post(`/api/cohorts/${cohortId}/enrollments/bulk`, {
        people: people.map((p) => ({ person: p.id, level: p.level })),
      });
      const bulkMs = performance.now() - started;
      if (bulk.status !== 200) throw new Error(`bulk enrollment answered ${bulk.status}`);

      const proposeMs: number[] = [];
      let unmet = 0;
      for (let seed = 1; seed <= RUNS; seed++) {
        started = performance.now();
        const res = await owner.post(`/api/cohorts/${cohortId}/pod-proposals`, { seed });
        proposeMs.push(performance.now() - started);
        if (res.status !== 201) throw new Error(`proposal answered ${res.status}`);
        unmet = res.body.unmet.length;
      }
      const pods = (await owner.get(`/api/cohorts/${cohortId}/pod-proposals`)).body.pods as {
        members: { id: string }[];
      }[];
      const changeMs: number[] = [];
      for (let i = 0; i + 1 < Math.min(pods.length, 2 * RUNS); i += 2) {
        started = performance.now();
        await owner.post(`/api/cohorts/${cohortId}/pod-proposals/changes`, {
          kind: 'swap',
          a: pods[i]!.members[0]!.id,
          b: pods[i + 1]!.members[0]!.id,
          force: true,
        });
        changeMs.push(performance.now() - started);
      }
      return [
        {
          name: `bulk enrollment of ${people.length} people (Graph reads + one transaction)`,
          value: bulkMs,
          unit: 'ms',
        },
        {
          name: `POST pod-proposals, ${people.length} people, median of ${RUNS}`,
          value: median(proposeMs),
          unit: 'ms',
        },
        {
          name: `POST pod-proposals, ${people.length} people, p95`,
          value: percentile(proposeMs, 95),
          unit: 'ms',
        },
        {
          name: 'POST pod-proposals/changes (swap, re-checked), median',
          value: median(changeMs),
          unit: 'ms',
        },
        {
          name: 'unmet hard rules in the last proposal',
          value: unmet,
          unit: 'rules',
          note: 'working hours only, if any',
        },
      ];
    } finally {
      await stack.close();
    }
  },
};
