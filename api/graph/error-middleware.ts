import { z } from 'zod';
import { AppError, UpstreamError } from '../errors';
import { ChainedMiddleware } from './chained-middleware';
import { callOptionsOf, type GraphContext } from './graph-call-options';

const InnerError = z.object({ 'request-id': z.string().optional() }).loose().optional();

/**
 * Graph's error envelope; only code and request-id are kept, never the raw message. The errors page's example
 * writes `innerError`, its resource definition `innererror`: both are read.
 */
const GraphErrorEnvelope = z.object({
  error: z.object({ code: z.string().optional(), innerError: InnerError, innererror: InnerError }),
});

/**
 * Outermost link: turns a failed answer (after retries) or an unreachable Graph into an UpstreamError
 * that keeps the status, Graph's code and request-id.
 */
export class ErrorMiddleware extends ChainedMiddleware {
  protected async handle(context: GraphContext): Promise<void> {
    const options = callOptionsOf(context);
    try {
      await this.forward(context);
    } catch (cause) {
      const failure =
        cause instanceof AppError
          ? cause
          : new UpstreamError(
              { service: 'graph', status: undefined, code: undefined, requestId: undefined },
              'Microsoft Graph could not be reached.',
              { cause },
            );
      if (options) options.failure = failure;
      throw failure;
    }
    const response = context.response;
    if (!response || response.ok) return;
    const envelope = GraphErrorEnvelope.safeParse(await response.json().catch(() => undefined));
    const code = envelope.success ? envelope.data.error.code : undefined;
    const requestId =
      (envelope.success
        ? (envelope.data.error.innerError ?? envelope.data.error.innererror)?.['request-id']
        : undefined) ??
      response.headers.get('request-id') ??
      options?.requestId;
    const retryAfter = response.headers.get('retry-after');
    const failure = new UpstreamError(
      { service: 'graph', status: response.status, code, requestId },
      describeGraphFailure(response.status, code),
      {
        cause: { status: response.status, code, requestId, attempts: options?.attempts },
        retryAfter: response.status === 429 ? (retryAfter ?? undefined) : undefined,
      },
    );
    if (options) options.failure = failure;
    throw failure;
  }
}

/** What a failure means for the person using the app, in words safe to show them. */
export function describeGraphFailure(status: number, code: string | undefined): string {
  const named = code ? ` (${code})` : '';
  if (status === 401) return `Microsoft Graph did not accept the app's credentials${named}.`;
  if (status === 403) {
    return `Microsoft Graph refused the request${named}: PeerPods lacks a permission it needs in this organization. An administrator can grant consent to the app.`;
  }
  if (status === 404) return `Microsoft Graph has no such item${named}.`;
  if (status === 429) return `Microsoft Graph is throttling requests${named}. Try again in a moment.`;
  if (status >= 500) return `Microsoft Graph is unavailable${named}. Try again in a moment.`;
  return `Microsoft Graph rejected the request${named}.`;
}
