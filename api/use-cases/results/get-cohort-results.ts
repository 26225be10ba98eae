import {
  computeCohortResults,
  type CohortResults,
  type InviteResponse,
} from '../../domain/sessions/cohort-results';
import type { Session } from '../../domain/sessions/session';
import type { Caller, TenantStore } from '../../ports';
import { loadOwnedCohort } from '../access';
import type { ResultsDeps } from './results-deps';

/** Program results for the cohort's owners: aggregates only, each withheld below the group-size threshold. */
export async function getCohortResults(
  deps: ResultsDeps,
  caller: Caller,
  cohortId: string,
): Promise<CohortResults & { cohortId: string }> {
  const store = deps.store(caller.tenantId);
  const { cohort } = await loadOwnedCohort(store, caller, cohortId, 'see its results');
  const pods = await store.pods.listByCohort(cohortId);
  const podIds = pods.map((p) => p.id);
  const sessions = await store.sessions.listForPods(podIds);
  const ids = sessions.map((s) => s.id);
  const [checkins, checkouts, commitments, feedback, inviteResponses] = await Promise.all([
    store.checkins.listBySessions(ids),
    store.checkouts.listBySessions(ids),
    store.commitments.listByPods(podIds),
    store.feedback.listBySessions(ids),
    invitesOf(deps, store, caller.tenantId, pods, sessions),
  ]);
  const results = computeCohortResults({
    now: deps.clock.now(),
    startDate: cohort.startDate,
    sessionCount: cohort.sessionCount,
    pods,
    sessions: sessions.map((s) => ({
      id: s.id,
      podId: s.podId,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      cancelled: s.state === 'cancelled',
      closed: s.closedAt !== null,
    })),
    checkins,
    checkouts,
    commitments,
    feedback,
    inviteResponses,
  });
  return { cohortId, ...results };
}

/** Members' responses to each held session, read app-only from the organizer's calendar (attendees by mail). */
async function invitesOf(
  deps: ResultsDeps,
  store: TenantStore,
  tenantId: string,
  pods: readonly { id: string; memberIds: readonly string[] }[],
  sessions: Session[],
) {
  const series = [...(await store.series.currentForPods(pods.map((p) => p.id))).values()].filter(
    (s) => s.seriesEventId,
  );
  if (series.length === 0) return [];
  const memberIds = pods.flatMap((pod) => pod.memberIds);
  const people = await store.people.listByIds([...new Set(memberIds)]);
  const byAddress = new Map<string, string>();
  for (const person of people)
    for (const address of [person.mail, person.upn])
      if (address) byAddress.set(address.toLowerCase(), person.id);
  const responses: { sessionId: string; personId: string; response: InviteResponse }[] = [];
  for (const s of series) {
    const mine = sessions.filter((session) => session.seriesId === s.id);
    if (mine.length === 0) continue;
    const start = Math.min(...mine.map((session) => session.startsAt));
    const end = Math.max(...mine.map((session) => session.endsAt)) + 1;
    const instances = await deps.calendar.listInstances(
      { as: 'app', tenantId },
      s.organizerId,
      s.seriesEventId!,
      start,
      end,
    );
    for (const instance of instances) {
      const session = mine.find((m) => m.graphEventId === instance.id || m.startsAt === instance.start);
      if (!session) continue;
      for (const attendee of instance.attendees) {
        const personId = byAddress.get(attendee.address.toLowerCase());
        if (personId)
          responses.push({ sessionId: session.id, personId, response: attendee.response as InviteResponse });
      }
    }
  }
  return responses;
}
