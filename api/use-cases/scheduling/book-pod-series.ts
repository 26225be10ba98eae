import { ConflictError } from '../../errors';
import type { Caller } from '../../ports';
import { bookSeries } from './book-series';
import type { PodSeries } from './list-pod-series';
import { loadPodContext } from './pod-context';
import { searchPod } from './pod-search';
import type { SchedulingDeps } from './scheduling-deps';
import type { SearchOverrides } from './scheduling-settings';
import { freshCalendars } from './search-pod-slots';

/** A slot as the search returned it, and whether to keep it despite more conflicts than the program allows. */
export interface SlotChoice extends SearchOverrides {
  weekday: string;
  anchorStart: string;
  firstDate: string;
  acceptConflicts?: boolean | undefined;
}

/**
 * Books the slot a member chose from a search as the pod's recurring Teams series, with that member as organizer.
 * The slot is checked again against fresh free/busy first. Booking again returns the existing series; a pod that
 * already has a different series gets 409.
 */
export async function bookPodSeries(
  deps: SchedulingDeps,
  caller: Caller,
  podId: string,
  choice: SlotChoice,
): Promise<PodSeries & { created: boolean }> {
  const ctx = await loadPodContext(deps, caller, podId);
  const store = deps.store(caller.tenantId);
  const existing = await store.series.currentForPod(podId);
  if (existing?.state === 'booked') {
    const same =
      existing.slot.firstDate === choice.firstDate && existing.slot.anchorStart === choice.anchorStart;
    if (!same)
      throw new ConflictError(
        `This pod already has a series booked on ${existing.slot.weekday}s at ${existing.slot.anchorStart} (${existing.slot.timeZone}); move single sessions instead.`,
      );
    return {
      podId,
      series: existing,
      sessions: await store.sessions.listBySeries(existing.id),
      created: false,
    };
  }
  const organizer = ctx.members.find((m) => m.id === caller.userId)!;
  const { settings, freeBusy, anchorTimeZone } = await freshCalendars(
    deps,
    caller.tenantId,
    ctx,
    organizer,
    choice,
  );
  const { result } = searchPod(ctx.members, freeBusy, settings, anchorTimeZone, deps.clock.now(), 100);
  const slot = result.slots.find(
    (s) =>
      s.occurrences[0]!.date === choice.firstDate &&
      s.anchorStart === choice.anchorStart &&
      s.weekday === choice.weekday,
  );
  if (!slot) {
    throw new ConflictError(
      "The chosen time is no longer inside every member's working hours; search again.",
      { code: 'slot_unavailable', field: 'anchorStart' },
    );
  }
  const conflicted = slot.score.conflictedOccurrences;
  if (conflicted > settings.maxConflicted && !choice.acceptConflicts) {
    // Often no weekly time is free for everyone on every date (time off, busy weeks); the pod may knowingly keep
    // the best one and move the conflicting sessions, but never by accident.
    throw new ConflictError(
      `The chosen time conflicts on ${conflicted} of ${settings.count} sessions and this program allows ${settings.maxConflicted}. ` +
        'Book it with acceptConflicts to keep it and move those sessions later, or choose another time.',
      { code: 'slot_conflicts', field: 'acceptConflicts' },
    );
  }
  const { series, created } = await bookSeries(deps, caller.tenantId, ctx, organizer, {
    cohortId: ctx.cohort.id,
    weekday: slot.weekday,
    anchorStart: slot.anchorStart,
    firstDate: choice.firstDate,
    timeZone: anchorTimeZone,
    cadence: settings.cadence,
    count: settings.count,
    durationMinutes: settings.durationMinutes,
  });
  return { podId, series, sessions: await store.sessions.listBySeries(series.id), created };
}
