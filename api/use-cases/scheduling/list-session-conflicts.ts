import type { SessionConflictsView } from '../../http/schemas/scheduling';
import type { Caller, CalendarEvent } from '../../ports';
import type { Occurrence } from '../../store';
import { loadBookedSeries } from './booked-series';
import { fetchFreeBusy } from './free-busy';
import { loadPodForMember, type PodMember } from './pod-context';
import { searchMembers } from './pod-search';
import type { SchedulingDeps } from './scheduling-deps';
import { occurrenceView } from './scheduling-views';

const HOUR_MS = 3_600_000;
type Conflict = SessionConflictsView['occurrences'][number]['conflicts'][number];

/**
 * What now stands in the way of each coming session of the pod's series: members who declined it (from the
 * organizer's instances) and busy, tentative or out-of-office time that appeared since booking (from getSchedule).
 */
export async function listSessionConflicts(
  deps: SchedulingDeps,
  caller: Caller,
  podId: string,
): Promise<SessionConflictsView> {
  const ctx = await loadPodForMember(deps, caller, podId);
  const { session, occurrences } = await loadBookedSeries(deps.store(caller.tenantId), podId);
  const timeZone = session.slot.timeZone;
  const coming = occurrences.filter((o) => o.endsAt.getTime() > deps.clock.now() && o.state !== 'cancelled');
  if (coming.length === 0) return { podId, timeZone, occurrences: [], unreadable: [] };
  const from = coming[0]!.startsAt.getTime() - HOUR_MS;
  const to = coming.at(-1)!.endsAt.getTime() + HOUR_MS;
  const app = { as: 'app', tenantId: caller.tenantId } as const;
  const addresses = ctx.members.flatMap((m) => (m.address ? [m.address] : []));
  const [instances, freeBusy] = await Promise.all([
    deps.calendar.listInstances(app, session.organizerId, session.seriesEventId, from, to),
    fetchFreeBusy(deps.calendar, caller.tenantId, addresses, from, to),
  ]);
  const { members, unreadable } = searchMembers(ctx.members, freeBusy);
  return {
    podId,
    timeZone,
    unreadable,
    occurrences: coming.map((o) => {
      const instance = instances.find((i) => i.id === o.graphEventId || i.start === o.startsAt.getTime());
      const conflicts: Conflict[] = [...declined(instance, ctx.members, session.organizerId)];
      for (const member of members) {
        for (const item of member.busy) {
          // The session itself sits in every attendee's calendar at exactly its own time.
          const itself = item.start === o.startsAt.getTime() && item.end === o.endsAt.getTime();
          if (itself || item.status === 'workingElsewhere' || !overlaps(item, o)) continue;
          if (conflicts.some((c) => c.memberId === member.id && c.kind === item.status)) continue;
          conflicts.push({ memberId: member.id, name: member.name ?? member.id, kind: item.status });
        }
      }
      return { ...occurrenceView(o, timeZone), conflicts };
    }),
  };
}

function declined(
  instance: CalendarEvent | undefined,
  members: readonly PodMember[],
  organizerId: string,
): Conflict[] {
  if (!instance) return [];
  return members
    .filter((m) => m.id !== organizerId && m.address)
    .filter((m) =>
      instance.attendees.some(
        (a) => a.address.toLowerCase() === m.address!.toLowerCase() && a.response === 'declined',
      ),
    )
    .map((m) => ({ memberId: m.id, name: m.name, kind: 'declined' as const }));
}

function overlaps(item: { start: number; end: number }, o: Occurrence): boolean {
  return item.start < o.endsAt.getTime() && item.end > o.startsAt.getTime();
}
