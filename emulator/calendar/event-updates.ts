import { GraphError, type EmulatorPerson } from '../types';
import type { CalendarStore, ResolvedEvent } from './calendar-store';
import type { UpdateEventInput } from './event-body';
import type { OccurrenceOverride, ResponseType, StoredEvent } from './event-model';
import { occurrences, seriesZone } from './event-occurrences';
import { validateRecurrence } from './recurrence';
import { localEpochDay, parseGraphDateTime } from './time-zones';
import { onlineMeetingFor } from './calendar-store';

function accessDenied(message: string): GraphError {
  return new GraphError(403, 'ErrorAccessDenied', message);
}

function overrideOf(event: StoredEvent, index: number, nowMs: number): OccurrenceOverride {
  let override = event.overrides.get(index);
  if (!override) {
    override = { responses: new Map(), modifiedMs: nowMs };
    event.overrides.set(index, override);
  }
  override.modifiedMs = nowMs;
  return override;
}

function touch(event: StoredEvent, nowMs: number): void {
  event.modifiedMs = nowMs;
  event.version += 1;
}

/** PATCH on a series master or single event: later reads of every occurrence see the change, exceptions keep their own fields. */
function patchSeries(
  store: CalendarStore,
  event: StoredEvent,
  input: UpdateEventInput,
  nowMs: number,
  find: (a: string) => EmulatorPerson | undefined,
): void {
  const startMs = input.start ? parseGraphDateTime(input.start) : event.startMs;
  const endMs = input.end
    ? parseGraphDateTime(input.end)
    : input.start
      ? startMs + (event.endMs - event.startMs)
      : event.endMs;
  if (endMs < startMs)
    throw new GraphError(400, 'ErrorInvalidRequest', 'The end of the event is before its start.');
  const recurrence = input.recurrence === undefined ? event.recurrence : (input.recurrence ?? undefined);
  const startZone = input.start?.timeZone ?? event.startZone;
  if (recurrence && (input.start || input.recurrence)) validateRecurrence(recurrence, startMs, startZone);
  // Outlook drops a series' exceptions when its pattern changes.
  if (input.recurrence !== undefined && JSON.stringify(input.recurrence) !== JSON.stringify(event.recurrence))
    event.overrides.clear();
  event.recurrence = recurrence;
  event.startMs = startMs;
  event.endMs = endMs;
  event.startZone = startZone;
  event.endZone = input.end?.timeZone ?? event.endZone;
  if (input.subject !== undefined) event.subject = input.subject;
  // A body patch replaces only the text: the online meeting stays attached.
  if (input.body)
    event.body = {
      contentType: (input.body.contentType ?? event.body.contentType).toLowerCase(),
      content: input.body.content ?? '',
    };
  if (input.location) event.location = input.location.displayName ?? '';
  if (input.showAs) event.showAs = input.showAs;
  if (input.importance) event.importance = input.importance;
  if (input.sensitivity) event.sensitivity = input.sensitivity;
  if (input.categories) event.categories = input.categories;
  if (input.isAllDay !== undefined) event.isAllDay = input.isAllDay;
  if (input.allowNewTimeProposals !== undefined) event.allowNewTimeProposals = input.allowNewTimeProposals;
  if (
    input.onlineMeetingProvider &&
    event.isOnlineMeeting &&
    input.onlineMeetingProvider !== event.onlineMeetingProvider
  ) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      'The online meeting provider of an event cannot be changed.',
    );
  }
  const organizer = find(event.organizer.address);
  if (input.isOnlineMeeting && !event.isOnlineMeeting && organizer) {
    Object.assign(event, onlineMeetingFor(organizer, event.id, true, input.onlineMeetingProvider));
  }
  if (input.attendees) store.setAttendees(event, input.attendees, find);
}

/** PATCH on one occurrence: it becomes an exception; it may not move onto or past a neighbour's day. */
function patchOccurrence(resolved: ResolvedEvent, input: UpdateEventInput, nowMs: number): void {
  const { event, occurrence } = resolved;
  if (!occurrence) return;
  if (input.recurrence || input.attendees) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      'The recurrence and attendees of an occurrence are set on its series master.',
    );
  }
  const startMs = input.start ? parseGraphDateTime(input.start) : occurrence.startMs;
  const endMs = input.end
    ? parseGraphDateTime(input.end)
    : input.start
      ? startMs + (occurrence.endMs - occurrence.startMs)
      : occurrence.endMs;
  if (endMs < startMs)
    throw new GraphError(400, 'ErrorInvalidRequest', 'The end of the event is before its start.');
  if (startMs !== occurrence.startMs) {
    const zone = seriesZone(event);
    const all = occurrences(event, Math.max(startMs, occurrence.startMs));
    const at = all.findIndex((o) => o.index === occurrence.index);
    const before = all[at - 1];
    const after = all[at + 1];
    const day = localEpochDay(zone, startMs);
    if (
      (before && day <= localEpochDay(zone, before.startMs)) ||
      (after && day >= localEpochDay(zone, after.startMs))
    ) {
      throw new GraphError(
        400,
        'ErrorOccurrenceCrossingBoundary',
        'An occurrence cannot be moved to or beyond the day of an adjacent occurrence.',
      );
    }
  }
  const override = overrideOf(event, occurrence.index, nowMs);
  if (input.start || input.end) {
    override.startMs = startMs;
    override.endMs = endMs;
  }
  if (input.subject !== undefined) override.subject = input.subject;
  if (input.body)
    override.body = {
      contentType: (input.body.contentType ?? event.body.contentType).toLowerCase(),
      content: input.body.content ?? '',
    };
  if (input.location) override.location = input.location.displayName ?? '';
  if (input.showAs) override.showAs = input.showAs;
}

/** Applies a PATCH from the copy's owner; only the organizer may change a meeting. */
export function updateEvent(
  store: CalendarStore,
  resolved: ResolvedEvent,
  input: UpdateEventInput,
  nowMs: number,
  find: (address: string) => EmulatorPerson | undefined,
): void {
  if (!resolved.isOrganizer) {
    throw accessDenied(
      'Only the meeting organizer can change the meeting; attendees may only update their own response.',
    );
  }
  if (resolved.occurrence) patchOccurrence(resolved, input, nowMs);
  else patchSeries(store, resolved.event, input, nowMs, find);
  touch(resolved.event, nowMs);
}

/** Cancels a meeting or one occurrence; only the organizer may. */
export function cancelEvent(store: CalendarStore, resolved: ResolvedEvent, nowMs: number): void {
  if (!resolved.isOrganizer)
    throw accessDenied('Only the organizer can cancel a meeting. An attendee can decline it instead.');
  if (resolved.occurrence) {
    overrideOf(resolved.event, resolved.occurrence.index, nowMs).cancelled = true;
    touch(resolved.event, nowMs);
  } else {
    store.deleteEvent(resolved.event);
  }
}

/** Records an attendee's response on their copy: one occurrence, or the whole series. */
export function respondToEvent(
  resolved: ResolvedEvent,
  owner: EmulatorPerson,
  response: ResponseType,
  nowMs: number,
): void {
  if (resolved.isOrganizer) {
    throw new GraphError(
      400,
      'ErrorInvalidRequest',
      "Your request can't be completed. You can't respond to a meeting you organized.",
    );
  }
  const state = { response, timeMs: nowMs };
  const key = owner.mail.toLowerCase();
  if (resolved.occurrence)
    overrideOf(resolved.event, resolved.occurrence.index, nowMs).responses.set(key, state);
  else resolved.event.responses.set(key, state);
  touch(resolved.event, nowMs);
}
