import { Router, type Request } from 'express';
import { z } from 'zod';
import { GraphError } from '../types';
import { BATCH_SUBREQUEST_HEADER, nameOperation } from './operation-scope';

/** Graph allows at most 20 requests per batch. */
export const MAX_BATCH_REQUESTS = 20;
/** Outlook runs at most 4 requests of one batch at a time. */
const BATCH_PARALLELISM = 4;

const BatchItem = z.object({
  id: z.string().min(1),
  method: z
    .string()
    .transform((m) => m.toUpperCase())
    .pipe(z.enum(['GET', 'POST', 'PATCH', 'PUT', 'DELETE'])),
  url: z.string().min(1),
  headers: z.record(z.string(), z.string()).optional(),
  body: z.unknown().optional(),
  dependsOn: z.array(z.string()).optional(),
});
type BatchItem = z.infer<typeof BatchItem>;
const BatchBody = z.object({ requests: z.array(BatchItem).min(1) });

export interface BatchResponse {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

const DROPPED_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'date',
  'etag',
  'x-powered-by',
]);

/** POST /$batch: each request is dispatched to this server's own Graph routes, honouring dependsOn. */
export function createBatchRouter(internalUrl: () => string): Router {
  const router = Router();
  router.post('/\\$batch', async (req, res) => {
    nameOperation('batch');
    const items = parseBatch(req.body);
    const results = new Map<string, Promise<BatchResponse>>();
    const slots = new Semaphore(BATCH_PARALLELISM);
    const run = (item: BatchItem): Promise<BatchResponse> => {
      const existing = results.get(item.id);
      if (existing) return existing;
      const started = (async () => {
        const deps = await Promise.all((item.dependsOn ?? []).map((dep) => run(items.get(dep) as BatchItem)));
        if (deps.some((d) => d.status < 200 || d.status >= 300)) return failedDependency(item.id);
        return slots.use(() =>
          dispatch(req, internalUrl(), item).catch((e: unknown) =>
            itemError(item.id, 500, 'generalException', e instanceof Error ? e.message : 'Dispatch failed'),
          ),
        );
      })();
      results.set(item.id, started);
      return started;
    };
    const responses = await Promise.all([...items.values()].map(run));
    res.json({ responses });
  });
  return router;
}

function parseBatch(body: unknown): Map<string, BatchItem> {
  const rawCount = (body as { requests?: unknown[] } | undefined)?.requests?.length ?? 0;
  if (rawCount > MAX_BATCH_REQUESTS) {
    throw new GraphError(
      400,
      'BadRequest',
      `Batch request exceeds the limit of ${MAX_BATCH_REQUESTS} requests (got ${rawCount}).`,
    );
  }
  const parsed = BatchBody.safeParse(body);
  if (!parsed.success)
    throw new GraphError(
      400,
      'BadRequest',
      `Invalid batch payload: ${parsed.error.issues[0]?.message ?? 'unreadable'}`,
    );
  const items = new Map<string, BatchItem>();
  for (const item of parsed.data.requests) {
    if (items.has(item.id))
      throw new GraphError(400, 'BadRequest', `Batch request ids must be unique; '${item.id}' repeats.`);
    items.set(item.id, item);
  }
  for (const item of items.values()) {
    for (const dep of item.dependsOn ?? []) {
      if (!items.has(dep))
        throw new GraphError(400, 'BadRequest', `Request '${item.id}' depends on unknown request '${dep}'.`);
    }
  }
  assertAcyclic(items);
  return items;
}

function assertAcyclic(items: Map<string, BatchItem>): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting')
      throw new GraphError(400, 'BadRequest', `Batch dependsOn forms a cycle at '${id}'.`);
    state.set(id, 'visiting');
    for (const dep of items.get(id)?.dependsOn ?? []) visit(dep);
    state.set(id, 'done');
  };
  for (const id of items.keys()) visit(id);
}

function failedDependency(id: string): BatchResponse {
  return {
    id,
    status: 424,
    headers: { 'Content-Type': 'application/json' },
    body: {
      error: {
        code: 'FailedDependency',
        message: 'The request could not be completed because a request it depends on failed.',
      },
    },
  };
}

function itemError(id: string, status: number, code: string, message: string): BatchResponse {
  return { id, status, headers: { 'Content-Type': 'application/json' }, body: { error: { code, message } } };
}

async function dispatch(batch: Request, base: string, item: BatchItem): Promise<BatchResponse> {
  const relative = item.url.replace(/^\/+/, '');
  if (/^[a-z]+:\/\//i.test(item.url))
    return itemError(
      item.id,
      400,
      'BadRequest',
      'Batch request urls must be relative to the Graph version root.',
    );
  if (/^\$batch\b/i.test(relative))
    return itemError(item.id, 400, 'BadRequest', 'Nested $batch requests are not supported.');
  const headers: Record<string, string> = { ...(item.headers ?? {}), [BATCH_SUBREQUEST_HEADER]: '1' };
  const authorization = batch.get('authorization');
  if (authorization) headers.authorization = authorization;
  const hasBody = item.body !== undefined && item.method !== 'GET' && item.method !== 'DELETE';
  if (hasBody && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
    headers['content-type'] = 'application/json';
  const response = await fetch(`${base}/v1.0/${relative}`, {
    method: item.method,
    headers,
    body: hasBody ? (typeof item.body === 'string' ? item.body : JSON.stringify(item.body)) : undefined,
  });
  const out: BatchResponse = { id: item.id, status: response.status, headers: {} };
  response.headers.forEach((value, name) => {
    if (!DROPPED_HEADERS.has(name)) out.headers[canonical(name)] = value;
  });
  const text = await response.text();
  if (text) {
    try {
      out.body = JSON.parse(text);
    } catch {
      out.body = text;
    }
  }
  return out;
}

function canonical(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_m, dash: string, c: string) => `${dash}${c.toUpperCase()}`);
}

class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}

  async use<T>(work: () => Promise<T>): Promise<T> {
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}
