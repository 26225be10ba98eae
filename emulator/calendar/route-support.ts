import type { Request, Response } from 'express';
import type { z } from 'zod';
import {
  GraphError,
  type EmulatorPerson,
  type GraphCaller,
  type GraphRouteContext,
  type PermissionRule,
} from '../types';
import { preferredTimeZone } from './time-zones';

export const READ: PermissionRule = {
  delegated: [
    'Calendars.ReadBasic',
    'Calendars.Read',
    'Calendars.ReadWrite',
    'Calendars.Read.Shared',
    'Calendars.ReadWrite.Shared',
  ],
  application: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'],
};
export const WRITE: PermissionRule = {
  delegated: ['Calendars.ReadWrite', 'Calendars.ReadWrite.Shared'],
  application: ['Calendars.ReadWrite'],
};
const SHARED = ['Calendars.Read.Shared', 'Calendars.ReadWrite.Shared'];

/** Validates a JSON body with zod; failures are Graph's 400 ErrorInvalidRequest. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      `Invalid request body. ${where}${issue?.message ?? ''}`.trim(),
    );
  }
  return result.data;
}

/**
 * Authorizes the caller for the mailbox in the path. A delegated caller reaches another person's
 * calendar only with a .Shared permission, as in Exchange where the owner must have shared it.
 */
export function mailboxCaller(
  ctx: GraphRouteContext,
  req: Request,
  rule: PermissionRule,
): { caller: GraphCaller; person: EmulatorPerson } {
  const caller = ctx.authorize(req, rule);
  const person = ctx.resolveUser(req, caller, String(req.params.userId ?? 'me'));
  if (
    caller.kind === 'delegated' &&
    caller.userId !== person.id &&
    !caller.permissions.some((p) => SHARED.includes(p))
  ) {
    throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  return { caller, person };
}

/** The response zone from `Prefer: outlook.timezone`, acknowledged in Preference-Applied. */
export function responseZone(req: Request, res: Response): string {
  const zone = preferredTimeZone(req.get('Prefer'));
  if (zone !== 'UTC' || /outlook\.timezone/i.test(req.get('Prefer') ?? ''))
    res.set('Preference-Applied', `outlook.timezone="${zone}"`);
  return zone;
}

/** startDateTime/endDateTime query window; both are required, as Graph requires. */
export function queryWindow(req: Request): { fromMs: number; toMs: number } {
  const from = req.query.startDateTime ?? req.query.StartDateTime;
  const to = req.query.endDateTime ?? req.query.EndDateTime;
  if (typeof from !== 'string' || typeof to !== 'string' || !from || !to) {
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  // Without an offset the values are UTC, and the Prefer header does not change that.
  const parse = (v: string) => Date.parse(/(Z|[+-]\d{2}:?\d{2})$/i.test(v) ? v : `${v}Z`);
  const fromMs = parse(from);
  const toMs = parse(to);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs))
    throw new GraphError(
      400,
      'ErrorInvalidParameter',
      'startDateTime and endDateTime must be ISO 8601 date-times.',
    );
  return { fromMs, toMs };
}

/** Pages a list with $top/$skip (or Prefer: odata.maxpagesize) and an @odata.nextLink, as Graph does for events. */
export function page<T>(
  req: Request,
  items: T[],
  defaultSize = 10,
): { value: T[]; '@odata.nextLink'?: string } {
  const preferred = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(req.get('Prefer') ?? '')?.[1];
  const top = Math.min(1000, Math.max(1, Number(req.query.$top ?? preferred ?? defaultSize) || defaultSize));
  const skip = Math.max(0, Number(req.query.$skip ?? 0) || 0);
  const value = items.slice(skip, skip + top);
  if (skip + top >= items.length) return { value };
  const next = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
  next.searchParams.set('$top', String(top));
  next.searchParams.set('$skip', String(skip + top));
  return { value, '@odata.nextLink': next.toString() };
}
