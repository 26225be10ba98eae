import type { Checkout } from '../../domain/sessions/session-records';
import type { Member } from '../../ports';
import { loadSessionForMember } from '../access';
import { requireOpenSession } from './session-rules';
import type { SessionsDeps } from './sessions-deps';

export interface CheckOutInput {
  insight: string;
  commitment: string;
  /** The insight may appear in the program channel's summary. */
  shareable: boolean;
  /** Show the member's name next to a shared insight. */
  showName: boolean;
}

/**
 * A member's check-out: one insight and one commitment, editable until the session is closed. The commitment is
 * saved with it in one transaction, so it comes back at the pod's next check-in. The tab and the message extension
 * both call this.
 */
export async function recordCheckOut(
  deps: Pick<SessionsDeps, 'store' | 'transact' | 'clock'>,
  member: Member,
  sessionId: string,
  input: CheckOutInput,
): Promise<Checkout> {
  const now = deps.clock.now();
  return deps.transact(member.tenantId, async (store) => {
    const { session, pod } = await loadSessionForMember(store, member, sessionId);
    requireOpenSession(session, 'check-outs');
    const checkout = await store.checkouts.save(
      {
        sessionId,
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
      fromSessionId: sessionId,
      text: input.commitment,
    });
    return checkout;
  });
}
