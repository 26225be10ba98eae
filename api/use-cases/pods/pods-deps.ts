import type { Clock, Storage } from '../../ports';

/** What pod formation, proposal changes and publishing need. */
export interface PodsDeps extends Storage {
  clock: Clock;
}
