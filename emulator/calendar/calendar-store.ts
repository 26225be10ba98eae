import { randomUUID } from 'node:crypto';
import { GraphError, type EmulatorPerson } from '../types';
import { backgroundItems } from './background-calendar';
import type { CalendarItem, ShowAs } from './calendar-item';
import type { CreateEventInput } from './event-body';
import type { Occurrence, StoredAttendee, StoredEvent } from './event-model';
import { storedProperties } from './extended-properties';
import {
  isException,
  occurrences,
  occurrencesBetween,
  parseOccurrenceId,
  responseFor,
} from './event-occurrences';
import { validateRecurrence } from './recurrence';
import { parseGraphDateTime, toIanaZone } from './time-zones';

/** An event id resolved in one person's mailbox. */
export interface ResolvedEvent {
  event: StoredEvent;
  ownerId: string;
  copyId: string;
  isOrganizer: boolean;
  /** Set when the id named one occurrence. */
  occurrence?: Occurrence;
}

export interface CalendarSnapshot {
  events: StoredEvent[];
  transactions: [string, string][];
}

function newId(): string {
  return `AAMkAG${randomUUID().replace(/-/g, '')}`;
}

/** In-memory calendars of the emulated tenant: stored events plus the generated background. */
export class CalendarStore {
  readonly seed: number | string;
  private events = new Map<string, StoredEvent>();
  private copies = new Map<string, { eventId: string; ownerId: string }>();
  private byOwner = new Map<string, Set<string>>();
  private byTransaction = new Map<string, string>();

  /** The instant calendars are read at: later days hold fewer one-off meetings, as real ones do. */
  private readonly asOf: (() => number) | undefined;

  constructor(options: { seed: number | string; clock?: { now(): number } }) {
    this.seed = options.seed;
    const clock = options.clock;
    this.asOf = clock && (() => clock.now());
  }

  /** Forgets every stored event; the background calendars stay as generated. */
  reset(): void {
    this.events.clear();
    this.copies.clear();
    this.byOwner.clear();
    this.byTransaction.clear();
  }

  /** Every stored event and the transaction ids seen, to keep across a restart. */
  snapshot(): CalendarSnapshot {
    return { events: [...this.events.values()], transactions: [...this.byTransaction] };
  }

  /** Replaces the stored events with a snapshot's; the indexes are rebuilt from the events. */
  restore(snapshot: CalendarSnapshot): void {
    this.reset();
    for (const event of snapshot.events) {
      this.events.set(event.id, event);
      this.copies.set(event.id, { eventId: event.id, ownerId: event.organizerId });
      this.own(event.organizerId, event.id);
      for (const [personId, copyId] of event.copies) {
        this.copies.set(copyId, { eventId: event.id, ownerId: personId });
        this.own(personId, event.id);
      }
    }
    for (const [key, id] of snapshot.transactions) this.byTransaction.set(key, id);
  }

  /**
   * Creates an event with invites. A transactionId the organizer's mailbox has seen before is refused with 400
   * ErrorDuplicateTransactionId and no event, as Outlook answers a retried create.
   */
  createEvent(
    organizer: EmulatorPerson,
    input: CreateEventInput,
    nowMs: number,
    findPerson: (address: string) => EmulatorPerson | undefined,
  ): StoredEvent {
    const txKey = input.transactionId ? `${organizer.id}|${input.transactionId}` : undefined;
    if (txKey && this.byTransaction.has(txKey)) {
      throw new GraphError(
        400,
        'ErrorDuplicateTransactionId',
        "Your request can't be completed. The TransactionId specified in the request has already been used to create a different event.",
      );
    }
    const extendedProperties = storedProperties(input.singleValueExtendedProperties);
    if (!input.start || !input.end)
      throw new GraphError(400, 'ErrorInvalidRequest', 'start and end are required.');
    const startMs = parseGraphDateTime(input.start);
    const endMs = parseGraphDateTime(input.end);
    if (endMs < startMs)
      throw new GraphError(400, 'ErrorInvalidRequest', 'The end of the event is before its start.');
    if (input.recurrence) validateRecurrence(input.recurrence, startMs, input.start.timeZone);
    const id = newId();
    const meeting = onlineMeetingFor(organizer, id, input.isOnlineMeeting, input.onlineMeetingProvider);
    const event: StoredEvent = {
      id,
      iCalUId: `040000008200E00074C5B7101A82E008${randomUUID().replace(/-/g, '').toUpperCase()}`,
      organizerId: organizer.id,
      organizer: { name: organizer.displayName, address: organizer.mail },
      transactionId: input.transactionId,
      extendedProperties,
      subject: input.subject ?? '',
      body: {
        contentType: (input.body?.contentType ?? 'text').toLowerCase(),
        content: input.body?.content ?? '',
      },
      location: input.location?.displayName ?? '',
      showAs: input.showAs ?? 'busy',
      importance: input.importance ?? 'normal',
      sensitivity: input.sensitivity ?? 'normal',
      categories: input.categories ?? [],
      isAllDay: input.isAllDay ?? false,
      startMs,
      endMs,
      startZone: input.start.timeZone,
      endZone: input.end.timeZone,
      attendees: [],
      responses: new Map(),
      ...meeting,
      allowNewTimeProposals: input.allowNewTimeProposals ?? true,
      recurrence: input.recurrence ?? undefined,
      overrides: new Map(),
      copies: new Map(),
      createdMs: nowMs,
      modifiedMs: nowMs,
      version: 1,
    };
    toIanaZone(event.endZone);
    this.events.set(id, event);
    this.copies.set(id, { eventId: id, ownerId: organizer.id });
    this.own(organizer.id, id);
    if (txKey) this.byTransaction.set(txKey, id);
    this.setAttendees(event, input.attendees ?? [], findPerson);
    return event;
  }

  /** Replaces the attendee list: new people get a copy (the invite), removed ones lose theirs. */
  setAttendees(
    event: StoredEvent,
    attendees: { emailAddress: { address: string; name?: string }; type: StoredAttendee['type'] }[],
    findPerson: (address: string) => EmulatorPerson | undefined,
  ): void {
    const next: StoredAttendee[] = [];
    const seen = new Set<string>();
    for (const a of attendees) {
      const key = a.emailAddress.address.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const person = findPerson(a.emailAddress.address);
      const name = a.emailAddress.name ?? person?.displayName ?? a.emailAddress.address;
      next.push({
        address: person?.mail ?? a.emailAddress.address,
        name,
        type: a.type,
        personId: person?.id,
      });
    }
    const keep = new Set(
      next.flatMap((a) => (a.personId && a.personId !== event.organizerId ? [a.personId] : [])),
    );
    for (const [personId, copyId] of event.copies) {
      if (keep.has(personId)) continue;
      event.copies.delete(personId);
      this.copies.delete(copyId);
      this.byOwner.get(personId)?.delete(event.id);
    }
    for (const personId of keep) {
      if (event.copies.has(personId)) continue;
      const copyId = newId();
      event.copies.set(personId, copyId);
      this.copies.set(copyId, { eventId: event.id, ownerId: personId });
      this.own(personId, event.id);
    }
    event.attendees = next;
  }

  /** Removes a whole meeting from the organizer's and every attendee's calendar. */
  deleteEvent(event: StoredEvent): void {
    this.events.delete(event.id);
    this.copies.delete(event.id);
    this.byOwner.get(event.organizerId)?.delete(event.id);
    for (const [personId, copyId] of event.copies) {
      this.copies.delete(copyId);
      this.byOwner.get(personId)?.delete(event.id);
    }
  }

  /** Finds an event, occurrence or exception id in `ownerId`'s mailbox; 404 ErrorItemNotFound otherwise. */
  resolve(ownerId: string, id: string): ResolvedEvent {
    const occ = parseOccurrenceId(id);
    const copyId = occ?.copyId ?? id;
    const copy = this.copies.get(copyId);
    const event = copy ? this.events.get(copy.eventId) : undefined;
    if (!copy || !event || copy.ownerId !== ownerId) throw notFound();
    const resolved: ResolvedEvent = { event, ownerId, copyId, isOrganizer: ownerId === event.organizerId };
    if (!occ) return resolved;
    if (!event.recurrence) throw notFound();
    const occurrence = occurrences(event, occ.originalStartMs + 1).find(
      (o) => o.originalStartMs === occ.originalStartMs,
    );
    if (!occurrence) throw notFound();
    return { ...resolved, occurrence };
  }

  /** Copy id of `event` in `ownerId`'s mailbox. */
  copyIdFor(event: StoredEvent, ownerId: string): string {
    return ownerId === event.organizerId ? event.id : (event.copies.get(ownerId) ?? event.id);
  }

  /** Events on `ownerId`'s calendar, organized or invited. */
  eventsOf(ownerId: string): StoredEvent[] {
    return [...(this.byOwner.get(ownerId) ?? [])].flatMap((id) => this.events.get(id) ?? []);
  }

  /** Everything on the person's calendar in the window: background items and stored events as they block time. */
  itemsFor(person: EmulatorPerson, fromMs: number, toMs: number): CalendarItem[] {
    const stored = this.eventsOf(person.id).flatMap((event) =>
      occurrencesBetween(event, fromMs, toMs).flatMap((o) => {
        const showAs = showAsFor(event, person, o);
        if (!showAs) return [];
        return [
          {
            id: event.id,
            startMs: o.startMs,
            endMs: o.endMs,
            showAs,
            subject: o.override?.subject ?? event.subject,
            location: o.override?.location ?? event.location,
            isPrivate: event.sensitivity === 'private',
            isRecurring: !!event.recurrence,
            isException: isException(o),
            isAllDay: event.isAllDay,
            background: false,
          } satisfies CalendarItem,
        ];
      }),
    );
    return [...this.backgroundFor(person, fromMs, toMs), ...stored].sort((a, b) => a.startMs - b.startMs);
  }

  /** The person's generated calendar as it looks at the store's clock; nothing when it is switched off. */
  backgroundFor(person: EmulatorPerson, fromMs: number, toMs: number): CalendarItem[] {
    if (person.generatedCalendar === false) return [];
    return backgroundItems(person, this.seed, fromMs, toMs, this.asOf?.());
  }

  private own(personId: string, eventId: string): void {
    let set = this.byOwner.get(personId);
    if (!set) {
      set = new Set();
      this.byOwner.set(personId, set);
    }
    set.add(eventId);
  }
}

/**
 * How an occurrence blocks the owner's time: the organizer's copy as set; an attendee's accepted copy as set,
 * an unanswered or tentative one as tentative (as Outlook places new invites), a declined one not at all.
 */
export function showAsFor(event: StoredEvent, owner: EmulatorPerson, o: Occurrence): ShowAs | undefined {
  const showAs = o.override?.showAs ?? event.showAs;
  if (owner.id === event.organizerId) return showAs;
  const { response } = responseFor(event, owner.mail, o);
  if (response === 'declined') return undefined;
  if (response === 'accepted' || showAs === 'free') return showAs;
  return 'tentative';
}

/**
 * The Teams meeting of a new or patched event. Outlook creates one only when the organizer's calendar allows the
 * provider (calendar.allowedOnlineMeetingProviders); otherwise the event is still created, as a plain meeting with
 * isOnlineMeeting false and no join URL.
 */
export function onlineMeetingFor(
  organizer: EmulatorPerson,
  eventId: string,
  requested: boolean | undefined,
  provider: string | undefined,
): Pick<StoredEvent, 'isOnlineMeeting' | 'onlineMeetingProvider' | 'joinUrl'> {
  const wanted = provider ?? 'teamsForBusiness';
  const allowed = organizer.allowedOnlineMeetingProviders ?? ['teamsForBusiness'];
  if (requested !== true || !allowed.includes(wanted))
    return { isOnlineMeeting: false, onlineMeetingProvider: 'unknown', joinUrl: undefined };
  return { isOnlineMeeting: true, onlineMeetingProvider: wanted, joinUrl: joinUrlFor(eventId) };
}

export function joinUrlFor(id: string): string {
  const thread = `19:meeting_${Buffer.from(id).toString('base64url').slice(0, 40)}@thread.v2`;
  return `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(thread)}/0`;
}

function notFound(): GraphError {
  return new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
}
