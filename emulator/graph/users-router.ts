import { Router, type Request, type Response } from 'express';
import {
  GraphError,
  type EmulatorPerson,
  type GraphCaller,
  type GraphRouteContext,
  type PermissionRule,
} from '../types';
import { hasPermission } from './graph-auth';
import { nameOperation } from './operation-scope';
import {
  decodeSkipToken,
  encodeSkipToken,
  mailboxSettingsOf,
  parseSelect,
  parseUserFilter,
  projectUser,
} from './user-query';

const READ_USERS: PermissionRule = {
  delegated: ['User.Read', 'User.ReadBasic.All', 'User.Read.All'],
  application: ['User.Read.All', 'User.ReadBasic.All'],
};
const LIST_USERS: PermissionRule = {
  delegated: ['User.ReadBasic.All', 'User.Read.All'],
  application: READ_USERS.application,
};
const READ_MAILBOX_SETTINGS: PermissionRule = {
  delegated: ['MailboxSettings.Read'],
  application: ['MailboxSettings.Read'],
};

/** Graph directory routes: users, me, manager, directReports, mailboxSettings. */
export function createUsersRouter(ctx: GraphRouteContext, publicUrl: () => string): Router {
  const router = Router();
  const context = (suffix: string) => `${publicUrl()}/v1.0/$metadata#${suffix}`;

  router.get('/users', (req, res) => {
    nameOperation('listUsers');
    ctx.authorize(req, LIST_USERS);
    const select = parseSelect(req.query.$select);
    const filter = parseUserFilter(req.query.$filter);
    const top = parseTop(req.query.$top);
    const offset = decodeSkipToken(req.query.$skiptoken);
    const matching = filter ? ctx.people().filter(filter) : ctx.people();
    const page = matching.slice(offset, offset + top);
    const body: Record<string, unknown> = {
      '@odata.context': context(select ? `users(${select.join(',')})` : 'users'),
    };
    if (offset + top < matching.length) body['@odata.nextLink'] = nextLink(req, publicUrl(), offset + top);
    body.value = page.map((p) => projectUser(p, select));
    res.json(body);
  });

  const getUser = (req: Request, res: Response, idOrMe: string) => {
    nameOperation('getUser');
    const caller = ctx.authorize(req, READ_USERS);
    const person = ctx.resolveUser(req, caller, idOrMe);
    requireReadableProfile(caller, person);
    const select = parseSelect(req.query.$select);
    if (select?.includes('mailboxSettings')) {
      ctx.authorize(req, READ_MAILBOX_SETTINGS);
      requireOwnMailbox(caller, person);
    }
    const user = projectUser(person, select);
    const expand = parseExpand(req.query.$expand);
    if (expand) user.manager = managerChain(ctx, person, expand.levels, expand.select);
    res.json({ '@odata.context': context('users/$entity'), ...user });
  };
  router.get('/me', (req, res) => getUser(req, res, 'me'));
  router.get('/users/:id', (req, res) => getUser(req, res, String(req.params.id)));

  const getManager = (req: Request, idOrMe: string) => {
    nameOperation('getManager');
    const caller = ctx.authorize(req, READ_USERS);
    const person = ctx.resolveUser(req, caller, idOrMe);
    requireReadableProfile(caller, person);
    const manager = person.managerId ? ctx.findPerson(person.managerId) : undefined;
    if (!manager) {
      throw new GraphError(
        404,
        'Request_ResourceNotFound',
        "Resource 'manager' does not exist or one of its queried reference-property objects are not present.",
      );
    }
    return {
      '@odata.context': context('directoryObjects/$entity'),
      '@odata.type': '#microsoft.graph.user',
      ...projectUser(manager, parseSelect(req.query.$select)),
    };
  };
  router.get('/me/manager', (req, res) => void res.json(getManager(req, 'me')));
  router.get('/users/:id/manager', (req, res) => void res.json(getManager(req, String(req.params.id))));

  const listDirectReports = (req: Request, idOrMe: string) => {
    nameOperation('listDirectReports');
    const caller = ctx.authorize(req, READ_USERS);
    const person = ctx.resolveUser(req, caller, idOrMe);
    requireReadableProfile(caller, person);
    const select = parseSelect(req.query.$select);
    const reports = ctx.people().filter((p) => p.managerId === person.id);
    return {
      '@odata.context': context('directoryObjects'),
      value: reports.map((p) => ({ '@odata.type': '#microsoft.graph.user', ...projectUser(p, select) })),
    };
  };
  router.get('/me/directReports', (req, res) => void res.json(listDirectReports(req, 'me')));
  router.get(
    '/users/:id/directReports',
    (req, res) => void res.json(listDirectReports(req, String(req.params.id))),
  );

  const getMailboxSettings = async (req: Request, idOrMe: string) => {
    nameOperation('getMailboxSettings');
    const caller = ctx.authorize(req, READ_MAILBOX_SETTINGS);
    const person = ctx.resolveUser(req, caller, idOrMe);
    requireOwnMailbox(caller, person);
    const settings = await ctx.mailbox(caller, person.id, 'getMailboxSettings', () =>
      mailboxSettingsOf(person),
    );
    return { '@odata.context': context(`users('${person.id}')/mailboxSettings`), ...settings };
  };
  router.get('/me/mailboxSettings', async (req, res) => void res.json(await getMailboxSettings(req, 'me')));
  // One setting of the mailbox, e.g. /mailboxSettings/workingHours or /mailboxSettings/timeZone.
  const getOneSetting = async (req: Request, idOrMe: string) => {
    const { '@odata.context': context, ...settings } = await getMailboxSettings(req, idOrMe);
    const name = String(req.params.setting);
    const value = (settings as Record<string, unknown>)[name];
    if (value === undefined)
      throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${name}'.`);
    const scoped = { '@odata.context': `${String(context)}/${name}` };
    return typeof value === 'object' && value !== null ? { ...scoped, ...value } : { ...scoped, value };
  };
  router.get(
    '/me/mailboxSettings/:setting',
    async (req, res) => void res.json(await getOneSetting(req, 'me')),
  );
  router.get(
    '/users/:id/mailboxSettings/:setting',
    async (req, res) => void res.json(await getOneSetting(req, String(req.params.id))),
  );
  router.get(
    '/users/:id/mailboxSettings',
    async (req, res) => void res.json(await getMailboxSettings(req, String(req.params.id))),
  );

  return router;
}

/** Delegated User.Read covers only the signed-in user's own profile and reporting line. */
function requireReadableProfile(caller: GraphCaller, person: EmulatorPerson): void {
  if (caller.kind !== 'delegated' || hasPermission(caller, ['User.ReadBasic.All', 'User.Read.All'])) return;
  if (person.id !== caller.userId) {
    throw new GraphError(
      403,
      'Authorization_RequestDenied',
      'Insufficient privileges to complete the operation.',
    );
  }
}

/** A delegated token reads only the signed-in user's mailbox settings. */
function requireOwnMailbox(caller: GraphCaller, person: EmulatorPerson): void {
  if (caller.kind === 'delegated' && person.id !== caller.userId) {
    throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
}

function parseTop(raw: unknown): number {
  if (raw === undefined) return 100;
  const top = Number(raw);
  if (!Number.isInteger(top) || top < 1 || top > 999) {
    throw new GraphError(
      400,
      'Request_BadRequest',
      `Invalid page size specified: '${String(raw)}'. Must be between 1 and 999 inclusive.`,
    );
  }
  return top;
}

function nextLink(req: Request, base: string, offset: number): string {
  const query = (req.originalUrl.split('?')[1] ?? '')
    .split('&')
    .filter((part) => part && !/^(\$|%24)skiptoken=/i.test(part));
  query.push(`$skiptoken=${encodeSkipToken(offset)}`);
  return `${base}/v1.0/users?${query.join('&')}`;
}

interface ManagerExpand {
  levels: number;
  select: string[] | null;
}

/** `manager`, `manager($levels=max)`, `manager($levels=2;$select=id,displayName)`. */
function parseExpand(raw: unknown): ManagerExpand | null {
  if (raw === undefined) return null;
  const m = typeof raw === 'string' ? /^manager(?:\((.*)\))?$/.exec(raw.trim()) : null;
  if (!m) throw new GraphError(400, 'Request_BadRequest', `Expansion of '${String(raw)}' is not supported.`);
  const result: ManagerExpand = { levels: 1, select: null };
  for (const option of (m[1] ?? '').split(';').filter(Boolean)) {
    const [key, value = ''] = option.split('=').map((s) => s.trim());
    if (key === '$levels') result.levels = value === 'max' ? Number.POSITIVE_INFINITY : Number(value);
    else if (key === '$select') result.select = parseSelect(value);
    else
      throw new GraphError(
        400,
        'Request_BadRequest',
        `Query option '${key}' is not supported within $expand.`,
      );
  }
  if (!(result.levels >= 1)) throw new GraphError(400, 'Request_BadRequest', 'Invalid $levels value.');
  return result;
}

function managerChain(
  ctx: GraphRouteContext,
  person: EmulatorPerson,
  levels: number,
  select: string[] | null,
): unknown {
  const manager = person.managerId ? ctx.findPerson(person.managerId) : undefined;
  if (!manager) return undefined;
  const node: Record<string, unknown> = {
    '@odata.type': '#microsoft.graph.user',
    ...projectUser(manager, select),
  };
  if (levels > 1) {
    const above = managerChain(ctx, manager, levels - 1, select);
    if (above) node.manager = above;
  }
  return node;
}
