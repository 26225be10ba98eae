import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * What Teams' Bot Connector answers a bot that may not reach someone, as listed in "Status codes from bot
 * conversational APIs" (msteams-docs, bots/build-conversational-capability.md).
 */
export const BOT_FAILURES = {
  ConversationBlockedByUser: { status: 403, message: 'User blocked the conversation with the bot.' },
  BotNotInConversationRoster: { status: 403, message: "The bot isn't part of the conversation roster." },
  BotDisabledByAdmin: { status: 403, message: 'The tenant admin disabled this bot' },
  ForbiddenOperationException: { status: 403, message: "Bot isn't installed in user's personal scope" },
  ConversationNotFound: { status: 404, message: 'Conversation not found.' },
  PreconditionFailed: { status: 412, message: 'Precondition failed, please try again.' },
  Throttled: { status: 429, message: 'Too many requests. Also returns when to retry after.' },
} as const;
export type BotFailureCode = keyof typeof BOT_FAILURES;

export const BotFailureCode = z.enum(Object.keys(BOT_FAILURES) as [BotFailureCode, ...BotFailureCode[]]);

/** A person's 1:1 conversation with the bot fails with `code`, `remaining` more times (null: until changed). */
export interface BotFailure {
  code: BotFailureCode;
  remaining: number | null;
  /** Seconds a Throttled answer asks the bot to wait. */
  retryAfterSeconds: number;
}

/** Teams' `29:` ids are opaque per user; the emulator derives a stable one from the Entra object id. */
export function teamsUserId(aadObjectId: string): string {
  return `29:1${createHash('sha256').update(aadObjectId).digest('base64url').slice(0, 40)}`;
}
