import { UnprocessableError } from '../../errors';
import type { SlotSearchResult } from '../../domain/scheduling';
import type { Caller } from '../../ports';
import { fetchFreeBusy, searchSpan } from './free-busy';
import { loadPodContext, type PodContext, type PodMember } from './pod-context';
import { searchAnchor, searchPod, type UnreadableMember } from './pod-search';
import type { SchedulingDeps } from './scheduling-deps';
import { searchSettings, type SearchOverrides, type SearchSettings } from './scheduling-settings';

/** Ranked weekly slots for a pod, in the organizer's zone, with the members they name. */
export interface PodSlots {
  podId: string;
  organizerId: string;
  timeZone: string;
  settings: SearchSettings;
  result: SlotSearchResult;
  unreadable: UnreadableMember[];
  members: PodMember[];
}

/**
 * Ranked weekly slots for a pod, asked by one of its members, who would organize the series: every member's
 * free/busy and hours are read fresh, and every session of the series is checked in each member's own zone.
 */
export async function searchPodSlots(
  deps: SchedulingDeps,
  caller: Caller,
  podId: string,
  overrides: SearchOverrides,
): Promise<PodSlots> {
  const ctx = await loadPodContext(deps, caller, podId);
  const organizer = ctx.members.find((m) => m.id === caller.userId)!;
  const { settings, freeBusy, anchorTimeZone } = await freshCalendars(
    deps,
    caller.tenantId,
    ctx,
    organizer,
    overrides,
  );
  const { result, unreadable } = searchPod(ctx.members, freeBusy, settings, anchorTimeZone, deps.clock.now());
  if (result.slots.length === 0) {
    const field = result.reason?.startsWith('no shared working window') ? 'durationMinutes' : 'earliestDate';
    throw new UnprocessableError(
      'no_slot',
      `No weekly time works for this pod: ${result.reason ?? 'no candidate fits'}.`,
      { field },
    );
  }
  return {
    podId,
    organizerId: organizer.id,
    timeZone: anchorTimeZone,
    settings,
    result,
    unreadable,
    members: ctx.members,
  };
}

/** Settings, the organizer's zone and every member's free/busy over the series' span. */
export async function freshCalendars(
  deps: SchedulingDeps,
  tenantId: string,
  ctx: PodContext,
  organizer: PodMember,
  overrides: SearchOverrides,
) {
  const now = deps.clock.now();
  const cachedZone = organizer.workingHours?.timeZone ?? organizer.timeZone ?? 'UTC';
  const settings = searchSettings(ctx.cohort, ctx.program, ctx.members.length, overrides, {
    now,
    timeZone: cachedZone,
  });
  const { from, to } = searchSpan(settings.firstDate, settings.cadence, settings.count);
  const addresses = ctx.members.flatMap((m) => (m.address ? [m.address] : []));
  const freeBusy = await fetchFreeBusy(deps.calendar, tenantId, addresses, from, to);
  return { settings, freeBusy, anchorTimeZone: searchAnchor(organizer, ctx.members, freeBusy, settings) };
}
