import type { SessionNotes } from '../../http/schemas/sessions';
import { loadMemberSession } from './load-member-session';
import type { Member } from '../../ports';
import type { SessionsDeps } from './sessions-deps';

/** The session's check-ins and check-outs, for members of its pod only. */
export async function getSessionNotes(
  deps: Pick<SessionsDeps, 'store'>,
  member: Member,
  occurrenceId: string,
): Promise<SessionNotes> {
  const store = deps.store(member.tenantId);
  const { occurrence } = await loadMemberSession(store, occurrenceId, member.userId);
  const [checkins, checkouts] = await Promise.all([
    store.checkins.listByOccurrence(occurrenceId),
    store.checkouts.listByOccurrence(occurrenceId),
  ]);
  return {
    sessionId: occurrenceId,
    closed: occurrence.closedAt !== null,
    checkIns: checkins.map((c) => ({
      sessionId: occurrenceId,
      personId: c.personId,
      mood: c.mood,
      commitmentStatus: c.commitmentStatus,
      note: c.note,
    })),
    checkOuts: checkouts.map((c) => ({
      sessionId: occurrenceId,
      personId: c.personId,
      insight: c.insight,
      commitment: c.commitment,
      shareable: c.insightShareable,
      showName: c.showName,
      updatedAt: c.updatedAt.toISOString(),
    })),
  };
}
