import { Client } from '@microsoft/microsoft-graph-client';
import type { z } from 'zod';
import { UpstreamError } from '../errors';
import type { Acting, TokenProvider } from '../ports';
import { FetchMiddleware } from './chained-middleware';
import { ErrorMiddleware } from './error-middleware';
import { GraphCallOptions } from './graph-call-options';
import { KeyedLimiter, MailboxLimiterMiddleware, OUTLOOK_CONCURRENCY_PER_MAILBOX } from './mailbox-limiter';
import { RequestIdMiddleware } from './request-id-middleware';
import { TokenMiddleware } from './token-middleware';
import {
  DEFAULT_RETRY_POLICY,
  RetryMiddleware,
  type RetryDependencies,
  type RetryPolicy,
} from './retry-middleware';

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/v1.0, or the emulator's `/v1.0` offline. */
  baseUrl: string;
  tokens: TokenProvider;
  retry?: Partial<RetryPolicy> & RetryDependencies;
  /** Concurrent requests per mailbox; Outlook's limit is 4. */
  mailboxConcurrency?: number;
}

/** One Graph request. `schema` validates the part of the answer we depend on. */
export interface GraphCall<S extends z.ZodType> {
  acting: Acting;
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path under the version, e.g. `/users/{id}/mailboxSettings`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** Outlook mailbox the resource lives in, for the per-mailbox limit. */
  mailbox?: string;
  /**
   * Whether a 504 may be answered by sending the request again; by default reads and updates may, POSTs may not
   * (a channel message would be posted twice). A POST that Graph deduplicates or that only reads says true.
   */
  retryUnanswered?: boolean;
  schema: S;
}

/** Sends Graph requests through our middleware chain and returns validated answers; every failure is an UpstreamError. */
export interface GraphGateway {
  call<S extends z.ZodType>(request: GraphCall<S>): Promise<z.output<S>>;
}

export function createGraphGateway(options: GraphClientOptions): GraphGateway {
  const { baseUrl, version } = splitVersion(options.baseUrl);
  const client = Client.initWithMiddleware({
    baseUrl,
    defaultVersion: version,
    middleware: [
      new ErrorMiddleware(),
      new TokenMiddleware(options.tokens),
      new RetryMiddleware({ ...DEFAULT_RETRY_POLICY, ...definedPolicy(options.retry) }, options.retry),
      new MailboxLimiterMiddleware(
        new KeyedLimiter(options.mailboxConcurrency ?? OUTLOOK_CONCURRENCY_PER_MAILBOX),
      ),
      new RequestIdMiddleware(),
      new FetchMiddleware(),
    ],
  });

  return {
    async call(request) {
      const callOptions = new GraphCallOptions(
        request.acting,
        request.mailbox,
        request.retryUnanswered ?? (request.method ?? 'GET') !== 'POST',
      );
      let builder = client.api(request.path).middlewareOptions([callOptions]);
      if (request.query) builder = builder.query(request.query);
      if (request.headers) builder = builder.headers(request.headers);
      let answer: unknown;
      try {
        switch (request.method ?? 'GET') {
          case 'GET':
            answer = await builder.get();
            break;
          case 'POST':
            answer = await builder.post(request.body ?? {});
            break;
          case 'PATCH':
            answer = await builder.patch(request.body ?? {});
            break;
          case 'DELETE':
            answer = await builder.delete();
            break;
        }
      } catch (cause) {
        throw callOptions.failure ?? unexpected(callOptions, 'Microsoft Graph could not be called.', cause);
      }
      const parsed = request.schema.safeParse(answer);
      if (!parsed.success)
        throw unexpected(callOptions, 'Microsoft Graph answered in an unexpected shape.', parsed.error);
      return parsed.data;
    },
  };
}

function unexpected(options: GraphCallOptions, message: string, cause: unknown): UpstreamError {
  return new UpstreamError(
    { service: 'graph', status: undefined, code: undefined, requestId: options.requestId },
    message,
    { cause },
  );
}

/** `https://graph.microsoft.com/v1.0` → base `https://graph.microsoft.com`, version `v1.0`. */
function splitVersion(url: string): { baseUrl: string; version: string } {
  const trimmed = url.replace(/\/+$/, '');
  const slash = trimmed.lastIndexOf('/');
  return { baseUrl: trimmed.slice(0, slash), version: trimmed.slice(slash + 1) };
}

function definedPolicy(retry: Partial<RetryPolicy> | undefined): Partial<RetryPolicy> {
  return Object.fromEntries(Object.entries(retry ?? {}).filter(([, value]) => typeof value === 'number'));
}
