import type { BenchSuite } from './bench-result';
import { checkoutThroughputSuite } from './checkout-throughput.bench';
import { emulatorSeedSuite } from './emulator-seed.bench';
import { foundationSuite } from './foundation.bench';
import { messageExtensionSuite } from './message-extension.bench';
import { podFormationSuite } from './pod-formation.bench';
import { podProposalApiSuite } from './pod-proposal-api.bench';
import { schedulingSuite } from './scheduling.bench';
import { slotSearchSuite } from './slot-search.bench';
import { tabSuite } from './tab.bench';

/** Every benchmark suite, in the order `npm run bench` runs them. Add new suites here. */
export const suites: BenchSuite[] = [
  foundationSuite,
  emulatorSeedSuite,
  podFormationSuite,
  podProposalApiSuite,
  slotSearchSuite,
  schedulingSuite,
  messageExtensionSuite,
  checkoutThroughputSuite,
  tabSuite,
];
