/** A member's report on their previous commitment at check-in. */
export type FollowUpStatus = 'done' | 'partly' | 'not_done';
export type CommitmentStatus = 'open' | FollowUpStatus;

/** How a member shows up to a session, and their report on last session's commitment. */
export interface Checkin {
  sessionId: string;
  personId: string;
  /** May be empty. */
  mood: string;
  /** Null when they had no commitment to report on. */
  commitmentStatus: FollowUpStatus | null;
  note: string | null;
  /** Epoch ms. */
  createdAt: number;
}

/** A member's one insight and one commitment from a session. */
export interface Checkout {
  sessionId: string;
  personId: string;
  insight: string;
  commitment: string;
  /** The insight may appear in the program channel's summary. */
  insightShareable: boolean;
  /** The member's name may appear next to a shared insight. */
  showName: boolean;
  /** Epoch ms. */
  createdAt: number;
  /** Epoch ms. */
  updatedAt: number;
}

/** A commitment made at a check-out, followed up at the pod's next check-in. */
export interface Commitment {
  id: string;
  podId: string;
  personId: string;
  /** The session whose check-out made it. */
  fromSessionId: string;
  text: string;
  status: CommitmentStatus;
  /** Epoch ms. */
  followedUpAt: number | null;
}

/** A member's rating of a closed session. */
export interface Feedback {
  sessionId: string;
  personId: string;
  /** 1–5. */
  rating: number;
  comment: string | null;
  /** Epoch ms. */
  createdAt: number;
}
