import type { BenchSuite } from './bench-result';
import { suites } from './suites';

/** Runs every suite (or those named on the command line) and prints their figures. */
async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const chosen: BenchSuite[] = wanted.length ? suites.filter((s) => wanted.includes(s.name)) : suites;
  console.log(`PeerPods benchmarks on Node ${process.version}, ${new Date().toISOString()}`);
  for (const suite of chosen) {
    console.log(`\n## ${suite.name}`);
    const started = performance.now();
    const figures = await suite.run();
    for (const f of figures) {
      const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(3);
      console.log(`  ${f.name.padEnd(58)} ${value.padStart(12)} ${f.unit.padEnd(8)} ${f.note ?? ''}`);
    }
    console.log(`  (suite took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
