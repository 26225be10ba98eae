import type { Request } from 'express';
import { GraphError, type EmulatorClock, type EmulatorPerson, type GraphRouteContext } from '../types';
import { delay } from './chaos';
import type { GraphAuth } from './graph-auth';
import { latencyFor, type Knobs } from './knobs';
import type { MailboxLimiter } from './mailbox-limiter';
import { nameOperation } from './operation-scope';

export interface RouteContextDeps {
  tenantId: string;
  clock: EmulatorClock;
  people: readonly EmulatorPerson[];
  auth: GraphAuth;
  limiter: MailboxLimiter;
  knobs: () => Knobs;
}

const OUTLOOK_PATH = /\/(mailboxSettings|calendar|events|calendarView|calendars)(\/|$)/i;

/** The core services every Graph route module gets. */
export function createRouteContext(deps: RouteContextDeps): GraphRouteContext {
  const index = new Map<string, EmulatorPerson>();
  for (const p of deps.people) {
    index.set(p.id.toLowerCase(), p);
    index.set(p.userPrincipalName.toLowerCase(), p);
    index.set(p.mail.toLowerCase(), p);
  }
  const findPerson = (idOrUpn: string) => index.get(idOrUpn.trim().toLowerCase());

  return {
    tenantId: deps.tenantId,
    clock: deps.clock,
    findPerson,
    people: () => deps.people,
    authorize: (req, rule) => deps.auth.authorize(req, rule),
    resolveUser(req: Request, caller, idOrMe) {
      if (idOrMe.toLowerCase() === 'me') {
        if (caller.kind !== 'delegated') {
          throw new GraphError(
            400,
            'BadRequest',
            '/me request is only valid with delegated authentication flow.',
          );
        }
        const me = caller.userId ? findPerson(caller.userId) : undefined;
        if (!me)
          throw new GraphError(
            404,
            'Request_ResourceNotFound',
            'The signed-in user does not exist in this tenant.',
          );
        return me;
      }
      const person = findPerson(idOrMe);
      if (person) return person;
      if (OUTLOOK_PATH.test(req.path)) {
        throw new GraphError(404, 'ErrorItemNotFound', `The requested user '${idOrMe}' is invalid.`);
      }
      throw new GraphError(
        404,
        'Request_ResourceNotFound',
        `Resource '${idOrMe}' does not exist or one of its queried reference-property objects are not present.`,
      );
    },
    async mailbox(caller, mailboxId, operation, fn) {
      nameOperation(operation);
      const mailbox = findPerson(mailboxId)?.id ?? mailboxId;
      return deps.limiter.run(caller.appId, mailbox, async () => {
        const ms = latencyFor(deps.knobs(), operation);
        if (ms > 0) await delay(ms);
        return fn();
      });
    },
  };
}
