import { ConflictError } from '../../errors';
import type { Member, TenantStore } from '../../ports';
import { loadSessionForMember } from '../access';
import type { SessionsDeps } from './sessions-deps';

/** The pod's view of a session's feedback: the average and count of ratings, and the member's own. */
export interface FeedbackSummary {
  sessionId: string;
  ratings: number;
  average: number | null;
  mine: { rating: number; comment: string | null } | null;
}

export interface FeedbackInput {
  /** 1–5. */
  rating: number;
  comment?: string | undefined;
}

/** A member rates a closed session (1–5, optional comment); rating again replaces their earlier rating. */
export async function rateSession(
  deps: Pick<SessionsDeps, 'store'>,
  member: Member,
  sessionId: string,
  input: FeedbackInput,
): Promise<FeedbackSummary> {
  const store = deps.store(member.tenantId);
  const { session } = await loadSessionForMember(store, member, sessionId);
  if (!session.closedAt)
    throw new ConflictError('Feedback opens once the session is closed.', { code: 'session_not_closed' });
  await store.feedback.save({
    sessionId,
    personId: member.userId,
    rating: input.rating,
    comment: input.comment ?? null,
  });
  return feedbackSummary(store, sessionId, member.userId);
}

/** The pod's view: never another member's words. */
export async function getSessionFeedback(
  deps: Pick<SessionsDeps, 'store'>,
  member: Member,
  sessionId: string,
): Promise<FeedbackSummary> {
  const store = deps.store(member.tenantId);
  await loadSessionForMember(store, member, sessionId);
  return feedbackSummary(store, sessionId, member.userId);
}

async function feedbackSummary(
  store: TenantStore,
  sessionId: string,
  personId: string,
): Promise<FeedbackSummary> {
  const all = await store.feedback.listBySessions([sessionId]);
  const mine = all.find((f) => f.personId === personId);
  const sum = all.reduce((total, f) => total + f.rating, 0);
  return {
    sessionId,
    ratings: all.length,
    average: all.length === 0 ? null : Math.round((sum / all.length) * 100) / 100,
    mine: mine ? { rating: mine.rating, comment: mine.comment } : null,
  };
}
