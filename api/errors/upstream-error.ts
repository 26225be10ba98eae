import { AppError, type AppErrorOptions } from './app-error';

/** What we know of a failed upstream call; never the raw upstream message. */
export interface UpstreamFailure {
  service: 'graph' | 'entra' | 'bot';
  /** HTTP status the upstream answered, or undefined when it was unreachable. */
  status: number | undefined;
  /** Upstream error code, e.g. Graph's `Authorization_RequestDenied`. */
  code: string | undefined;
  requestId: string | undefined;
}

/** A Microsoft Graph, Entra or Bot Connector failure, wrapped by the adapter that called it. */
export class UpstreamError extends AppError {
  readonly kind = 'upstream';
  /** The upstream's `Retry-After`, when it throttled us. */
  readonly retryAfter: string | undefined;

  constructor(
    readonly upstream: UpstreamFailure,
    message: string,
    options: Omit<AppErrorOptions, 'code'> & { retryAfter?: string | undefined } = {},
  ) {
    super(upstreamCode(upstream), message, options);
    this.retryAfter = options.retryAfter;
  }
}

function upstreamCode(upstream: UpstreamFailure): string {
  if (upstream.status === 401 || upstream.status === 403) return `${upstream.service}_forbidden`;
  if (upstream.status === 404) return `${upstream.service}_not_found`;
  if (upstream.status === 429) return `${upstream.service}_throttled`;
  return `${upstream.service}_failed`;
}
