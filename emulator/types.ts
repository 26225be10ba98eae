import type { Request } from 'express';
import type { CustomTimeZone } from './calendar/custom-zone';

/** Graph-shaped failure; the server turns it into Graph's error envelope. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers, e.g. Retry-After on 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Working hours as Graph's mailboxSettings / getSchedule return them. */
export interface GraphWorkingHours {
  daysOfWeek: string[];
  /** "08:00:00.0000000" */
  startTime: string;
  endTime: string;
  timeZone: { name: string };
}

/** One person of the seeded demo organization. */
export interface EmulatorPerson {
  id: string;
  userPrincipalName: string;
  mail: string;
  displayName: string;
  givenName: string;
  surname: string;
  jobTitle: string;
  department: string;
  officeLocation: string;
  /** ISO date-time, as Graph's employeeHireDate. */
  employeeHireDate: string;
  employeeType: string;
  /** Seniority 1 (entry) .. 7 (executive); reflected in jobTitle, not a Graph field. */
  level: number;
  managerId: string | null;
  /** IANA zone of the person; mailboxSettings.timeZone may carry the Windows name instead. */
  ianaTimeZone: string;
  /** mailboxSettings.timeZone as Graph would return it (Windows or IANA name). */
  mailboxTimeZone: string;
  workingHours: GraphWorkingHours;
  /** Share of working time the generated calendar fills, 0.5..0.7. */
  busyRatio: number;
  /** Working hours kept in a customTimeZone (rules, no name) instead of `workingHours.timeZone.name`. */
  customTimeZone?: CustomTimeZone;
  /** The calendar's allowedOnlineMeetingProviders; absent means `['teamsForBusiness']`. */
  allowedOnlineMeetingProviders?: string[];
  /** False when the generated background calendar is switched off: only events made through Graph remain. */
  generatedCalendar?: boolean;
}

export interface EmulatorTeam {
  id: string;
  displayName: string;
  channels: { id: string; displayName: string; description?: string }[];
}

export interface SeededOrg {
  tenantId: string;
  seed: number;
  people: EmulatorPerson[];
  teams: EmulatorTeam[];
}

/** Who called a Graph endpoint, from the validated access token. */
export interface GraphCaller {
  kind: 'delegated' | 'application';
  appId: string;
  tenantId: string;
  /** Signed-in user (delegated only). */
  userId?: string;
  /** scp (delegated) or roles (application). */
  permissions: string[];
}

/** Permission a Graph endpoint accepts, per kind of token; any one listed suffices. */
export interface PermissionRule {
  delegated: string[];
  application: string[];
}

export interface EmulatorClock {
  now(): number;
}

/** What a Graph route module gets from the emulator core. */
export interface GraphRouteContext {
  tenantId: string;
  clock: EmulatorClock;
  /** Looks a person up by id, userPrincipalName or mail (case-insensitive); for the emulator's own use. */
  findPerson(idOrUpn: string): EmulatorPerson | undefined;
  /** The person an SMTP address (getSchedule schedules, attendees) belongs to: their mail, as Exchange resolves it. */
  findByAddress(address: string): EmulatorPerson | undefined;
  people(): readonly EmulatorPerson[];
  /** Validates the bearer token and the permission; throws GraphError 401/403. */
  authorize(req: Request, rule: PermissionRule): GraphCaller;
  /**
   * Resolves `me`, a user id or a userPrincipalName in the path to a person (Graph's `/users/{id | userPrincipalName}`:
   * a mail address that differs from the UPN does not resolve); throws 404 ErrorItemNotFound / Request_ResourceNotFound.
   * For `me`, the caller must be delegated.
   */
  resolveUser(req: Request, caller: GraphCaller, idOrMe: string): EmulatorPerson;
  /**
   * Runs an Outlook (mailbox) operation under the per-app-per-mailbox limits (4 concurrent, 10,000 per
   * 10 minutes), the latency knob for `operation` and chaos; throws GraphError 429 with Retry-After.
   */
  mailbox<T>(caller: GraphCaller, mailboxId: string, operation: string, fn: () => T | Promise<T>): Promise<T>;
}
