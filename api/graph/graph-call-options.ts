import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client';
import { AppError } from '../errors';
import type { Acting } from '../ports';

/** Per-call settings the middleware chain reads, and what it learns about the call on the way back. */
export class GraphCallOptions implements MiddlewareOptions {
  /** Graph's `request-id` of the last attempt. */
  requestId: string | undefined;
  attempts = 0;
  /**
   * The typed failure of this call. The SDK re-wraps anything thrown inside the chain into its own GraphError,
   * losing our type, so the failure travels back to the gateway here.
   */
  failure: AppError | undefined;

  constructor(
    readonly acting: Acting,
    /** Mailbox (user id or UPN) an Outlook resource belongs to; undefined for directory calls. */
    readonly mailbox: string | undefined,
    /**
     * Whether a 504 may be answered by sending the request again. A 504 does not say whether the service did the
     * work, so only requests that are safe to repeat (reads, or a create Outlook deduplicates) are resent.
     */
    readonly retryUnanswered = true,
  ) {}
}

/** The shape of the Graph SDK's middleware context our middleware uses. */
export interface GraphContext {
  request: RequestInfo;
  options?: RequestInit;
  response?: Response;
  middlewareControl?: { getMiddlewareOptions(fn: unknown): unknown };
}

/** The call's options, or undefined when a request was sent without them. */
export function callOptionsOf(context: GraphContext): GraphCallOptions | undefined {
  const option = context.middlewareControl?.getMiddlewareOptions(GraphCallOptions);
  return option instanceof GraphCallOptions ? option : undefined;
}

/** Sets one request header whether the SDK built a Headers object or a plain record. */
export function setRequestHeader(context: GraphContext, name: string, value: string): void {
  const options = (context.options ??= {});
  if (options.headers instanceof Headers) options.headers.set(name, value);
  else if (Array.isArray(options.headers)) options.headers.push([name, value]);
  else options.headers = { ...(options.headers ?? {}), [name]: value };
}

export function getRequestHeader(context: GraphContext, name: string): string | undefined {
  const headers = context.options?.headers;
  if (!headers) return undefined;
  return new Headers(headers).get(name) ?? undefined;
}
