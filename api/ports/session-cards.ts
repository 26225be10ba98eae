import type { SessionSummary } from '../domain/sessions/session-summary';

/** A session as a card heads it: "Pod 3: session 2 of 6", starting at `startsAt` (epoch ms). */
export interface SessionHeading {
  podName: string;
  seq: number;
  count: number;
  startsAt: number;
}

/** The Adaptive Cards the session loop sends; the Teams adapter renders them, the use cases only choose them. */
export interface SessionCards {
  /** Posted to the program's channel when a pod closes a session: shareable insights only. */
  summary(summary: SessionSummary): object;
  /** Sent to a member before a session, with the commitment they will report on at check-in. */
  beforeSession(session: SessionHeading, commitment: string | null): object;
  /** Sent after a session to a member who has not checked out yet. */
  afterSession(session: SessionHeading): object;
}
