import { Client as ConnectorClient } from '@microsoft/teams.api';
import { Client as HttpClient, type ClientOptions } from '@microsoft/teams.common';
import type { AxiosError } from 'axios';
import axiosRetry, { exponentialDelay } from 'axios-retry';
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
    // Opening a 1:1 conversation again answers the same conversation, so it may be sent again.
    const created = await this.call(() =>
      this.client(serviceUrl, 'safe to repeat').conversations.create({
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
      this.client(to.serviceUrl, 'once')
        .conversations.activities(to.conversationId)
        .create({ type: 'message', text, attachments: [cardAttachment(card as AdaptiveCard)] }),
    );
    return { activityId: sent.id };
  }

  /** `once`: a POST whose connection broke is not sent again (an activity would show twice). */
  private client(serviceUrl: string, posts: 'once' | 'safe to repeat'): ConnectorClient {
    const base = serviceUrl.replace(/\/+$/, '');
    const key = `${posts} ${base}`;
    let client = this.clients.get(key);
    if (!client) {
      const http = new ResendingHttpClient(
        { token: () => this.options.token(), headers: { 'Content-Type': 'application/json' } },
        posts === 'safe to repeat',
      );
      client = new ConnectorClient(base, http);
      this.clients.set(key, client);
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

const IDEMPOTENT_METHODS = new Set(['get', 'head', 'options', 'put', 'delete']);
/** Node's codes for a connection that broke before any answer: reset, or written to after the server closed it. */
const CONNECTION_BROKEN = new Set(['ECONNRESET', 'EPIPE']);

/**
 * The SDK's HTTP client with axios-retry: a request whose connection broke before any answer (typically a kept-alive
 * connection the service closed as it was reused) is sent again, at most twice, when that cannot do the work twice:
 * an idempotent method, or any request when the caller says its POSTs are safe to repeat.
 */
class ResendingHttpClient extends HttpClient {
  constructor(options: ClientOptions, postsSafeToRepeat: boolean) {
    super(options);
    axiosRetry(this.http, {
      retries: 2,
      retryDelay: exponentialDelay,
      retryCondition: (error: AxiosError) =>
        !error.response &&
        CONNECTION_BROKEN.has(error.code ?? '') &&
        (postsSafeToRepeat || IDEMPOTENT_METHODS.has((error.config?.method ?? 'get').toLowerCase())),
    });
  }
}
