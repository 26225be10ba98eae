import { PUBLIC, withOverrides, type Activity } from '@microsoft/teams.api';
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import express, { Router } from 'express';
import type { Logger } from 'pino';
import { recordBotContact } from '../use-cases/reminders/record-bot-contact';
import { memberOf } from './activity-identity';
import { channelDataOf } from './activity-payloads';
import { onOpen, onQuery, onSubmit, type MessageExtensionDeps } from './message-extension';
import { teamsLogger } from './teams-logger';

export interface TeamsBotOptions {
  botId: string;
  /** The tenant the bot's app registration lives in (single-tenant bot). */
  appTenantId: string;
  /** Bot Framework OpenID metadata and token issuer: Microsoft's in production, the emulator's offline. */
  openIdMetadataUrl: string;
  tokenIssuer: string;
  /** Bot Connector token from the configured Entra authority, for replies and proactive messages. */
  botToken: () => Promise<string>;
  logger: Logger;
}

export interface TeamsBot {
  /** Serves `POST /api/messages`; mount it before the SSO-protected API. */
  router: Router;
  /** Resolves once the SDK has registered its route and token validator. */
  ready: Promise<void>;
}

/**
 * The Teams SDK app mounted in our Express app. Inbound activities are verified by the SDK against the configured
 * Bot Framework metadata (the emulator's keys offline, exactly as Microsoft's in production).
 */
export function createTeamsBot(options: TeamsBotOptions, deps: MessageExtensionDeps): TeamsBot {
  const router = Router();
  const app = new App({
    // A router rather than the app: the SDK adds its route during initialize(), after createApp has mounted the
    // SSO-protected /api; the router keeps /api/messages ahead of it.
    httpServerAdapter: new ExpressAdapter(router as unknown as express.Express),
    clientId: options.botId,
    tenantId: options.appTenantId,
    token: () => options.botToken(),
    cloud: withOverrides(PUBLIC, {
      openIdMetadataUrl: options.openIdMetadataUrl,
      tokenIssuer: options.tokenIssuer,
    }),
    logger: teamsLogger(options.logger),
  });

  app.use(async (ctx) => {
    await remember(deps, ctx.activity, false).catch((error: unknown) =>
      deps.logger.warn({ errorName: (error as Error)?.name }, 'could not record the Teams user'),
    );
    return ctx.next();
  });
  app.on('conversationUpdate', async ({ activity }) => {
    const added = activity.membersAdded?.some((m) => m.id === activity.recipient.id) ?? false;
    if (added) await remember(deps, activity, true);
  });
  app.on('message.ext.query', async ({ activity }) => (await onQuery(deps, activity)) as never);
  app.on('message.ext.open', async ({ activity }) => (await onOpen(deps, activity)) as never);
  app.on('message.ext.submit', async ({ activity }) => (await onSubmit(deps, activity)) as never);

  return { router, ready: app.initialize() };
}

async function remember(deps: MessageExtensionDeps, activity: Activity, installed: boolean): Promise<void> {
  const member = memberOf(activity, deps.allowedTenantIds);
  const channelData = channelDataOf(activity);
  const tenantId =
    member?.tenantId ?? (activity.conversation?.tenantId ?? channelData.tenant?.id)?.toLowerCase();
  if (!tenantId || !deps.allowedTenantIds.includes(tenantId) || !activity.serviceUrl) return;
  const kind = String(activity.conversation?.conversationType ?? 'personal');
  await recordBotContact(deps, {
    tenantId,
    serviceUrl: activity.serviceUrl,
    ...(member && activity.from?.id ? { person: { id: member.userId, teamsUserId: activity.from.id } } : {}),
    ...(installed
      ? {
          installedIn: {
            conversationId: activity.conversation.id,
            kind,
            teamId: channelData.team?.aadGroupId ?? channelData.team?.id ?? null,
            channelId: kind === 'channel' ? (channelData.channel?.id ?? activity.conversation.id) : null,
          },
        }
      : {}),
  });
}
