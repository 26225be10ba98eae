import type { EmulatorPerson } from '../types';
import type { CalendarItem } from './calendar-item';
import type { StoredEvent, Occurrence, ResponseState } from './event-model';
import { isException, occurrenceId, responseFor } from './event-occurrences';
import { showAsFor } from './calendar-store';
import { recurrenceJson } from './recurrence';
import { formatGraphDateTime } from './time-zones';

const NEVER = '0001-01-01T00:00:00Z';

function responseJson(state: ResponseState): { response: string; time: string } {
  return {
    response: state.response,
    time: state.timeMs === null ? NEVER : new Date(state.timeMs).toISOString(),
  };
}

function preview(body: { contentType: string; content: string }): string {
  const text = body.contentType === 'html' ? body.content.replace(/<[^>]*>/g, ' ') : body.content;
  return text.replace(/\s+/g, ' ').trim().slice(0, 255);
}

/**
 * Graph's event resource for `owner`'s copy: the series master or single event when `o` is absent,
 * else one occurrence or exception. Dates are rendered in `zone` (the Prefer header's, or UTC).
 */
export function eventJson(
  event: StoredEvent,
  owner: EmulatorPerson,
  copyId: string,
  zone: string,
  o?: Occurrence,
  /** Canonical key of an extended property asked for with $expand. */
  expandProperty?: string,
): Record<string, unknown> {
  const isOrganizer = owner.id === event.organizerId;
  const expanded = expandProperty && isOrganizer ? event.extendedProperties.get(expandProperty) : undefined;
  const occurrence = o && event.recurrence ? o : undefined;
  const startMs = occurrence?.startMs ?? event.startMs;
  const endMs = occurrence?.endMs ?? event.endMs;
  const override = occurrence?.override;
  const body = override?.body ?? event.body;
  const own: ResponseState = isOrganizer
    ? { response: 'organizer', timeMs: null }
    : responseFor(event, owner.mail, occurrence);
  const ownResponse = own.response === 'none' ? { ...own, response: 'notResponded' as const } : own;
  const type = !event.recurrence
    ? 'singleInstance'
    : !occurrence
      ? 'seriesMaster'
      : isException(occurrence)
        ? 'exception'
        : 'occurrence';
  const id = occurrence ? occurrenceId(copyId, occurrence.originalStartMs) : copyId;
  const showAs = occurrence
    ? showAsFor(event, owner, occurrence)
    : showAsFor(event, owner, { index: 0, originalStartMs: startMs, startMs, endMs });
  return {
    '@odata.etag': `W/"${event.version}"`,
    id,
    createdDateTime: new Date(event.createdMs).toISOString(),
    lastModifiedDateTime: new Date(Math.max(event.modifiedMs, override?.modifiedMs ?? 0)).toISOString(),
    changeKey: `${event.version}`,
    categories: event.categories,
    transactionId: isOrganizer ? (event.transactionId ?? null) : null,
    originalStartTimeZone: event.startZone,
    originalEndTimeZone: event.endZone,
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    subject: override?.subject ?? event.subject,
    bodyPreview: preview(body),
    importance: event.importance,
    sensitivity: event.sensitivity,
    isAllDay: event.isAllDay,
    isCancelled: false,
    isOrganizer,
    responseRequested: true,
    seriesMasterId: occurrence ? copyId : null,
    showAs: showAs ?? 'free',
    type,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: event.isOnlineMeeting,
    onlineMeetingProvider: event.onlineMeetingProvider,
    allowNewTimeProposals: event.allowNewTimeProposals,
    isDraft: false,
    hideAttendees: false,
    responseStatus: responseJson(ownResponse),
    body,
    start: formatGraphDateTime(startMs, zone),
    end: formatGraphDateTime(endMs, zone),
    ...(occurrence ? { originalStart: new Date(occurrence.originalStartMs).toISOString() } : {}),
    ...locationJson(override?.location ?? event.location),
    recurrence: occurrence || !event.recurrence ? null : recurrenceJson(event.recurrence, event.startZone),
    attendees: event.attendees.map((a) => ({
      type: a.type,
      status: responseJson(responseFor(event, a.address, occurrence)),
      emailAddress: { name: a.name, address: a.address },
    })),
    organizer: { emailAddress: event.organizer },
    onlineMeeting: event.joinUrl ? { joinUrl: event.joinUrl } : null,
    ...(expandProperty ? { singleValueExtendedProperties: expanded ? [{ ...expanded }] : [] } : {}),
  };
}

/** `location` and `locations` as Outlook fills them: a named place gets a private unique id. */
function locationJson(displayName: string): { location: object; locations: object[] } {
  if (!displayName)
    return { location: { displayName: '', locationType: 'default', uniqueIdType: 'unknown' }, locations: [] };
  return {
    location: { displayName, locationType: 'default', uniqueId: displayName, uniqueIdType: 'private' },
    locations: [{ displayName, locationType: 'default', uniqueIdType: 'unknown' }],
  };
}

/** A generated background item shown as a minimal event of its owner. */
export function backgroundEventJson(
  item: CalendarItem,
  owner: EmulatorPerson,
  zone: string,
): Record<string, unknown> {
  return {
    id: item.id,
    subject: item.isPrivate ? '' : item.subject,
    isAllDay: item.isAllDay,
    isCancelled: false,
    isOrganizer: true,
    sensitivity: item.isPrivate ? 'private' : 'normal',
    showAs: item.showAs,
    type: item.isRecurring ? 'occurrence' : 'singleInstance',
    start: formatGraphDateTime(item.startMs, zone),
    end: formatGraphDateTime(item.endMs, zone),
    location: { displayName: item.location, locationType: 'default' },
    attendees: [],
    organizer: { emailAddress: { name: owner.displayName, address: owner.mail } },
    responseStatus: { response: 'organizer', time: NEVER },
    onlineMeeting: null,
  };
}
