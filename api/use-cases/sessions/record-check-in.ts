import { ValidationError } from '../../errors';
import type { Checkin, Commitment, FollowUpStatus } from '../../domain/sessions/session-records';
import type { Member } from '../../ports';
import { loadSessionForMember } from '../access';
import { requireOpenSession } from './session-rules';
import type { SessionsDeps } from './sessions-deps';

export interface CheckInInput {
  mood?: string | undefined;
  /** Their report on last session's commitment; required when they made one. */
  commitmentStatus?: FollowUpStatus | undefined;
  note?: string | undefined;
}

/**
 * A member's check-in: how they are showing up, and their report on the commitment from the pod's previous
 * session (done / partly / not done), which is recorded on that commitment.
 */
export async function recordCheckIn(
  deps: Pick<SessionsDeps, 'store' | 'transact' | 'clock'>,
  member: Member,
  sessionId: string,
  input: CheckInInput,
): Promise<{ checkin: Checkin; commitment: Commitment | null }> {
  const now = deps.clock.now();
  return deps.transact(member.tenantId, async (store) => {
    const { session, pod } = await loadSessionForMember(store, member, sessionId);
    requireOpenSession(session, 'check-ins');
    const commitment = await store.commitments.latestBefore(pod.id, member.userId, session.startsAt);
    if (input.commitmentStatus && !commitment)
      throw new ValidationError('You made no commitment at the previous session to report on.', [
        { field: 'commitmentStatus', message: 'there is no commitment from the previous session' },
      ]);
    const checkin = await store.checkins.save({
      sessionId,
      personId: member.userId,
      mood: input.mood ?? '',
      commitmentStatus: input.commitmentStatus ?? null,
      note: input.note ?? null,
    });
    if (commitment && input.commitmentStatus)
      await store.commitments.followUp(commitment.id, input.commitmentStatus, now);
    return {
      checkin,
      commitment: commitment ? { ...commitment, status: input.commitmentStatus ?? commitment.status } : null,
    };
  });
}
