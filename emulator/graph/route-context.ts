import type { Request } from 'express';
import type { PersonIndex } from '../people/person-index';
import { GraphError, type EmulatorClock, type GraphRouteContext } from '../types';
import { delay } from './chaos';
import type { GraphAuth } from './graph-auth';
import { latencyFor, type Knobs } from './knobs';
import type { MailboxLimiter } from './mailbox-limiter';
import { nameOperation } from './operation-scope';

export interface RouteContextDeps {
  tenantId: string;
  clock: EmulatorClock;
  people: PersonIndex;
  auth: GraphAuth;
  limiter: MailboxLimiter;
  knobs: () => Knobs;
}

const OUTLOOK_PATH = /\/(mailboxSettings|calendar|events|calendarView|calendars)(\/|$)/i;

/** The core services every Graph route module gets. */
export function createRouteContext(deps: RouteContextDeps): GraphRouteContext {
  const index = deps.people;
  const findPerson = (key: string) => index.find(key);

  return {
    tenantId: deps.tenantId,
    clock: deps.clock,
    findPerson,
    findByAddress: (address) => index.byAddress(address),
    people: () => index.people,
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
        const me = caller.userId ? index.byIdOrUpn(caller.userId) : undefined;
        if (!me)
          throw new GraphError(
            404,
            'Request_ResourceNotFound',
            'The signed-in user does not exist in this tenant.',
          );
        return me;
      }
      const person = index.byIdOrUpn(idOrMe);
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
