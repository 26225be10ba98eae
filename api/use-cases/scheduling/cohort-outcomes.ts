import type { JobProgressView } from '../../http/schemas/scheduling';
import type { JobRun, Session } from '../../store';

/** What happened to one pod in a cohort scheduling run. */
export interface PodOutcome {
  name: string;
  outcome: 'booked' | 'no-slot' | 'failed' | 'pending';
  reason?: string;
  slot?: { weekday: string; anchorStart: string; firstDate: string; timeZone: string };
}

/** Kind of the job runs that schedule a cohort. */
export const COHORT_SCHEDULE_KIND = 'cohort-schedule';

/** Outcome of a pod whose series is booked. */
export function bookedOutcome(name: string, session: Session): PodOutcome {
  const { weekday, anchorStart, firstDate, timeZone } = session.slot;
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

export function jobProgressView(run: JobRun<PodOutcome>): JobProgressView {
  const { noSlot } = countOutcomes(run.outcomes);
  return {
    id: run.id,
    kind: run.kind,
    state: run.state,
    done: run.done,
    total: run.total,
    failed: run.failed,
    noSlot,
    pods: Object.entries(run.outcomes)
      .map(([podId, o]) => ({ podId, ...o }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.podId.localeCompare(b.podId)),
  };
}
