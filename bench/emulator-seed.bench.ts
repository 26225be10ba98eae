import { busyIntervals } from '../emulator/calendar/busy-intervals';
import { generateOrg } from '../emulator/seed/generate-org';
import { givenEmulatorPeople } from '../tests/fixtures/emulator-person';
import { median, timed, type BenchFigure, type BenchSuite } from './bench-result';

const DAY = 86_400_000;
const MARCH_2025 = Date.UTC(2025, 2, 1);

/** The emulator's seeded organization and generated calendars, which every offline start and test builds. */
export const emulatorSeedSuite: BenchSuite = {
  name: 'emulator-seed',
  async run(): Promise<BenchFigure[]> {
    const orgRuns = Array.from({ length: 5 }, () => timed(() => generateOrg({ size: 10_000 })).ms);

    const people = givenEmulatorPeople(20);
    const busyOf61Days = (offsetDays: number) =>
      people.reduce((n, p) => {
        const from = MARCH_2025 + offsetDays * DAY;
        return n + busyIntervals(p, from, from + 61 * DAY, { seed: 1 }).length;
      }, 0);
    for (let i = 0; i < 5; i++) busyOf61Days(i);
    const busyRuns = Array.from({ length: 7 }, (_, i) => timed(() => busyOf61Days(7 + i)).ms);

    return [
      {
        name: 'generate the demo org, 10,000 people, median of 5',
        value: median(orgRuns),
        unit: 'ms',
        note: `goal < 1000 ms; first run ${orgRuns[0]!.toFixed(0)} ms`,
      },
      {
        name: 'busy intervals, 20 people x 61 days, best of 7',
        value: Math.min(...busyRuns),
        unit: 'ms',
        note: `${busyOf61Days(14)} intervals; goal a few ms (per-item time-zone work costs hundreds)`,
      },
    ];
  },
};
