/** One field-level problem, as named in problem+json `errors[]`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * What went wrong, in the application's terms; `http/problem.ts` maps each kind to a status, and the message
 * extension to a card. `invalid`: the input breaks a rule of its shape; `unprocessable`: well-formed, yet it cannot
 * be done; `conflict`: the current state forbids it; `unavailable`: this server cannot do it now.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'unavailable'
  | 'upstream';

export interface AppErrorOptions {
  /** Stable machine-readable code; each kind has a default. */
  code?: string;
  cause?: unknown;
  field?: string;
  errors?: FieldError[];
}

/** The one error family of PeerPods: use cases, the store and the adapters throw it; the edges translate it. */
export abstract class AppError extends Error {
  abstract readonly kind: ErrorKind;
  /** Stable machine-readable code, also the last segment of the problem `type`. */
  readonly code: string;
  readonly field: string | undefined;
  readonly errors: FieldError[] | undefined;

  /** `message` is safe to show to the caller: it becomes the problem `detail`. */
  protected constructor(defaultCode: string, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code ?? defaultCode;
    this.field = options.field;
    this.errors = options.errors ?? (options.field ? [{ field: options.field, message }] : undefined);
  }
}

/** The input breaks a rule; `errors` names each bad field. */
export class ValidationError extends AppError {
  readonly kind = 'invalid';
  constructor(message: string, errors: FieldError[], options: Omit<AppErrorOptions, 'errors'> = {}) {
    super('validation_failed', message, { ...options, errors });
  }
}

export class NotFoundError extends AppError {
  readonly kind = 'not_found';
  constructor(message: string, options: AppErrorOptions = {}) {
    super('not_found', message, options);
  }
}

export class ForbiddenError extends AppError {
  readonly kind = 'forbidden';
  constructor(message: string, options: AppErrorOptions = {}) {
    super('forbidden', message, options);
  }
}

export class ConflictError extends AppError {
  readonly kind = 'conflict';
  constructor(message: string, options: AppErrorOptions = {}) {
    super('conflict', message, options);
  }
}

/** Well-formed, yet it cannot be done: pods cannot be formed, no slot fits, a hard rule would break. */
export class UnprocessableError extends AppError {
  readonly kind = 'unprocessable';
  constructor(code: string, message: string, options: Omit<AppErrorOptions, 'code'> = {}) {
    super(code, message, { ...options, code });
  }
}

/** This server cannot do it now (no job queue here); the caller may try again later. */
export class UnavailableError extends AppError {
  readonly kind = 'unavailable';
  constructor(code: string, message: string, options: Omit<AppErrorOptions, 'code'> = {}) {
    super(code, message, { ...options, code });
  }
}

/** No usable credentials. `invalidToken` says a token was sent and refused (RFC 6750 `invalid_token`). */
export class UnauthenticatedError extends AppError {
  readonly kind = 'unauthenticated';
  readonly invalidToken: boolean;
  constructor(message: string, options: AppErrorOptions & { invalidToken?: boolean } = {}) {
    super('unauthenticated', message, options);
    this.invalidToken = options.invalidToken ?? false;
  }
}
