import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { GraphError } from '../types';

/** Sets `request-id` on every response and echoes `client-request-id` (Graph uses the request id when none is sent). */
export const graphRequestIds: RequestHandler = (req, res, next) => {
  const requestId = randomUUID();
  const clientRequestId = req.get('client-request-id') ?? requestId;
  res.locals.requestId = requestId;
  res.locals.clientRequestId = clientRequestId;
  res.set({ 'request-id': requestId, 'client-request-id': clientRequestId });
  next();
};

export function sendGraphError(res: Response, error: GraphError): void {
  res
    .status(error.status)
    .set(error.headers)
    .json({
      error: {
        code: error.code,
        message: error.message,
        innerError: {
          date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
          'request-id': String(res.locals.requestId ?? ''),
          'client-request-id': String(res.locals.clientRequestId ?? ''),
        },
      },
    });
}

/** Anything thrown below /v1.0 leaves in Graph's error envelope. */
export const graphErrorHandler: ErrorRequestHandler = (err: unknown, _req, res, _next) => {
  if (res.headersSent) return;
  if (err instanceof GraphError) return sendGraphError(res, err);
  const parseFailure =
    err instanceof SyntaxError || (err as { type?: string })?.type === 'entity.parse.failed';
  if (parseFailure)
    return sendGraphError(res, new GraphError(400, 'BadRequest', 'Unable to read JSON request payload.'));
  const message = err instanceof Error ? err.message : 'Unexpected error';
  sendGraphError(res, new GraphError(500, 'generalException', message));
};

/** Graph answers an unknown segment with 400, not 404. */
export const graphNotFound: RequestHandler = (req, _res, next) => {
  const segment = req.path.split('/').filter(Boolean)[0] ?? '';
  next(new GraphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`));
};
