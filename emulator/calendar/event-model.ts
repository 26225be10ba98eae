import type { ShowAs } from './calendar-item';
import type { PatternedRecurrence } from './recurrence';

/** Graph's responseType. */
export type ResponseType =
  'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';

export interface ResponseState {
  response: ResponseType;
  timeMs: number | null;
}

export interface StoredAttendee {
  address: string;
  name: string;
  type: 'required' | 'optional' | 'resource';
  /** Set when the address belongs to a person of the organization: that person gets a copy (the invite). */
  personId?: string;
}

/** Fields an occurrence can override; set ones make it an exception. */
export interface OccurrenceOverride {
  subject?: string;
  body?: { contentType: string; content: string };
  location?: string;
  showAs?: ShowAs;
  startMs?: number;
  endMs?: number;
  cancelled?: boolean;
  /** Per-attendee responses to this occurrence only, by lower-case address. */
  responses: Map<string, ResponseState>;
  modifiedMs: number;
}

/** A meeting as the organizer owns it; attendee copies are views of it. */
export interface StoredEvent {
  id: string;
  iCalUId: string;
  organizerId: string;
  organizer: { name: string; address: string };
  transactionId?: string;
  /** Single-value extended properties stamped on the organizer's item, by canonical key. */
  extendedProperties: Map<string, { id: string; value: string }>;
  subject: string;
  body: { contentType: string; content: string };
  location: string;
  showAs: ShowAs;
  importance: string;
  sensitivity: string;
  categories: string[];
  isAllDay: boolean;
  startMs: number;
  endMs: number;
  startZone: string;
  endZone: string;
  attendees: StoredAttendee[];
  /** Series-wide responses by lower-case address. */
  responses: Map<string, ResponseState>;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  joinUrl?: string;
  allowNewTimeProposals: boolean;
  recurrence?: PatternedRecurrence;
  /** Exceptions and cancellations by occurrence index. */
  overrides: Map<number, OccurrenceOverride>;
  /** Attendee copy ids by person id. */
  copies: Map<string, string>;
  createdMs: number;
  modifiedMs: number;
  version: number;
}

/** One occurrence of a series, or the single instance of a plain event. */
export interface Occurrence {
  index: number;
  originalStartMs: number;
  startMs: number;
  endMs: number;
  override?: OccurrenceOverride;
}
