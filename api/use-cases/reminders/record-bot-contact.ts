import type { RemindersDeps } from './reminders-deps';

export interface BotContact {
  tenantId: string;
  serviceUrl: string;
  /** Entra object id and Teams `29:` id of who sent the activity. */
  person?: { id: string; teamsUserId: string };
  /** Set when the bot was added to this conversation (an install). */
  installedIn?: { conversationId: string; kind: string; teamId: string | null; channelId: string | null };
}

/**
 * Remembers what proactive messages need: the conversation the bot was installed in, and the Teams identity of
 * each person it hears from (Teams opens a 1:1 conversation only for a known `29:` id).
 */
export async function recordBotContact(
  deps: Pick<RemindersDeps, 'store' | 'clock'>,
  contact: BotContact,
): Promise<void> {
  const store = deps.store(contact.tenantId);
  await store.tenant.ensure();
  const now = deps.clock.now();
  if (contact.person)
    await store.conversations.rememberTeamsUser(
      {
        personId: contact.person.id,
        teamsUserId: contact.person.teamsUserId,
        serviceUrl: contact.serviceUrl,
      },
      now,
    );
  if (contact.installedIn)
    await store.conversations.save({
      ...contact.installedIn,
      serviceUrl: contact.serviceUrl,
      personId: contact.installedIn.kind === 'personal' ? (contact.person?.id ?? null) : null,
    });
}
