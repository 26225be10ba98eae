import type { Series, SeriesSlot } from '../domain/scheduling/series';
import type { Session } from '../domain/sessions/session';
import type {
  Checkin,
  Checkout,
  Commitment,
  Feedback,
  FollowUpStatus,
} from '../domain/sessions/session-records';

/** What claims the booking of a pod's series. */
export interface SeriesReservation {
  podId: string;
  organizerId: string;
  transactionId: string;
  slot: SeriesSlot;
}

/** A series as Graph created it, to record: its event id, the slot with the join link, and its sessions' times. */
export interface BookedSeries {
  seriesEventId: string;
  slot: SeriesSlot;
  sessions: { seq: number; start: number; end: number }[];
}

/** Pods' booked (or booking) series. */
export interface SeriesRepository {
  /**
   * Claims the booking of a series before Graph is called. The transaction id is unique, so concurrent or retried
   * bookings of the same pod converge on one row; `created` is false when it already existed.
   */
  reserve(series: SeriesReservation): Promise<{ series: Series; created: boolean }>;
  /** The pod's current series: the newest that is not cancelled. */
  currentForPod(podId: string): Promise<Series | undefined>;
  /** Current series per pod, for many pods in one query. */
  currentForPods(podIds: readonly string[]): Promise<Map<string, Series>>;
  /** Sets a failed booking back to `booking` with a new slot; the transaction id and organizer stay. */
  retry(id: string, slot: SeriesSlot): Promise<Series | undefined>;
  /** Records the created series: sessions first (idempotent), then the state, so a crash leaves it `booking`. */
  markBooked(id: string, booked: BookedSeries): Promise<Series>;
  /** A `booking` row whose create Graph refused for good; the slot carries the reason. */
  markFailed(id: string, slot: SeriesSlot): Promise<void>;
}

/** The sessions of pods' series. */
export interface SessionRepository {
  get(id: string): Promise<Session | undefined>;
  /** A series' sessions in order. */
  listBySeries(seriesId: string): Promise<Session[]>;
  /** Sessions of the pods' series, earliest first. */
  listForPods(podIds: readonly string[]): Promise<Session[]>;
  /** Sessions (not cancelled) starting in [from, to), epoch ms. */
  listStarting(from: number, to: number): Promise<Session[]>;
  countInSeries(seriesId: string): Promise<number>;
  /** Records that one session now happens at another time, as its own Graph event. */
  move(
    seriesId: string,
    seq: number,
    move: { start: number; end: number; graphEventId: string },
  ): Promise<Session>;
  /** Closes a session once: a second close keeps the first closer and time. */
  close(id: string, by: string, at: number): Promise<{ closedBy: string; closedAt: number }>;
}

export type NewCheckin = Omit<Checkin, 'createdAt'>;

export interface CheckinRepository {
  /** Creates or replaces the member's check-in for the session. */
  save(checkin: NewCheckin): Promise<Checkin>;
  listBySessions(sessionIds: readonly string[]): Promise<Checkin[]>;
}

export type NewCheckout = Omit<Checkout, 'createdAt' | 'updatedAt'>;

export interface CheckoutRepository {
  /** Creates or replaces the member's check-out for the session at `at` (epoch ms). */
  save(checkout: NewCheckout, at: number): Promise<Checkout>;
  listBySessions(sessionIds: readonly string[]): Promise<Checkout[]>;
}

export type NewCommitment = Pick<Commitment, 'podId' | 'personId' | 'fromSessionId' | 'text'>;

export interface CommitmentRepository {
  /** One commitment per member per session: a check-out edit rewrites its text. */
  saveFromCheckout(commitment: NewCommitment): Promise<Commitment>;
  /** The member's commitment from the pod's latest session that started before `before` (epoch ms). */
  latestBefore(podId: string, personId: string, before: number): Promise<Commitment | undefined>;
  followUp(id: string, status: FollowUpStatus, at: number): Promise<void>;
  listByPods(podIds: readonly string[]): Promise<Commitment[]>;
}

export type NewFeedback = Omit<Feedback, 'createdAt'>;

export interface FeedbackRepository {
  /** Creates or replaces the member's rating of the session. */
  save(feedback: NewFeedback): Promise<Feedback>;
  listBySessions(sessionIds: readonly string[]): Promise<Feedback[]>;
}

export interface ChannelPostClaim {
  sessionId: string;
  teamId: string;
  channelId: string;
  postedBy: string;
}

export interface ChannelPost extends ChannelPostClaim {
  /** Null while claimed and not yet posted. */
  messageId: string | null;
}

/** The one summary post of each session; the claim is exclusive. */
export interface ChannelPostRepository {
  /** Claims the session's post; false when someone else already claimed (or made) it. */
  claim(claim: ChannelPostClaim, at: number): Promise<boolean>;
  recordPosted(sessionId: string, messageId: string, at: number): Promise<void>;
  /** Gives up a claim whose post failed, so a retry can post; a made post is never released. */
  release(sessionId: string): Promise<void>;
  get(sessionId: string): Promise<ChannelPost | undefined>;
}

export interface ConversationRef {
  conversationId: string;
  serviceUrl: string;
  /** `channel` (team install), `personal` (1:1 with `personId`) or `groupChat`. */
  kind: string;
  teamId: string | null;
  channelId: string | null;
  personId: string | null;
}

export interface TeamsUser {
  personId: string;
  /** Teams' `29:` id of the person, required to open a 1:1 conversation. */
  teamsUserId: string;
  serviceUrl: string;
}

/** Where the bot may send proactive messages, and the Teams identities it has seen. */
export interface ConversationRepository {
  save(ref: ConversationRef): Promise<void>;
  /** The person's 1:1 conversation with the bot, once it exists. */
  personalFor(personId: string): Promise<ConversationRef | undefined>;
  rememberTeamsUser(user: TeamsUser, at: number): Promise<void>;
  teamsUser(personId: string): Promise<TeamsUser | undefined>;
}

export type ReminderKind = 'before' | 'after';

/** Reminders already delivered, so a retried sweep never sends one twice. */
export interface ReminderRepository {
  wasSent(sessionId: string, personId: string, kind: ReminderKind): Promise<boolean>;
  markSent(sessionId: string, personId: string, kind: ReminderKind, at: number): Promise<void>;
}
