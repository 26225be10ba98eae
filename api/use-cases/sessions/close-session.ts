import { ConflictError } from '../../errors';
import { summarizeSession } from '../../domain/sessions/session-summary';
import type { Caller, TenantStore } from '../../ports';
import { loadSessionForMember, type MemberSession } from '../access';
import type { SessionsDeps } from './sessions-deps';

/** What closing did: when and by whom it was first closed, and what became of the channel summary. */
export interface ClosedSession {
  sessionId: string;
  /** Epoch ms. */
  closedAt: number;
  closedBy: string;
  /** `posted` now, `already` by an earlier close, `no-channel` when the program has none, `in-progress` elsewhere. */
  summary: 'posted' | 'already' | 'no-channel' | 'in-progress';
  messageId: string | null;
}

/**
 * Any member closes a session once it has started. The first close posts one summary card (shareable insights only)
 * to the program's channel as that member (on-behalf-of); the post is claimed in the database first, so concurrent
 * closes post once, and a failed post releases its claim so closing again retries it.
 */
export async function closeSession(
  deps: SessionsDeps,
  caller: Caller,
  sessionId: string,
): Promise<ClosedSession> {
  const store = deps.store(caller.tenantId);
  const now = deps.clock.now();
  const found = await loadSessionForMember(store, caller, sessionId);
  if (found.session.state === 'cancelled') throw new ConflictError('This session was cancelled.');
  if (found.session.startsAt > now)
    throw new ConflictError('This session has not started yet; close it once it has begun.', {
      code: 'session_not_started',
    });
  const closed = await store.sessions.close(sessionId, caller.userId, now);
  const base = { sessionId, ...closed };

  const channel = await programChannel(store, found);
  if (!channel) return { ...base, summary: 'no-channel', messageId: null };
  if (!(await store.channelPosts.claim({ sessionId, ...channel, postedBy: caller.userId }, now))) {
    const post = await store.channelPosts.get(sessionId);
    return {
      ...base,
      summary: post?.messageId ? 'already' : 'in-progress',
      messageId: post?.messageId ?? null,
    };
  }
  try {
    const card = deps.cards.summary(await summaryOf(store, found));
    const { messageId } = await deps.channels.postCard({ as: 'user', caller }, channel, card);
    await store.channelPosts.recordPosted(sessionId, messageId, now);
    return { ...base, summary: 'posted', messageId };
  } catch (error) {
    await store.channelPosts.release(sessionId);
    throw error;
  }
}

async function programChannel(store: TenantStore, { pod }: MemberSession) {
  const cohort = await store.cohorts.get(pod.cohortId);
  const program = cohort && (await store.programs.get(cohort.programId));
  return program?.summaryChannel ?? null;
}

async function summaryOf(store: TenantStore, { session, pod, count }: MemberSession) {
  const [people, checkins, checkouts] = await Promise.all([
    store.people.listByIds(pod.memberIds),
    store.checkins.listBySessions([session.id]),
    store.checkouts.listBySessions([session.id]),
  ]);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  return summarizeSession({
    podName: pod.name,
    seq: session.seq,
    count,
    // A member whose name the directory cache lacks is shown as anonymous, never by id.
    members: pod.memberIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    checkedIn: checkins.map((c) => c.personId),
    checkouts,
  });
}
