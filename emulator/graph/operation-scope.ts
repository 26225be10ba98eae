import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestHandler } from 'express';
import type { RequestStats } from './request-stats';

interface OperationScope {
  operation?: string;
}

const scopes = new AsyncLocalStorage<OperationScope>();

/** Header marking a request the emulator dispatched itself as part of a $batch. */
export const BATCH_SUBREQUEST_HEADER = 'x-emulator-batch-item';

/** Names the Graph operation being served, for request statistics. */
export function nameOperation(operation: string): void {
  const scope = scopes.getStore();
  if (scope && !scope.operation) scope.operation = operation;
}

/** The operation the current request was named as, if any. */
export function currentOperation(): string | undefined {
  return scopes.getStore()?.operation;
}

/** Runs each Graph request in its own scope and records it in the stats once answered. */
export function operationScope(stats: RequestStats): RequestHandler {
  return (req, res, next) => {
    const scope: OperationScope = {};
    const inBatch = req.get(BATCH_SUBREQUEST_HEADER) !== undefined;
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      stats.record(
        scope.operation ?? (route ? `${req.method} ${route}` : 'unknown'),
        res.statusCode,
        inBatch,
      );
    });
    scopes.run(scope, next);
  };
}
