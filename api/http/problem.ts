import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { AppError, NotFoundError, UnauthenticatedError, UpstreamError, type ErrorKind } from '../errors';
import type { Problem } from './schemas/problem';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Problem `type` URI of an error code. */
export const problemType = (code: string): string => `urn:peerpods:problem:${code}`;

/** Shapes any thrown value into a problem; internals of unexpected errors never reach the body. */
export function toProblem(
  error: unknown,
  instance: string,
  requestId?: string,
): { problem: Problem; headers: Record<string, string> } {
  const base = { instance, ...(requestId ? { requestId } : {}) };
  if (error instanceof AppError) {
    const status = statusOf(error);
    const problem: Problem = {
      type: problemType(error.code),
      title: TITLES[status] ?? 'Error',
      status,
      detail: error.message,
      ...base,
    };
    if (error.errors?.length) problem.errors = error.errors;
    if (error instanceof UpstreamError) {
      const { service, status, code, requestId: upstreamRequestId } = error.upstream;
      problem.upstream = {
        service,
        ...(status ? { status } : {}),
        ...(code ? { code } : {}),
        ...(upstreamRequestId ? { requestId: upstreamRequestId } : {}),
      };
    }
    return { problem, headers: headersOf(error) };
  }
  const status = clientErrorStatus(error);
  if (status) {
    const problem: Problem = {
      type: problemType(clientErrorCode(error, status)),
      title: TITLES[status] ?? 'Bad Request',
      status,
      detail: clientErrorDetail(error, status),
      ...base,
    };
    return { problem, headers: {} };
  }
  const problem: Problem = {
    type: problemType('internal'),
    title: TITLES[500] ?? 'Internal Server Error',
    status: 500,
    detail: 'An unexpected error occurred. Quote the request id when reporting it.',
    ...base,
  };
  return { problem, headers: {} };
}

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  unavailable: 503,
  upstream: 502,
};

/**
 * The HTTP status of an application error. An upstream failure is 502 when the upstream refused, broke or was
 * unreachable, 503 when it throttled us past our retry budget, 504 when it answered 504.
 */
export function statusOf(error: AppError): number {
  const upstream = error instanceof UpstreamError ? error.upstream.status : undefined;
  if (upstream === 429 || upstream === 503) return 503;
  if (upstream === 504) return 504;
  return STATUS[error.kind];
}

function headersOf(error: AppError): Record<string, string> {
  if (error instanceof UnauthenticatedError) {
    // RFC 6750: a 401 always names the scheme; a refused token also says why.
    const challenge = error.invalidToken
      ? `Bearer error="invalid_token", error_description="${error.message.replace(/["\\]/g, '')}"`
      : 'Bearer';
    return { 'WWW-Authenticate': challenge };
  }
  if (error instanceof UpstreamError && error.retryAfter) return { 'Retry-After': error.retryAfter };
  return {};
}

/** Status of errors raised by Express and body-parser for the client's mistakes (bad JSON, too large, ...). */
function clientErrorStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode, expose } = error as {
    status?: unknown;
    statusCode?: unknown;
    expose?: unknown;
  };
  const value = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined;
  return value !== undefined && value >= 400 && value < 500 && expose !== false ? value : undefined;
}

function clientErrorCode(error: unknown, status: number): string {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.parse.failed') return 'malformed_body';
  if (type === 'entity.too.large') return 'body_too_large';
  return status === 415 ? 'unsupported_media_type' : 'bad_request';
}

function clientErrorDetail(error: unknown, status: number): string {
  const type = (error as { type?: unknown }).type;
  if (type === 'entity.parse.failed') return 'The request body is not valid JSON.';
  if (type === 'entity.too.large') return 'The request body is too large.';
  return TITLES[status] ?? 'The request could not be processed.';
}

/** The single error handler: everything thrown in a route ends here as application/problem+json. */
export function problemHandler(): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    // A ZodError escaping to here is a response schema or internal parse failure: our bug, not the client's.
    const thrown = error instanceof ZodError ? new Error('internal schema failure', { cause: error }) : error;
    const { problem, headers } = toProblem(thrown, req.originalUrl.split('?')[0] ?? '/', requestIdOf(req));
    // pino-http logs `res.err` with the request line; 4xx are expected and carry no stack.
    if (problem.status >= 500) (res as { err?: unknown }).err = error;
    res.status(problem.status).set(headers).type('application/problem+json').send(JSON.stringify(problem));
  };
}

/** Unknown routes under /api become 404 problems rather than Express's HTML page. */
export function notFoundHandler(): RequestHandler {
  return (req, _res, next) =>
    next(new NotFoundError(`No route for ${req.method} ${req.baseUrl}${req.path}.`));
}

function requestIdOf(req: object): string | undefined {
  const id = (req as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}
