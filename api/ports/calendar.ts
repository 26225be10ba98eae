import type { BusyItem } from '../domain/scheduling';
import type { WorkingHours } from '../domain/time';
import type { Acting } from './identity';

/** One address's free/busy from getSchedule: availability only, never subject or location. */
export interface FreeBusySchedule {
  address: string;
  busy: BusyItem[];
  /** Working hours as the mailbox reports them, the zone as a domain zone id (see timeZoneOf); null when unknown. */
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
