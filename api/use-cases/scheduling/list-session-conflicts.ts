import type { Session } from '../../domain/sessions/session';
import type { CalendarEvent, Caller } from '../../ports';
import { loadBookedSeries } from './booked-series';
import { fetchFreeBusy } from './free-busy';
import { loadPodContext, type PodMember } from './pod-context';
import { searchMembers, type UnreadableMember } from './pod-search';
import type { SchedulingDeps } from './scheduling-deps';

const HOUR_MS = 3_600_000;

/** Something that now stands in the way of one member attending a session. */
export interface SessionConflict {
  memberId: string;
  name: string;
  kind: 'declined' | 'busy' | 'tentative' | 'oof';
}

/** The pod's coming sessions, each with what stands in its way, in the series' zone. */
export interface SessionConflicts {
  podId: string;
  timeZone: string;
  sessions: (Session & { conflicts: SessionConflict[] })[];
  unreadable: UnreadableMember[];
}

/**
 * What now stands in the way of each coming session of the pod's series: members who declined it (from the
 * organizer's instances) and busy, tentative or out-of-office time that appeared since booking (from getSchedule).
 */
export async function listSessionConflicts(
  deps: SchedulingDeps,
  caller: Caller,
  podId: string,
): Promise<SessionConflicts> {
  const ctx = await loadPodContext(deps, caller, podId);
  const { series, sessions } = await loadBookedSeries(deps.store(caller.tenantId), podId);
  const timeZone = series.slot.timeZone;
  const coming = sessions.filter((s) => s.endsAt > deps.clock.now() && s.state !== 'cancelled');
  if (coming.length === 0) return { podId, timeZone, sessions: [], unreadable: [] };
  const from = coming[0]!.startsAt - HOUR_MS;
  const to = coming.at(-1)!.endsAt + HOUR_MS;
  const app = { as: 'app', tenantId: caller.tenantId } as const;
  const addresses = ctx.members.flatMap((m) => (m.address ? [m.address] : []));
  const [instances, freeBusy] = await Promise.all([
    deps.calendar.listInstances(app, series.organizerId, series.seriesEventId, from, to),
    fetchFreeBusy(deps.calendar, caller.tenantId, addresses, from, to),
  ]);
  const { members, unreadable } = searchMembers(ctx.members, freeBusy);
  return {
    podId,
    timeZone,
    unreadable,
    sessions: coming.map((session) => {
      const instance = instances.find((i) => i.id === session.graphEventId || i.start === session.startsAt);
      const conflicts: SessionConflict[] = [...declined(instance, ctx.members, series.organizerId)];
      for (const member of members) {
        for (const item of member.busy) {
          // The session itself sits in every attendee's calendar at exactly its own time.
          const itself = item.start === session.startsAt && item.end === session.endsAt;
          if (itself || item.status === 'workingElsewhere' || !overlaps(item, session)) continue;
          if (conflicts.some((c) => c.memberId === member.id && c.kind === item.status)) continue;
          conflicts.push({ memberId: member.id, name: member.name ?? member.id, kind: item.status });
        }
      }
      return { ...session, conflicts };
    }),
  };
}

function declined(
  instance: CalendarEvent | undefined,
  members: readonly PodMember[],
  organizerId: string,
): SessionConflict[] {
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

function overlaps(item: { start: number; end: number }, session: Session): boolean {
  return item.start < session.endsAt && item.end > session.startsAt;
}
