import { z } from 'zod';
import { WEEKDAYS } from '../domain/time';
import { UpstreamError } from '../errors';
import type {
  Acting,
  Directory,
  DirectoryPerson,
  DirectoryPersonWithChain,
  MailboxSettings,
  UserRef,
} from '../ports';
import { toWorkingHours } from './calendar';
import { GraphWorkingHours } from './calendar-schemas';
import type { GraphGateway } from './graph-client';
import { toIana } from './time-zones';

const USER_FIELDS = [
  'id',
  'displayName',
  'userPrincipalName',
  'mail',
  'jobTitle',
  'department',
  'officeLocation',
  'employeeHireDate',
].join(',');

const GraphUser = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  userPrincipalName: z.string().min(1),
  mail: z.string().nullish(),
  jobTitle: z.string().nullish(),
  department: z.string().nullish(),
  officeLocation: z.string().nullish(),
  employeeHireDate: z.string().nullish(),
});

/** One level of `$expand=manager($levels=max;$select=id)`: a manager id and, above it, the next. */
const ManagerNode = z.object({ id: z.string().min(1), manager: z.unknown().optional() });

const GraphUserWithManagers = GraphUser.extend({ manager: z.unknown().optional() });

const UserIdPage = z.object({ value: z.array(z.object({ id: z.string().min(1) })) });

/** mailboxSettings: the mailbox's zone by name, and working hours whose zone is a name or a customTimeZone. */
const GraphMailboxSettings = z.object({
  timeZone: z.string().nullish(),
  workingHours: GraphWorkingHours.nullish(),
});

/** Outlook's defaults for a mailbox that never set working hours. */
const DEFAULT_WORKING_HOURS = { days: WEEKDAYS.slice(0, 5), start: '08:00', end: '17:00' };

/** The directory through Microsoft Graph: users, reporting line and mailbox settings, zones as domain zone ids. */
export class GraphDirectory implements Directory {
  constructor(private readonly graph: GraphGateway) {}

  async getPerson(acting: Acting, user: UserRef): Promise<DirectoryPerson> {
    const found = await this.graph.call({
      acting,
      path: userPath(acting, user),
      query: { $select: USER_FIELDS },
      schema: GraphUser,
    });
    return toPerson(found);
  }

  async getManagerChain(acting: Acting, user: UserRef): Promise<DirectoryPerson[]> {
    const chain: DirectoryPerson[] = [];
    const seen = new Set<string>();
    let current = userPath(acting, user);
    // A reporting line deeper than this is a cycle in the directory data, not an organization.
    for (let depth = 0; depth < 32; depth++) {
      let manager: z.output<typeof GraphUser>;
      try {
        manager = await this.graph.call({
          acting,
          path: `${current}/manager`,
          query: { $select: USER_FIELDS },
          schema: GraphUser,
        });
      } catch (error) {
        if (error instanceof UpstreamError && error.upstream.status === 404) break;
        throw error;
      }
      if (seen.has(manager.id)) break;
      seen.add(manager.id);
      chain.push(toPerson(manager));
      current = `/users/${encodeURIComponent(manager.id)}`;
    }
    return chain;
  }

  async findPerson(acting: Acting, key: string): Promise<DirectoryPersonWithChain | null> {
    const found = (await this.readWithManagers(acting, key)) ?? (await this.readByMail(acting, key));
    if (!found) return null;
    return { ...toPerson(found), managerChain: managerIds(found.manager) };
  }

  /** The user and their whole reporting line in one request; null on 404. */
  private async readWithManagers(acting: Acting, key: string) {
    try {
      return await this.graph.call({
        acting,
        path: `/users/${encodeURIComponent(key)}`,
        // Graph serves `$levels` only as an advanced query: ConsistencyLevel eventual with $count.
        query: { $select: USER_FIELDS, $expand: 'manager($levels=max;$select=id)', $count: 'true' },
        headers: { ConsistencyLevel: 'eventual' },
        schema: GraphUserWithManagers,
      });
    } catch (error) {
      if (error instanceof UpstreamError && error.upstream.status === 404) return null;
      throw error;
    }
  }

  /** `/users/{key}` takes an id or UPN; a mail address that differs from the UPN needs a filter. */
  private async readByMail(acting: Acting, key: string) {
    if (!key.includes('@')) return null;
    const page = await this.graph.call({
      acting,
      path: '/users',
      query: { $filter: `mail eq '${key.replaceAll("'", "''")}'`, $select: 'id' },
      schema: UserIdPage,
    });
    const id = page.value[0]?.id;
    return id && id !== key ? this.readWithManagers(acting, id) : null;
  }

  async getMailboxSettings(acting: Acting, user: UserRef): Promise<MailboxSettings> {
    const settings = await this.graph.call({
      acting,
      path: `${userPath(acting, user)}/mailboxSettings`,
      mailbox: user === 'me' && acting.as === 'user' ? acting.caller.userId : user,
      schema: GraphMailboxSettings,
    });
    const hours = settings.workingHours;
    // Working hours carry their own zone, by name or as customTimeZone rules; it may differ from the mailbox's.
    const ownZone = hours ? toWorkingHours(hours)?.timeZone : undefined;
    const timeZone = toIana(settings.timeZone) ?? ownZone ?? 'UTC';
    return {
      timeZone,
      workingHours: hours
        ? {
            days: hours.daysOfWeek,
            start: hours.startTime,
            end: hours.endTime,
            timeZone: ownZone ?? timeZone,
          }
        : { ...DEFAULT_WORKING_HOURS, timeZone },
    };
  }
}

function userPath(acting: Acting, user: UserRef): string {
  if (user === 'me') {
    if (acting.as !== 'user') throw new Error('`me` needs a signed-in user; app-only calls name the user');
    return '/me';
  }
  return `/users/${encodeURIComponent(user)}`;
}

/** Manager ids of an expanded `manager` chain, nearest first; stops at a repeat (bad directory data). */
function managerIds(expanded: unknown): string[] {
  const ids: string[] = [];
  for (
    let node = ManagerNode.safeParse(expanded);
    node.success;
    node = ManagerNode.safeParse(node.data.manager)
  ) {
    if (ids.includes(node.data.id)) break;
    ids.push(node.data.id);
  }
  return ids;
}

function toPerson(user: z.output<typeof GraphUser>): DirectoryPerson {
  return {
    id: user.id,
    displayName: user.displayName ?? user.userPrincipalName,
    upn: user.userPrincipalName,
    mail: user.mail ?? null,
    jobTitle: user.jobTitle ?? null,
    department: user.department ?? null,
    officeLocation: user.officeLocation ?? null,
    employeeHireDate: user.employeeHireDate ?? null,
  };
}
