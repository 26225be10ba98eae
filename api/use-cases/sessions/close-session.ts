import { summarizeSession } from '../../domain/sessions/session-summary';
import { ConflictError } from '../../errors';
import type { CloseSessionResult } from '../../http/schemas/sessions';
import type { Caller } from '../../ports';
import type { TenantStore } from '../../store';
import { loadMemberSession, type MemberSession } from './load-member-session';
import type { SessionsDeps } from './sessions-deps';

/**
 * Any member closes a session once it has started. The first close posts one summary card (shareable insights only)
 * to the program's channel as that member (on-behalf-of); the post is claimed in the database first, so concurrent
 * closes post once, and a failed post releases its claim so closing again retries it.
 */
export async function closeSession(
  deps: SessionsDeps,
  caller: Caller,
  occurrenceId: string,
): Promise<CloseSessionResult> {
  const store = deps.store(caller.tenantId);
  const now = new Date(deps.clock.now());
  const session = await loadMemberSession(store, occurrenceId, caller.userId);
  if (session.occurrence.state === 'cancelled') throw new ConflictError('This session was cancelled.');
  if (session.occurrence.startsAt.getTime() > now.getTime())
    throw new ConflictError('This session has not started yet; close it once it has begun.', {
      code: 'session_not_started',
    });
  const closed = await store.sessions.closeOccurrence(occurrenceId, caller.userId, now);
  const base = {
    sessionId: occurrenceId,
    closedAt: closed.closedAt.toISOString(),
    closedBy: closed.closedBy,
  };

  const channel = await programChannel(store, session);
  if (!channel) return { ...base, summary: 'no-channel', messageId: null };
  if (!(await store.channelPosts.claim({ occurrenceId, ...channel, postedBy: caller.userId }, now))) {
    const post = await store.channelPosts.get(occurrenceId);
    return {
      ...base,
      summary: post?.messageId ? 'already' : 'in-progress',
      messageId: post?.messageId ?? null,
    };
  }
  try {
    const card = deps.cards.summary(await summaryOf(store, session));
    const { messageId } = await deps.channels.postCard({ as: 'user', caller }, channel, card);
    await store.channelPosts.recordPosted(occurrenceId, messageId, now);
    return { ...base, summary: 'posted', messageId };
  } catch (error) {
    await store.channelPosts.release(occurrenceId);
    throw error;
  }
}

async function programChannel(store: TenantStore, { pod }: MemberSession) {
  const cohort = await store.cohorts.get(pod.cohortId);
  const program = cohort && (await store.programs.get(cohort.programId));
  return program?.summaryChannel ?? null;
}

async function summaryOf(store: TenantStore, { occurrence, pod, count }: MemberSession) {
  const [people, checkins, checkouts] = await Promise.all([
    store.people.listByIds(pod.memberIds),
    store.checkins.listByOccurrence(occurrence.id),
    store.checkouts.listByOccurrence(occurrence.id),
  ]);
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  return summarizeSession({
    podName: pod.name,
    seq: occurrence.seq,
    count,
    // A member whose name the directory cache lacks is shown as anonymous, never by id.
    members: pod.memberIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    checkedIn: checkins.map((c) => c.personId),
    checkouts,
  });
}
