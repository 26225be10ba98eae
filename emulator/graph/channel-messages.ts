import { z } from 'zod';
import { GraphError, type EmulatorPerson } from '../types';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export const PostChannelMessageBody = z.object({
  subject: z.string().nullish(),
  importance: z.enum(['normal', 'high', 'urgent']).optional(),
  body: z.object({ contentType: z.enum(['text', 'html']).optional(), content: z.string().min(1) }),
  attachments: z
    .array(
      z.object({
        id: z.string().min(1),
        contentType: z.string().min(1),
        content: z.unknown().optional(),
        contentUrl: z.string().nullish(),
        name: z.string().nullish(),
        thumbnailUrl: z.string().nullish(),
      }),
    )
    .optional(),
});
export type PostChannelMessageBody = z.infer<typeof PostChannelMessageBody>;

export interface StoredChannelMessage {
  id: string;
  replyToId: null;
  etag: string;
  messageType: 'message';
  createdDateTime: string;
  lastModifiedDateTime: string;
  lastEditedDateTime: null;
  deletedDateTime: null;
  subject: string | null;
  summary: null;
  chatId: null;
  importance: string;
  locale: string;
  webUrl: string;
  policyViolation: null;
  eventDetail: null;
  from: {
    application: null;
    device: null;
    conversation: null;
    user: { id: string; displayName: string; userIdentityType: 'aadUser'; tenantId: string };
  };
  body: { contentType: string; content: string };
  channelIdentity: { teamId: string; channelId: string };
  attachments: unknown[];
  mentions: unknown[];
  reactions: unknown[];
}

/**
 * Checks what Teams checks: every `<attachment id="x">` in the body names an attachment, every attachment
 * is referenced, and an Adaptive Card's content is a JSON string (not an object).
 */
export function validateChannelMessage(body: PostChannelMessageBody): void {
  const attachments = body.attachments ?? [];
  const referenced = [...body.body.content.matchAll(/<attachment\s+id\s*=\s*"([^"]*)"\s*>/gi)].map(
    (m) => m[1] ?? '',
  );
  const ids = new Set(attachments.map((a) => a.id));
  for (const id of referenced) {
    if (!ids.has(id))
      throw new GraphError(
        400,
        'BadRequest',
        `Attachment with id '${id}' is referenced in the body but not included in attachments.`,
      );
  }
  for (const a of attachments) {
    if (!referenced.includes(a.id))
      throw new GraphError(400, 'BadRequest', `Attachment '${a.id}' is not referenced in the message body.`);
    if (a.contentType === ADAPTIVE_CARD) {
      if (typeof a.content !== 'string')
        throw new GraphError(
          400,
          'BadRequest',
          `Attachment '${a.id}': adaptive card content must be a JSON string.`,
        );
      try {
        JSON.parse(a.content);
      } catch {
        throw new GraphError(
          400,
          'BadRequest',
          `Attachment '${a.id}': adaptive card content is not valid JSON.`,
        );
      }
    }
  }
}

/** Messages posted to channels, keyed by team and channel. */
export class ChannelMessageStore {
  private readonly byChannel = new Map<string, StoredChannelMessage[]>();

  add(
    teamId: string,
    channelId: string,
    body: PostChannelMessageBody,
    author: EmulatorPerson,
    tenantId: string,
    nowMs: number,
  ): StoredChannelMessage {
    const key = `${teamId}|${channelId}`;
    const list = this.byChannel.get(key) ?? [];
    // Teams message ids are epoch milliseconds; keep them unique within a channel.
    const last = list[list.length - 1];
    const idMs = Math.max(nowMs, last ? Number(last.id) + 1 : 0);
    const at = new Date(nowMs).toISOString();
    const message: StoredChannelMessage = {
      id: String(idMs),
      replyToId: null,
      etag: String(idMs),
      messageType: 'message',
      createdDateTime: at,
      lastModifiedDateTime: at,
      lastEditedDateTime: null,
      deletedDateTime: null,
      subject: body.subject ?? null,
      summary: null,
      chatId: null,
      importance: body.importance ?? 'normal',
      locale: 'en-us',
      webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${idMs}?groupId=${teamId}&tenantId=${tenantId}&createdTime=${idMs}&parentMessageId=${idMs}`,
      policyViolation: null,
      eventDetail: null,
      from: {
        application: null,
        device: null,
        conversation: null,
        user: { id: author.id, displayName: author.displayName, userIdentityType: 'aadUser', tenantId },
      },
      body: { contentType: body.body.contentType ?? 'text', content: body.body.content },
      channelIdentity: { teamId, channelId },
      attachments: (body.attachments ?? []).map((a) => ({
        contentUrl: null,
        name: null,
        thumbnailUrl: null,
        teamsAppId: null,
        ...a,
      })),
      mentions: [],
      reactions: [],
    };
    list.push(message);
    this.byChannel.set(key, list);
    return message;
  }

  list(teamId: string, channelId: string): StoredChannelMessage[] {
    return [...(this.byChannel.get(`${teamId}|${channelId}`) ?? [])];
  }

  clear(): void {
    this.byChannel.clear();
  }

  snapshot(): [string, StoredChannelMessage[]][] {
    return [...this.byChannel];
  }

  restore(snapshot: [string, StoredChannelMessage[]][]): void {
    this.byChannel.clear();
    for (const [key, messages] of snapshot) this.byChannel.set(key, messages);
  }
}
