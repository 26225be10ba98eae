import { AppError } from '../../errors';
import type { Pod } from '../../domain/pods';
import type { Series } from '../../domain/scheduling';
import { bookSeries, driveBooking } from './book-series';
import { bookedOutcome, PodOutcome } from './cohort-outcomes';
import { fetchFreeBusy, searchSpan, type FreeBusyMap } from './free-busy';
import { membersById, resolveMembers, type PodContext } from './pod-context';
import { hoursOf, searchAnchor, searchPod } from './pod-search';
import type { CohortScheduleJob, SchedulingDeps } from './scheduling-deps';
import { searchSettings } from './scheduling-settings';
import { ProgressWriter } from './progress-writer';

export interface RunControl {
  /** True once the worker is shutting down: no new pod is started and the run is left to resume. */
  stopping(): boolean;
  /** Bookings in flight at once across all organizers; the Graph client keeps each organizer's mailbox at 4. */
  concurrency: number;
}

/** Thrown when a run stops early so the queue retries it; the retry resumes where this one stopped. */
export class RunInterrupted extends Error {}

/**
 * Schedules every published pod of a cohort: free/busy for all members of unbooked pods in shared getSchedule
 * requests, then per pod the recurring search and an idempotent booking, with bounded concurrency and progress saved
 * as it goes. Pods already booked are skipped; pods left in `booking` by a crash are re-driven with their transaction id.
 */
export async function runCohortScheduling(
  deps: SchedulingDeps,
  job: CohortScheduleJob,
  control: RunControl,
): Promise<void> {
  const store = deps.store(job.tenantId);
  const run = await store.jobRuns.get(job.jobRunId, PodOutcome);
  const cohort = await store.cohorts.get(job.cohortId);
  const program = cohort && (await store.programs.get(cohort.programId));
  if (!run || run.state === 'completed' || !cohort || !program) return;
  const pods = (await store.pods.listByCohort(cohort.id)).filter((p) => p.publishedAt);
  const current = await store.series.currentForPods(pods.map((p) => p.id));
  const progress = new ProgressWriter(store, run.id, { ...run.outcomes });
  const todo: Pod[] = [];
  for (const pod of pods) {
    const series = current.get(pod.id);
    if (series?.state === 'booked') progress.outcomes[pod.id] = bookedOutcome(pod.name, series);
    else todo.push(pod);
  }
  await progress.flush('running');

  const people = membersById(
    await resolveMembers(
      deps,
      job.tenantId,
      store,
      todo.flatMap((p) => p.memberIds),
    ),
  );
  const contexts = todo.map((pod): PodContext => ({
    pod,
    cohort,
    program,
    members: pod.memberIds.map((id) => people.get(id)!),
  }));
  const { from, to } = searchSpan(cohort.startDate, cohort.cadence, cohort.sessionCount);
  // Addresses in pod order, so the planner packs each pod's members into the same request.
  const addresses = contexts.flatMap((c) => c.members.flatMap((m) => (m.address ? [m.address] : [])));
  const freeBusy = await fetchFreeBusy(deps.calendar, job.tenantId, addresses, from, to);

  let next = 0;
  const worker = async () => {
    while (next < contexts.length && !control.stopping()) {
      const ctx = contexts[next++]!;
      progress.record(
        ctx.pod.id,
        await schedulePod(deps, job.tenantId, ctx, current.get(ctx.pod.id), freeBusy),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(control.concurrency, contexts.length) }, worker));
  if (control.stopping() && next < contexts.length) {
    await progress.flush('running');
    throw new RunInterrupted('the worker stopped; the run resumes on the next worker');
  }
  await progress.flush('completed');
  if (Object.values(progress.outcomes).some((o) => o.outcome === 'booked'))
    await store.cohorts.setStatus(cohort.id, 'running');
}

async function schedulePod(
  deps: SchedulingDeps,
  tenantId: string,
  ctx: PodContext,
  series: Series | undefined,
  freeBusy: FreeBusyMap,
): Promise<PodOutcome> {
  const name = ctx.pod.name;
  try {
    if (series?.state === 'booking')
      return bookedOutcome(name, await driveBooking(deps, tenantId, ctx, series));
    const host = ctx.members[0];
    if (!host) return { name, outcome: 'no-slot', reason: 'the pod has no members' };
    const hostZone = hoursOf(
      host,
      host.address ? (freeBusy.get(host.address.toLowerCase())?.workingHours ?? null) : null,
    ).timeZone;
    const now = deps.clock.now();
    const settings = searchSettings(
      ctx.cohort,
      ctx.program,
      ctx.members.length,
      {},
      { now, timeZone: hostZone },
    );
    const anchorTimeZone = searchAnchor(host, ctx.members, freeBusy, settings);
    const { result } = searchPod(ctx.members, freeBusy, settings, anchorTimeZone, now, 1);
    const best = result.slots[0];
    if (!best || !result.feasible)
      return { name, outcome: 'no-slot', reason: result.reason ?? 'no weekly time fits every member' };
    const booked = await bookSeries(deps, tenantId, ctx, host, {
      cohortId: ctx.cohort.id,
      weekday: best.weekday,
      anchorStart: best.anchorStart,
      firstDate: best.occurrences[0]!.date,
      timeZone: anchorTimeZone,
      cadence: settings.cadence,
      count: settings.count,
      durationMinutes: settings.durationMinutes,
    });
    return bookedOutcome(name, booked.series);
  } catch (error) {
    if (error instanceof AppError && error.kind !== 'upstream' && error.kind !== 'unavailable')
      return { name, outcome: 'no-slot', reason: error.message };
    return {
      name,
      outcome: 'failed',
      reason: error instanceof AppError ? error.message : 'an unexpected error; see the server log',
    };
  }
}
