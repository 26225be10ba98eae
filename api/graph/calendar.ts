import type { z } from 'zod';
import type { BusyItem } from '../domain/scheduling';
import { UpstreamError } from '../errors';
import type { WorkingHours } from '../domain/time';
import type { Acting, CalendarEvent, CalendarGateway, FreeBusySchedule, NewSeries } from '../ports';
import { GetScheduleAnswer, GraphEvent, GraphEventPage, type GraphWorkingHours } from './calendar-schemas';
import type { GraphGateway } from './graph-client';
import { epochOf, utcDateTime, windowsNameOf, zonedDateTime } from './graph-date-time';
import { toIana, zoneIdOf } from './time-zones';

const UTC_ANSWERS = { Prefer: 'outlook.timezone="UTC"' };

/**
 * The extended property PeerPods stamps on every series it creates, holding the series' transactionId: Outlook
 * refuses a retried create (400 ErrorDuplicateTransactionId) without returning the first event, so this is how the
 * first event is found again (singleValueExtendedProperties, `$filter` on id and value).
 */
export const SERIES_TRANSACTION_PROPERTY =
  'String {6d5c1f0e-2b7a-4c39-9e84-3f1a0b5d7c62} Name PeerPodsTransactionId';
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Calendars through Microsoft Graph: getSchedule, recurring online meetings, their instances and moves. */
export class GraphCalendar implements CalendarGateway {
  constructor(private readonly graph: GraphGateway) {}

  async getSchedules(
    acting: Acting,
    addresses: readonly string[],
    start: number,
    end: number,
    intervalMinutes = 30,
  ): Promise<FreeBusySchedule[]> {
    const mailbox = addresses[0];
    if (!mailbox) return [];
    // The request goes to one of its own people's mailboxes, so Outlook's per-mailbox limits spread over the cohort.
    const answer = await this.graph.call({
      acting,
      method: 'POST',
      path: `/users/${encodeURIComponent(mailbox)}/calendar/getSchedule`,
      mailbox,
      retryUnanswered: true,
      headers: UTC_ANSWERS,
      body: {
        schedules: addresses,
        startTime: utcDateTime(start),
        endTime: utcDateTime(end),
        availabilityViewInterval: intervalMinutes,
      },
      schema: GetScheduleAnswer,
    });
    return addresses.map((address) => {
      const info = answer.value.find((v) => v.scheduleId.toLowerCase() === address.toLowerCase());
      if (!info) return { address, busy: [], workingHours: null, error: { code: 'ScheduleMissing' } };
      if (info.error)
        return {
          address,
          busy: [],
          workingHours: null,
          error: { code: info.error.responseCode ?? 'ScheduleError' },
        };
      const busy: BusyItem[] = (info.scheduleItems ?? [])
        .flatMap(({ status, start, end }) =>
          status === 'free' ? [] : [{ status, start: epochOf(start), end: epochOf(end) }],
        )
        .filter((item) => item.end > item.start);
      return {
        address,
        busy,
        workingHours: info.workingHours ? toWorkingHours(info.workingHours) : null,
      };
    });
  }

  /**
   * Creates the series, or finds the one an earlier attempt created: when the answer may have been lost (no answer,
   * a 5xx) or Outlook says the transactionId was used already, the series stamped with it is looked up and returned.
   */
  async createSeries(acting: Acting, organizerId: string, series: NewSeries): Promise<CalendarEvent> {
    try {
      return await this.postSeries(acting, organizerId, series);
    } catch (error) {
      if (!(error instanceof UpstreamError) || !mayHaveBeenCreated(error)) throw error;
      const found = await this.findSeries(acting, organizerId, series.transactionId);
      if (!found) throw error;
      return found;
    }
  }

  /** The series stamped with `transactionId` in the organizer's mailbox, or null. */
  async findSeries(
    acting: Acting,
    organizerId: string,
    transactionId: string,
  ): Promise<CalendarEvent | null> {
    const value = transactionId.replaceAll("'", "''");
    const page: z.output<typeof GraphEventPage> = await this.graph.call({
      acting,
      path: `/users/${encodeURIComponent(organizerId)}/events`,
      query: {
        $filter: `singleValueExtendedProperties/Any(ep: ep/id eq '${SERIES_TRANSACTION_PROPERTY}' and ep/value eq '${value}')`,
        $top: '2',
      },
      mailbox: organizerId,
      headers: UTC_ANSWERS,
      schema: GraphEventPage,
    });
    const master = page.value.find((e) => e.type === 'seriesMaster') ?? page.value[0];
    return master ? toCalendarEvent(master) : null;
  }

  private async postSeries(acting: Acting, organizerId: string, series: NewSeries): Promise<CalendarEvent> {
    const start = zonedDateTime(series.start, series.timeZone);
    const event = await this.graph.call({
      acting,
      method: 'POST',
      path: `/users/${encodeURIComponent(organizerId)}/events`,
      mailbox: organizerId,
      // Outlook deduplicates by transactionId, so a create whose answer was lost may be sent again.
      retryUnanswered: true,
      headers: UTC_ANSWERS,
      body: {
        subject: series.subject,
        body: { contentType: 'html', content: series.bodyHtml },
        start,
        end: zonedDateTime(series.end, series.timeZone),
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
        allowNewTimeProposals: false,
        attendees: series.attendees.map((a) => ({
          emailAddress: { address: a.address, name: a.name },
          type: 'required',
        })),
        recurrence: {
          pattern: {
            type: 'weekly',
            interval: series.recurrence.intervalWeeks,
            daysOfWeek: [weekdayOfWallClock(start.dateTime)],
            firstDayOfWeek: 'sunday',
          },
          // Graph requires the range to start on the date of the event's start, in the start's zone.
          range: {
            type: 'numbered',
            startDate: start.dateTime.slice(0, 10),
            numberOfOccurrences: series.recurrence.count,
            recurrenceTimeZone: windowsNameOf(series.timeZone),
          },
        },
        transactionId: series.transactionId,
        singleValueExtendedProperties: [{ id: SERIES_TRANSACTION_PROPERTY, value: series.transactionId }],
      },
      schema: GraphEvent,
    });
    return toCalendarEvent(event);
  }

  async getEvent(acting: Acting, organizerId: string, eventId: string): Promise<CalendarEvent> {
    const event = await this.graph.call({
      acting,
      path: `/users/${encodeURIComponent(organizerId)}/events/${encodeURIComponent(eventId)}`,
      mailbox: organizerId,
      headers: UTC_ANSWERS,
      schema: GraphEvent,
    });
    return toCalendarEvent(event);
  }

  async listInstances(
    acting: Acting,
    organizerId: string,
    seriesId: string,
    start: number,
    end: number,
  ): Promise<CalendarEvent[]> {
    const page: z.output<typeof GraphEventPage> = await this.graph.call({
      acting,
      path: `/users/${encodeURIComponent(organizerId)}/events/${encodeURIComponent(seriesId)}/instances`,
      query: {
        startDateTime: new Date(start).toISOString(),
        endDateTime: new Date(end).toISOString(),
        $top: '100',
      },
      mailbox: organizerId,
      headers: UTC_ANSWERS,
      schema: GraphEventPage,
    });
    return page.value.map(toCalendarEvent).sort((a, b) => a.start - b.start);
  }

  async updateOccurrence(
    acting: Acting,
    organizerId: string,
    occurrenceId: string,
    change: { start: number; end: number; timeZone: string },
  ): Promise<CalendarEvent> {
    const event = await this.graph.call({
      acting,
      method: 'PATCH',
      path: `/users/${encodeURIComponent(organizerId)}/events/${encodeURIComponent(occurrenceId)}`,
      mailbox: organizerId,
      headers: UTC_ANSWERS,
      body: {
        start: zonedDateTime(change.start, change.timeZone),
        end: zonedDateTime(change.end, change.timeZone),
      },
      schema: GraphEvent,
    });
    return toCalendarEvent(event);
  }
}

/** Working hours with the zone as a domain zone id: a Windows or IANA name made canonical, or a customTimeZone's rules. */
export function toWorkingHours(hours: z.output<typeof GraphWorkingHours>): WorkingHours | null {
  const timeZone = zoneIdOf(hours.timeZone);
  if (!timeZone || hours.daysOfWeek.length === 0) return null;
  return { days: hours.daysOfWeek, start: hours.startTime, end: hours.endTime, timeZone };
}

/** A create that failed this way may still have made the event: no answer, a 5xx, or a reused transactionId. */
function mayHaveBeenCreated(error: UpstreamError): boolean {
  const { status, code } = error.upstream;
  return code === 'ErrorDuplicateTransactionId' || status === undefined || status >= 500;
}

function weekdayOfWallClock(dateTime: string): string {
  const [y, m, d] = dateTime.slice(0, 10).split('-').map(Number);
  return WEEKDAY_NAMES[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]!;
}

function toCalendarEvent(event: GraphEvent): CalendarEvent {
  const recurrence = event.recurrence;
  return {
    id: event.id,
    type: event.type,
    start: epochOf(event.start),
    end: epochOf(event.end),
    joinUrl: event.onlineMeeting?.joinUrl ?? null,
    seriesMasterId: event.seriesMasterId ?? null,
    attendees: (event.attendees ?? []).flatMap((a) =>
      a.emailAddress.address
        ? [{ address: a.emailAddress.address, response: a.status?.response ?? 'none' }]
        : [],
    ),
    recurrence: recurrence
      ? {
          intervalWeeks: recurrence.pattern.interval,
          daysOfWeek: recurrence.pattern.daysOfWeek ?? [],
          startDate: recurrence.range.startDate,
          count: recurrence.range.numberOfOccurrences ?? null,
          timeZone: toIana(recurrence.range.recurrenceTimeZone) ?? null,
        }
      : null,
  };
}
