import { Client as ConnectorClient } from '@microsoft/teams.api';
import { z } from 'zod';
import { UpstreamError } from '../errors';
import type { BotConnector, BotConversation } from '../ports';
import { cardAttachment, type AdaptiveCard } from './cards/adaptive-card';

export interface BotConnectorOptions {
  botId: string;
  /** A Bot Connector token (scope https://api.botframework.com/.default) from the configured Entra authority. */
  token: () => Promise<string>;
}

/** Proactive messages through the Teams SDK's connector client, at the service URL Teams gave us. */
export class TeamsBotConnector implements BotConnector {
  private readonly clients = new Map<string, ConnectorClient>();

  constructor(private readonly options: BotConnectorOptions) {}

  async openPersonalConversation(serviceUrl: string, tenantId: string, teamsUserId: string): Promise<string> {
    const created = await this.call(() =>
      this.client(serviceUrl).conversations.create({
        isGroup: false,
        bot: { id: `28:${this.options.botId}` },
        members: [{ id: teamsUserId, name: '', role: 'user' }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      }),
    );
    return created.id;
  }

  async sendCard(to: BotConversation, text: string, card: object): Promise<{ activityId: string }> {
    const sent = await this.call(() =>
      this.client(to.serviceUrl)
        .conversations.activities(to.conversationId)
        .create({ type: 'message', text, attachments: [cardAttachment(card as AdaptiveCard)] }),
    );
    return { activityId: sent.id };
  }

  private client(serviceUrl: string): ConnectorClient {
    const base = serviceUrl.replace(/\/+$/, '');
    let client = this.clients.get(base);
    if (!client) {
      client = new ConnectorClient(base, { token: () => this.options.token() });
      this.clients.set(base, client);
    }
    return client;
  }

  private async call<T>(send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (cause) {
      const response = (cause as { response?: { status?: number; data?: unknown; headers?: unknown } })
        .response;
      const answer = BotErrorBody.safeParse(response?.data);
      const retryAfter = RetryAfter.safeParse(response?.headers);
      throw new UpstreamError(
        {
          service: 'bot',
          status: response?.status,
          code: answer.success ? answer.data.error.code : undefined,
          requestId: undefined,
        },
        'The Bot Connector refused or could not take the message.',
        { cause, retryAfter: retryAfter.success ? retryAfter.data['retry-after'] : undefined },
      );
    }
  }
}

/** The Bot Framework's error response: `{ error: { code, message } }`; only the code is kept. */
const BotErrorBody = z.object({ error: z.object({ code: z.string().min(1) }) });
const RetryAfter = z.object({ 'retry-after': z.coerce.string() });
