import type { Session } from '../../domain/sessions/session';
import type { ReminderKind, SessionCards, TenantStore } from '../../ports';
import type { RemindersDeps } from './reminders-deps';

type Deps = Pick<RemindersDeps, 'store' | 'bot' | 'cards' | 'clock'>;

/** Before-session reminders go out for sessions starting within this lead. */
export const BEFORE_LEAD_MS = 60 * 60_000;
/** After-session reminders go out for sessions that ended within this window. */
export const AFTER_WINDOW_MS = 24 * 60 * 60_000;
const LONGEST_SESSION_MS = 4 * 60 * 60_000;

export interface ReminderOutcome {
  sent: number;
  /** Members the bot cannot reach yet: it has never seen their Teams id. */
  unreachable: number;
}

/**
 * Proactive reminders for one tenant: before each session, each member gets their open commitment; after it,
 * each member who has not checked out is asked to. Each reminder goes once, to the member's 1:1 chat with the bot.
 */
export async function sendDueReminders(deps: Deps, tenantId: string): Promise<ReminderOutcome> {
  const store = deps.store(tenantId);
  const now = deps.clock.now();
  const outcome: ReminderOutcome = { sent: 0, unreachable: 0 };
  const upcoming = await store.sessions.listStarting(now, now + BEFORE_LEAD_MS);
  const recent = (await store.sessions.listStarting(now - AFTER_WINDOW_MS - LONGEST_SESSION_MS, now)).filter(
    (s) => s.endsAt <= now && s.endsAt > now - AFTER_WINDOW_MS && !s.closedAt,
  );

  for (const [kind, sessions] of [
    ['before', upcoming],
    ['after', recent],
  ] as const) {
    for (const session of sessions) {
      const pod = await store.pods.get(session.podId);
      if (!pod) continue;
      const count = await store.sessions.countInSeries(session.seriesId);
      const checkedOut = new Set((await store.checkouts.listBySessions([session.id])).map((c) => c.personId));
      for (const personId of pod.memberIds) {
        if (kind === 'after' && checkedOut.has(personId)) continue;
        if (await store.reminders.wasSent(session.id, personId, kind)) continue;
        const card = await cardFor(deps.cards, store, kind, session, pod.name, count, personId);
        const delivered = await deliver(deps, store, tenantId, personId, card.text, card.card);
        if (!delivered) {
          outcome.unreachable += 1;
          continue;
        }
        await store.reminders.markSent(session.id, personId, kind, deps.clock.now());
        outcome.sent += 1;
      }
    }
  }
  return outcome;
}

async function cardFor(
  cards: SessionCards,
  store: TenantStore,
  kind: ReminderKind,
  session: Session,
  podName: string,
  count: number,
  personId: string,
) {
  const heading = { podName, seq: session.seq, count, startsAt: session.startsAt };
  if (kind === 'after')
    return { text: `${podName}: record your check-out`, card: cards.afterSession(heading) };
  const commitment = await store.commitments.latestBefore(session.podId, personId, session.startsAt);
  return {
    text: `${podName}: session ${session.seq} of ${count} starts soon`,
    card: cards.beforeSession(heading, commitment?.status === 'open' ? commitment.text : null),
  };
}

/** Sends to the member's 1:1 conversation, opening it when needed; false when the bot has never seen them. */
async function deliver(
  deps: Deps,
  store: TenantStore,
  tenantId: string,
  personId: string,
  text: string,
  card: object,
) {
  let conversation = await store.conversations.personalFor(personId);
  if (!conversation) {
    const user = await store.conversations.teamsUser(personId);
    if (!user) return false;
    const conversationId = await deps.bot.openPersonalConversation(
      user.serviceUrl,
      tenantId,
      user.teamsUserId,
    );
    conversation = {
      conversationId,
      serviceUrl: user.serviceUrl,
      kind: 'personal',
      teamId: null,
      channelId: null,
      personId,
    };
    await store.conversations.save(conversation);
  }
  await deps.bot.sendCard(
    { serviceUrl: conversation.serviceUrl, conversationId: conversation.conversationId },
    text,
    card,
  );
  return true;
}
