import type { WorkingHours } from './domain/time';

/** The signed-in user of a request, from a validated Teams SSO token. */
export interface Caller {
  tenantId: string;
  /** Entra object id (`oid`). */
  userId: string;
  upn: string;
  name: string;
  /** The raw SSO token, kept only to exchange it on-behalf-of the user. */
  token: string;
}

/** Whose authority a Graph call runs under: the signed-in user (OBO) or the app itself (client credentials). */
export type Acting = { as: 'user'; caller: Caller } | { as: 'app'; tenantId: string };

export interface TokenProvider {
  /** Exchanges the caller's SSO token for a delegated Graph token (on-behalf-of flow). */
  getOnBehalfOfToken(caller: Caller, scopes?: readonly string[]): Promise<string>;
  /** App-only Graph token for a tenant (client credentials), for work with no user behind it. */
  getAppToken(tenantId: string): Promise<string>;
}

/** A person as the directory knows them. */
export interface DirectoryPerson {
  id: string;
  displayName: string;
  upn: string;
  mail: string | null;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  /** ISO date-time, or null when the directory does not hold it. */
  employeeHireDate: string | null;
}

/** A mailbox's settings with the time zones already in IANA form. */
export interface MailboxSettings {
  timeZone: string;
  workingHours: WorkingHours;
}

/** `me` means the signed-in user and needs `{ as: 'user' }`. */
export type UserRef = 'me' | string;

export interface Directory {
  getPerson(acting: Acting, user: UserRef): Promise<DirectoryPerson>;
  /** The reporting line above a person, nearest manager first; empty at the top. */
  getManagerChain(acting: Acting, user: UserRef): Promise<DirectoryPerson[]>;
  getMailboxSettings(acting: Acting, user: UserRef): Promise<MailboxSettings>;
}

/** Calendar reads and writes through Graph; scheduling adds its operations here as it needs them. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CalendarGateway {}

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** The real clock, for production wiring; tests pass their own. */
export const systemClock: Clock = { now: () => Date.now() };
