import type { BusyItem } from './domain/scheduling';
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

/** A person with the ids of their whole reporting line. */
export interface DirectoryPersonWithChain extends DirectoryPerson {
  /** Manager ids from the direct manager up to the top; empty at the top. */
  managerChain: string[];
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
  /** A person by id, UPN or mail, with their reporting line in one read; null when the directory has no such person. */
  findPerson(acting: Acting, key: string): Promise<DirectoryPersonWithChain | null>;
}

/** One address's free/busy from getSchedule: availability only, never subject or location. */
export interface FreeBusySchedule {
  address: string;
  busy: BusyItem[];
  /** Working hours as the mailbox reports them, zone already IANA; null when unknown. */
  workingHours: WorkingHours | null;
  /** Set when Graph could not read this mailbox; the other addresses of the request are still answered. */
  error?: { code: string };
}

/** A weekly recurring online meeting to create in the organizer's mailbox. */
export interface NewSeries {
  subject: string;
  bodyHtml: string;
  /** Epoch ms of the first occurrence. */
  start: number;
  end: number;
  /** IANA zone the wall-clock times and the recurrence are defined in. */
  timeZone: string;
  recurrence: { intervalWeeks: 1 | 2; count: number };
  attendees: { address: string; name: string }[];
  /** Client-chosen id: a retried create returns the event made the first time. */
  transactionId: string;
}

/** A series master, single event or occurrence as the organizer sees it. */
export interface CalendarEvent {
  id: string;
  type: 'singleInstance' | 'occurrence' | 'exception' | 'seriesMaster';
  start: number;
  end: number;
  joinUrl: string | null;
  seriesMasterId: string | null;
  attendees: { address: string; response: string }[];
  /** Weekly pattern of a series master. */
  recurrence: {
    intervalWeeks: number;
    daysOfWeek: string[];
    startDate: string;
    count: number | null;
    timeZone: string | null;
  } | null;
}

/** Calendar reads and writes through Graph. `mailbox` and `organizerId` are user ids or addresses. */
export interface CalendarGateway {
  /** Free/busy and working hours of up to 20 addresses over a window under 62 days, sent to the first address's mailbox. */
  getSchedules(
    acting: Acting,
    addresses: readonly string[],
    start: number,
    end: number,
    intervalMinutes?: number,
  ): Promise<FreeBusySchedule[]>;
  createSeries(acting: Acting, organizerId: string, series: NewSeries): Promise<CalendarEvent>;
  getEvent(acting: Acting, organizerId: string, eventId: string): Promise<CalendarEvent>;
  /** Occurrences and exceptions of a series in [start, end); cancelled ones are left out. */
  listInstances(
    acting: Acting,
    organizerId: string,
    seriesId: string,
    start: number,
    end: number,
  ): Promise<CalendarEvent[]>;
  /** Moves one occurrence (it becomes an exception); the rest of the series is untouched. */
  updateOccurrence(
    acting: Acting,
    organizerId: string,
    occurrenceId: string,
    change: { start: number; end: number; timeZone: string },
  ): Promise<CalendarEvent>;
}

export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

/** The real clock, for production wiring; tests pass their own. */
export const systemClock: Clock = { now: () => Date.now() };

/** A Teams channel: the team's group id and the channel's thread id. */
export interface ChannelAddress {
  teamId: string;
  channelId: string;
}

/** Posts to Teams channels through Graph; needs the user's delegated ChannelMessage.Send (there is no app-only post). */
export interface ChannelPoster {
  /** Posts one Adaptive Card as the signed-in user; resolves to the new message's id. */
  postCard(acting: Acting, channel: ChannelAddress, card: object): Promise<{ messageId: string }>;
}

/** Where a bot message goes: a conversation at a Bot Connector service URL. */
export interface BotConversation {
  serviceUrl: string;
  conversationId: string;
}

/** The Bot Connector, for proactive messages with no user request behind them. */
export interface BotConnector {
  /** Opens (or finds) the bot's 1:1 conversation with a Teams user (`29:` id); resolves to its id. */
  openPersonalConversation(serviceUrl: string, tenantId: string, teamsUserId: string): Promise<string>;
  /** Sends a message with one Adaptive Card; `text` is the notification preview. */
  sendCard(to: BotConversation, text: string, card: object): Promise<{ activityId: string }>;
}

/** A channel as Graph reports it to whoever asks. */
export interface ChannelInfo {
  id: string;
  displayName: string;
}

/** Reads Teams channels through Graph. */
export interface ChannelDirectory {
  /** The channel, or null when its team or the channel does not exist or is not visible to `acting`. */
  getChannel(acting: Acting, channel: ChannelAddress): Promise<ChannelInfo | null>;
}
