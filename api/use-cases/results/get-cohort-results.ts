import { computeCohortResults, type InviteResponse } from '../../domain/sessions/cohort-results';
import { NotFoundError, ForbiddenError } from '../../errors';
import type { CohortResultsView } from '../../http/schemas/results';
import type { CalendarGateway, Caller, Clock } from '../../ports';
import type { TenantStore } from '../../store';
import type { PodOccurrence } from '../../store/repositories/session-repository';

export interface CohortResultsDeps {
  store: (tenantId: string) => TenantStore;
  calendar: Pick<CalendarGateway, 'listInstances'>;
  clock: Clock;
}

/** Program results for the cohort's owners: aggregates only, each withheld below the group-size threshold. */
export async function getCohortResults(
  deps: CohortResultsDeps,
  caller: Caller,
  cohortId: string,
): Promise<CohortResultsView> {
  const store = deps.store(caller.tenantId);
  const cohort = await store.cohorts.get(cohortId);
  const program = cohort && (await store.programs.get(cohort.programId));
  if (!cohort || !program) throw new NotFoundError(`No cohort ${cohortId}.`, { field: 'id' });
  if (!program.ownerIds.includes(caller.userId))
    throw new ForbiddenError("Only the program's owners can see its results.");

  const pods = await store.pods.listByCohort(cohortId);
  const podIds = pods.map((p) => p.id);
  const occurrences = await store.sessions.listOccurrencesForPods(podIds);
  const ids = occurrences.map((o) => o.id);
  const [checkins, checkouts, commitments, feedback, inviteResponses] = await Promise.all([
    store.checkins.listByOccurrences(ids),
    store.checkouts.listByOccurrences(ids),
    store.commitments.listByPods(podIds),
    store.feedback.listByOccurrences(ids),
    invitesOf(deps, store, caller.tenantId, pods, occurrences),
  ]);
  const results = computeCohortResults({
    now: deps.clock.now(),
    startDate: cohort.startDate,
    sessionCount: cohort.sessionCount,
    pods,
    occurrences: occurrences.map((o) => ({
      id: o.id,
      podId: o.podId,
      startsAt: o.startsAt.getTime(),
      endsAt: o.endsAt.getTime(),
      cancelled: o.state === 'cancelled',
      closed: o.closedAt !== null,
    })),
    checkins,
    checkouts,
    commitments,
    feedback,
    inviteResponses,
  });
  return { cohortId, ...results };
}

/** Members' responses to each held occurrence, read app-only from the organizer's calendar (attendees by mail). */
async function invitesOf(
  deps: CohortResultsDeps,
  store: TenantStore,
  tenantId: string,
  pods: readonly { id: string; memberIds: readonly string[] }[],
  occurrences: PodOccurrence[],
) {
  const series = [...(await store.sessions.currentForPods(pods.map((p) => p.id))).values()].filter(
    (s) => s.seriesEventId,
  );
  if (series.length === 0) return [];
  const memberIds = pods.flatMap((pod) => pod.memberIds);
  const people = await store.people.listByIds([...new Set(memberIds)]);
  const byAddress = new Map<string, string>();
  for (const person of people)
    for (const address of [person.mail, person.upn])
      if (address) byAddress.set(address.toLowerCase(), person.id);
  const responses: { occurrenceId: string; personId: string; response: InviteResponse }[] = [];
  for (const s of series) {
    const mine = occurrences.filter((o) => o.sessionId === s.id);
    if (mine.length === 0) continue;
    const start = Math.min(...mine.map((o) => o.startsAt.getTime()));
    const end = Math.max(...mine.map((o) => o.endsAt.getTime())) + 1;
    const instances = await deps.calendar.listInstances(
      { as: 'app', tenantId },
      s.organizerId,
      s.seriesEventId!,
      start,
      end,
    );
    for (const instance of instances) {
      const occurrence = mine.find(
        (o) => o.graphEventId === instance.id || o.startsAt.getTime() === instance.start,
      );
      if (!occurrence) continue;
      for (const attendee of instance.attendees) {
        const personId = byAddress.get(attendee.address.toLowerCase());
        if (personId)
          responses.push({
            occurrenceId: occurrence.id,
            personId,
            response: attendee.response as InviteResponse,
          });
      }
    }
  }
  return responses;
}
