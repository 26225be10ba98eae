/** One field-level problem, as named in problem+json `errors[]`. */
export interface FieldError {
  field: string;
  message: string;
}

export interface AppErrorOptions {
  cause?: unknown;
  field?: string;
  errors?: FieldError[];
  /** Extra response headers, e.g. WWW-Authenticate or Retry-After. */
  headers?: Record<string, string>;
}

/** The one error family of the API; the problem handler maps it to RFC 9457 problem+json. */
export class AppError extends Error {
  readonly field: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    /** Stable machine-readable code, also the last segment of the problem `type`. */
    readonly code: string,
    readonly status: number,
    /** Safe to show to the caller: it becomes the problem `detail`. */
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.field = options.field;
    this.errors = options.errors ?? (options.field ? [{ field: options.field, message }] : undefined);
    this.headers = options.headers ?? {};
  }
}

export class ValidationError extends AppError {
  constructor(message: string, errors: FieldError[], options: Omit<AppErrorOptions, 'errors'> = {}) {
    super('validation_failed', 400, message, { ...options, errors });
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super('not_found', 404, message, options);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super('forbidden', 403, message, options);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, options: AppErrorOptions = {}) {
    super('conflict', 409, message, options);
  }
}

/** 401: no usable credentials. Always carries `WWW-Authenticate: Bearer` (RFC 6750). */
export class UnauthenticatedError extends AppError {
  constructor(message: string, options: AppErrorOptions & { invalidToken?: boolean } = {}) {
    const challenge = options.invalidToken
      ? `Bearer error="invalid_token", error_description="${message.replace(/["\\]/g, '')}"`
      : 'Bearer';
    super('unauthenticated', 401, message, {
      ...options,
      headers: { 'WWW-Authenticate': challenge, ...options.headers },
    });
  }
}

/** What we know of a failed upstream call; never the raw upstream message. */
export interface UpstreamFailure {
  service: 'graph' | 'entra' | 'bot';
  /** HTTP status the upstream answered, or undefined when it was unreachable. */
  status: number | undefined;
  /** Upstream error code, e.g. Graph's `Authorization_RequestDenied`. */
  code: string | undefined;
  requestId: string | undefined;
}

/**
 * A Microsoft Graph (or Entra token) failure. 502 when the upstream refused, broke or was unreachable, 503 when
 * it throttled us past our retry budget, 504 when it answered 504.
 */
export class UpstreamError extends AppError {
  constructor(
    readonly upstream: UpstreamFailure,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(upstreamCode(upstream), upstreamHttpStatus(upstream.status), message, options);
  }
}

function upstreamHttpStatus(status: number | undefined): number {
  if (status === 429 || status === 503) return 503;
  if (status === 504) return 504;
  return 502;
}

function upstreamCode(upstream: UpstreamFailure): string {
  if (upstream.status === 401 || upstream.status === 403) return `${upstream.service}_forbidden`;
  if (upstream.status === 404) return `${upstream.service}_not_found`;
  if (upstream.status === 429) return `${upstream.service}_throttled`;
  return `${upstream.service}_failed`;
}
