import type { Interval } from '../time';

/** Free/busy states that block or colour a slot; Graph's free and unknown items never become BusyItems. */
export type BusyStatus = 'busy' | 'tentative' | 'oof' | 'workingElsewhere';

/** One item of a person's free/busy, in UTC epoch ms (half-open). */
export interface BusyItem extends Interval {
  status: BusyStatus;
}

/** Statuses that make a session conflicted; tentative is a soft conflict, workingElsewhere none at all. */
export const HARD_CONFLICT: ReadonlySet<BusyStatus> = new Set(['busy', 'oof']);

export const BUSY_STATUSES: readonly BusyStatus[] = ['busy', 'tentative', 'oof', 'workingElsewhere'];
