import { z } from 'zod';
import type { Series } from '../../domain/scheduling';

/** What happened to one pod in a cohort scheduling run; stored with the run's progress. */
export const PodOutcome = z.object({
  name: z.string(),
  outcome: z.enum(['booked', 'no-slot', 'failed', 'pending']),
  reason: z.string().optional(),
  slot: z
    .object({ weekday: z.string(), anchorStart: z.string(), firstDate: z.string(), timeZone: z.string() })
    .optional(),
});
export type PodOutcome = z.infer<typeof PodOutcome>;

/** Kind of the job runs that schedule a cohort. */
export const COHORT_SCHEDULE_KIND = 'cohort-schedule';

/** Outcome of a pod whose series is booked. */
export function bookedOutcome(name: string, series: Series): PodOutcome {
  const { weekday, anchorStart, firstDate, timeZone } = series.slot;
  return { name, outcome: 'booked', slot: { weekday, anchorStart, firstDate, timeZone } };
}

/** Done, failed and no-slot counts of a set of outcomes. */
export function countOutcomes(outcomes: Record<string, PodOutcome>): {
  done: number;
  failed: number;
  noSlot: number;
} {
  const all = Object.values(outcomes);
  return {
    done: all.filter((o) => o.outcome !== 'pending').length,
    failed: all.filter((o) => o.outcome === 'failed').length,
    noSlot: all.filter((o) => o.outcome === 'no-slot').length,
  };
}
