import type { Request } from 'express';
import { GraphError, type EmulatorClock, type GraphCaller, type PermissionRule } from '../types';
import { GRAPH_RESOURCE } from '../demo-tenant';
import { timeValidityError, type SigningKey } from '../entra/signing-key';

const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const callers = new WeakMap<Request, GraphCaller>();

/** Does a granted permission cover a required one? Graph accepts higher privileges of the same family. */
export function covers(granted: string, required: string): boolean {
  if (granted === required) return true;
  if (granted === required.replace('.Read', '.ReadWrite')) return true;
  if (required === 'User.ReadBasic.All')
    return granted === 'User.Read.All' || granted === 'User.ReadWrite.All';
  if (required === 'Calendars.ReadBasic')
    return granted === 'Calendars.Read' || granted === 'Calendars.ReadWrite';
  return false;
}

export function hasPermission(caller: GraphCaller, accepted: readonly string[]): boolean {
  return accepted.some((required) => caller.permissions.some((granted) => covers(granted, required)));
}

/** Validates Graph access tokens issued by the emulator's Entra and checks permissions. */
export class GraphAuth {
  constructor(
    private readonly key: SigningKey,
    private readonly clock: EmulatorClock,
    private readonly issuer: () => string,
    private readonly tenantId: string,
  ) {}

  authenticate(req: Request): GraphCaller {
    const cached = callers.get(req);
    if (cached) return cached;
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthorized('Access token is empty.');
    const verified = this.key.verify(match[1]);
    if ('error' in verified)
      throw unauthorized('Access token validation failure. Invalid signature or malformed token.');
    const claims = verified.payload;
    if (timeValidityError(claims, this.clock.now()))
      throw unauthorized('Access token has expired or is not yet valid.');
    if (claims.aud !== GRAPH_RESOURCE && claims.aud !== GRAPH_APP_ID) {
      throw unauthorized('Access token validation failure. Invalid audience.');
    }
    if (claims.iss !== this.issuer() || claims.tid !== this.tenantId) {
      throw unauthorized('Access token validation failure. Invalid issuer or tenant.');
    }
    const appId = String(claims.appid ?? claims.azp ?? '');
    const caller: GraphCaller =
      typeof claims.scp === 'string'
        ? {
            kind: 'delegated',
            appId,
            tenantId: this.tenantId,
            userId: String(claims.oid ?? ''),
            permissions: claims.scp.split(' ').filter(Boolean),
          }
        : {
            kind: 'application',
            appId,
            tenantId: this.tenantId,
            permissions: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
          };
    callers.set(req, caller);
    return caller;
  }

  authorize(req: Request, rule: PermissionRule): GraphCaller {
    const caller = this.authenticate(req);
    const accepted = caller.kind === 'delegated' ? rule.delegated : rule.application;
    if (!hasPermission(caller, accepted)) throw forbidden(req, accepted, caller.kind);
    return caller;
  }
}

function unauthorized(message: string): GraphError {
  return new GraphError(401, 'InvalidAuthenticationToken', message, { 'WWW-Authenticate': 'Bearer' });
}

/** Each Graph workload words its 403 differently; callers match on these codes. */
export function forbidden(req: Request, accepted: readonly string[], kind: GraphCaller['kind']): GraphError {
  const path = req.path;
  if (/\/(mailboxSettings|calendar|events|calendarView|calendars)(\/|$)/i.test(path)) {
    return new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
  }
  if (/^\/teams\//i.test(path)) {
    const list = accepted.length ? accepted.join(', ') : 'none';
    return new GraphError(
      403,
      'Forbidden',
      `Missing ${kind === 'delegated' ? 'scope' : 'role'} permissions on the request. API requires one of '${list}'.`,
    );
  }
  return new GraphError(
    403,
    'Authorization_RequestDenied',
    'Insufficient privileges to complete the operation.',
  );
}
