import type { Session } from '../../domain/sessions/session';
import type { Checkin, Checkout } from '../../domain/sessions/session-records';
import type { Member } from '../../ports';
import { loadSessionForMember } from '../access';
import type { SessionsDeps } from './sessions-deps';

/** The session's check-ins and check-outs, for members of its pod only. */
export async function getSessionNotes(
  deps: Pick<SessionsDeps, 'store'>,
  member: Member,
  sessionId: string,
): Promise<{ session: Session; checkins: Checkin[]; checkouts: Checkout[] }> {
  const store = deps.store(member.tenantId);
  const { session } = await loadSessionForMember(store, member, sessionId);
  const [checkins, checkouts] = await Promise.all([
    store.checkins.listBySessions([sessionId]),
    store.checkouts.listBySessions([sessionId]),
  ]);
  return { session, checkins, checkouts };
}
