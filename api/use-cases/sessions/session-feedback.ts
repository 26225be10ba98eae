import { ConflictError } from '../../errors';
import type { FeedbackInput, SessionFeedback } from '../../http/schemas/sessions';
import type { TenantStore } from '../../store';
import { loadMemberSession } from './load-member-session';
import type { Member } from '../../ports';
import type { SessionsDeps } from './sessions-deps';

/** A member rates a closed session (1–5, optional comment); rating again replaces their earlier rating. */
export async function rateSession(
  deps: Pick<SessionsDeps, 'store'>,
  member: Member,
  occurrenceId: string,
  input: FeedbackInput,
): Promise<SessionFeedback> {
  const store = deps.store(member.tenantId);
  const { occurrence } = await loadMemberSession(store, occurrenceId, member.userId);
  if (!occurrence.closedAt)
    throw new ConflictError('Feedback opens once the session is closed.', { code: 'session_not_closed' });
  await store.feedback.save({
    occurrenceId,
    personId: member.userId,
    rating: input.rating,
    comment: input.comment ?? null,
  });
  return feedbackView(store, occurrenceId, member.userId);
}

/** The pod's view: the average and count of ratings, and the member's own; never another member's words. */
export async function getSessionFeedback(
  deps: Pick<SessionsDeps, 'store'>,
  member: Member,
  occurrenceId: string,
): Promise<SessionFeedback> {
  const store = deps.store(member.tenantId);
  await loadMemberSession(store, occurrenceId, member.userId);
  return feedbackView(store, occurrenceId, member.userId);
}

async function feedbackView(
  store: TenantStore,
  occurrenceId: string,
  personId: string,
): Promise<SessionFeedback> {
  const all = await store.feedback.listByOccurrences([occurrenceId]);
  const mine = all.find((f) => f.personId === personId);
  const sum = all.reduce((total, f) => total + f.rating, 0);
  return {
    sessionId: occurrenceId,
    ratings: all.length,
    average: all.length === 0 ? null : Math.round((sum / all.length) * 100) / 100,
    mine: mine ? { rating: mine.rating, comment: mine.comment } : null,
  };
}
