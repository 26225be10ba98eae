import { ConflictError } from '../../errors';
import type { CheckOutInput, CheckOutView } from '../../http/schemas/sessions';
import { loadMemberSession } from './load-member-session';
import type { Member } from '../../ports';
import type { SessionsDeps } from './sessions-deps';

/**
 * A member's check-out: one insight and one commitment, editable until the session is closed. The commitment is
 * saved with it in one transaction, so it comes back at the pod's next check-in. The tab and the message extension
 * both call this.
 */
export async function recordCheckOut(
  deps: Pick<SessionsDeps, 'store' | 'transact' | 'clock'>,
  member: Member,
  occurrenceId: string,
  input: CheckOutInput,
): Promise<CheckOutView> {
  const now = new Date(deps.clock.now());
  return deps.transact(member.tenantId, async (store) => {
    const { occurrence, pod } = await loadMemberSession(store, occurrenceId, member.userId);
    if (occurrence.state === 'cancelled') throw new ConflictError('This session was cancelled.');
    if (occurrence.closedAt)
      throw new ConflictError('This session is closed; its check-outs can no longer change.');
    const { checkout } = await store.checkouts.save(
      {
        occurrenceId,
        personId: member.userId,
        insight: input.insight,
        commitment: input.commitment,
        insightShareable: input.shareable,
        showName: input.showName,
      },
      now,
    );
    await store.commitments.saveFromCheckout({
      podId: pod.id,
      personId: member.userId,
      fromOccurrenceId: occurrenceId,
      text: input.commitment,
    });
    return {
      sessionId: occurrenceId,
      personId: checkout.personId,
      insight: checkout.insight,
      commitment: checkout.commitment,
      shareable: checkout.insightShareable,
      showName: checkout.showName,
      updatedAt: checkout.updatedAt.toISOString(),
    };
  });
}
