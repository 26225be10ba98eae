import { ValidationError, ConflictError } from '../../errors';
import type { CheckInInput, CheckInView } from '../../http/schemas/sessions';
import { loadMemberSession } from './load-member-session';
import type { Member } from '../../ports';
import type { SessionsDeps } from './sessions-deps';

/**
 * A member's check-in: how they are showing up, and their report on the commitment from the pod's previous
 * session (done / partly / not done), which is recorded on that commitment.
 */
export async function recordCheckIn(
  deps: Pick<SessionsDeps, 'store' | 'transact' | 'clock'>,
  member: Member,
  occurrenceId: string,
  input: CheckInInput,
): Promise<CheckInView> {
  const now = new Date(deps.clock.now());
  return deps.transact(member.tenantId, async (store) => {
    const { occurrence, pod } = await loadMemberSession(store, occurrenceId, member.userId);
    if (occurrence.state === 'cancelled') throw new ConflictError('This session was cancelled.');
    if (occurrence.closedAt)
      throw new ConflictError('This session is closed; check-ins can no longer change.');
    const commitment = await store.commitments.latestBefore(pod.id, member.userId, occurrence.startsAt);
    if (input.commitmentStatus && !commitment)
      throw new ValidationError('You made no commitment at the previous session to report on.', [
        { field: 'commitmentStatus', message: 'there is no commitment from the previous session' },
      ]);
    const saved = await store.checkins.save({
      occurrenceId,
      personId: member.userId,
      mood: input.mood ?? '',
      commitmentStatus: input.commitmentStatus ?? null,
      note: input.note ?? null,
    });
    if (commitment && input.commitmentStatus)
      await store.commitments.followUp(commitment.id, input.commitmentStatus, now);
    return {
      sessionId: occurrenceId,
      personId: saved.personId,
      mood: saved.mood,
      commitmentStatus: saved.commitmentStatus,
      note: saved.note,
      commitment: commitment
        ? { id: commitment.id, text: commitment.text, status: input.commitmentStatus ?? commitment.status }
        : null,
    };
  });
}
