/** `moved`: one session moved off the series' pattern (an exception in Outlook). */
export type SessionState = 'scheduled' | 'moved' | 'cancelled' | 'held' | 'closed';

/** One meeting of a pod: what members see, check in to and out of, close and rate. */
export interface Session {
  id: string;
  /** The series it belongs to. */
  seriesId: string;
  podId: string;
  /** 1-based position in the series. */
  seq: number;
  /** Epoch ms. */
  startsAt: number;
  /** Epoch ms. */
  endsAt: number;
  /** Graph id of the session's own event once it moved (an exception); null while it follows the series. */
  graphEventId: string | null;
  state: SessionState;
  closedBy: string | null;
  /** Epoch ms; null while open. */
  closedAt: number | null;
}
