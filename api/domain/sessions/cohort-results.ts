import { guardFigure, type GuardedFigure } from './privacy-threshold';
import {
  countHeldByWeek,
  distributeFeedback,
  followThroughRate,
  type FeedbackDistribution,
  type WeekCount,
} from './results-over-time';

export interface ResultsPod {
  id: string;
  memberIds: readonly string[];
}

export interface ResultsSession {
  id: string;
  podId: string;
  /** Epoch ms. */
  startsAt: number;
  /** Epoch ms. */
  endsAt: number;
  cancelled: boolean;
  closed: boolean;
}

export type InviteResponse =
  'accepted' | 'tentativelyAccepted' | 'declined' | 'notResponded' | 'none' | 'organizer';

export interface ResultsInput {
  /** Epoch ms. */
  now: number;
  /** The cohort's first day, 'YYYY-MM-DD': weeks over time count from it. */
  startDate: string;
  /** Sessions per pod in the cohort (N). */
  sessionCount: number;
  pods: readonly ResultsPod[];
  sessions: readonly ResultsSession[];
  checkins: readonly { sessionId: string; personId: string }[];
  checkouts: readonly { sessionId: string; personId: string }[];
  commitments: readonly { personId: string; status: 'open' | 'done' | 'partly' | 'not_done' }[];
  feedback: readonly { personId: string; rating: number }[];
  /** Members' answers to each session's invite, from the organizer's calendar; empty when unknown. */
  inviteResponses: readonly { sessionId: string; personId: string; response: InviteResponse }[];
}

/** Program results for owners: aggregates only, each withheld when it covers fewer than 5 people. */
export interface CohortResults {
  members: number;
  sessionsHeld: GuardedFigure<number>;
  /**
   * Sessions held per cohort week. The weeks add up to sessionsHeld, so the series is shown or withheld with it,
   * on the same people; a week's count of sessions says nothing about any one person.
   */
  sessionsHeldByWeek: GuardedFigure<WeekCount[]>;
  /** Share of expected member-sessions attended (checked in or out), 0–1. */
  attendanceRate: GuardedFigure<number>;
  /** Share of invites to held sessions that were accepted or tentatively accepted, 0–1. */
  inviteAcceptanceRate: GuardedFigure<number>;
  checkoutsCaptured: GuardedFigure<number>;
  commitmentsMade: GuardedFigure<number>;
  /** Commitments reported done or partly done at a later check-in. */
  commitmentsFollowedThrough: GuardedFigure<number>;
  /** Share of commitments reported on at a later check-in that were done or partly done, 0–1. */
  followThroughRate: GuardedFigure<number>;
  feedbackAverage: GuardedFigure<number>;
  /** Ratings per score 1–5, withheld as a whole when fewer than 5 people rated. */
  feedbackDistribution: GuardedFigure<FeedbackDistribution>;
  /** Pods that held every session of the commitment. */
  podsCompleted: GuardedFigure<number>;
}

/** Figures for a cohort from its raw session records; every figure is guarded by the group-size threshold. */
export function computeCohortResults(input: ResultsInput): CohortResults {
  const membersOf = new Map(input.pods.map((pod) => [pod.id, pod.memberIds]));
  const attendedBy = new Map<string, Set<string>>();
  for (const record of [...input.checkins, ...input.checkouts]) {
    const set = attendedBy.get(record.sessionId) ?? new Set<string>();
    set.add(record.personId);
    attendedBy.set(record.sessionId, set);
  }
  const held = input.sessions.filter(
    (s) => !s.cancelled && (s.closed || (s.endsAt <= input.now && (attendedBy.get(s.id)?.size ?? 0) > 0)),
  );
  const heldIds = new Set(held.map((s) => s.id));
  const peopleIn = (sessions: readonly ResultsSession[]) =>
    new Set(sessions.flatMap((s) => [...(membersOf.get(s.podId) ?? [])]));
  const heldPeople = peopleIn(held);

  let expected = 0;
  let attended = 0;
  for (const s of held) {
    const members = membersOf.get(s.podId) ?? [];
    expected += members.length;
    attended += members.filter((id) => attendedBy.get(s.id)?.has(id)).length;
  }
  const responses = input.inviteResponses.filter(
    (r) => heldIds.has(r.sessionId) && r.response !== 'organizer',
  );
  const accepted = responses.filter(
    (r) => r.response === 'accepted' || r.response === 'tentativelyAccepted',
  ).length;

  const checkouts = input.checkouts;
  const distinct = (ids: readonly string[]) => new Set(ids).size;
  const followed = input.commitments.filter((c) => c.status === 'done' || c.status === 'partly');
  const ratings = input.feedback.map((f) => f.rating);
  const completed = input.pods.filter(
    (pod) => held.filter((s) => s.podId === pod.id).length >= input.sessionCount,
  );
  const allMembers = distinct(input.pods.flatMap((pod) => [...pod.memberIds]));

  return {
    members: allMembers,
    sessionsHeld: guardFigure(held.length, heldPeople.size),
    sessionsHeldByWeek: guardFigure(
      countHeldByWeek(
        input.startDate,
        held.map((s) => s.startsAt),
      ),
      heldPeople.size,
    ),
    attendanceRate: guardFigure(expected === 0 ? 0 : round(attended / expected), heldPeople.size),
    inviteAcceptanceRate: guardFigure(
      responses.length === 0 ? 0 : round(accepted / responses.length),
      distinct(responses.map((r) => r.personId)),
    ),
    checkoutsCaptured: guardFigure(checkouts.length, distinct(checkouts.map((c) => c.personId))),
    commitmentsMade: guardFigure(
      input.commitments.length,
      distinct(input.commitments.map((c) => c.personId)),
    ),
    commitmentsFollowedThrough: guardFigure(
      followed.length,
      distinct(input.commitments.map((c) => c.personId)),
    ),
    followThroughRate: followThroughRate(input.commitments),
    feedbackAverage: guardFigure(
      ratings.length === 0 ? 0 : round(ratings.reduce((a, b) => a + b, 0) / ratings.length),
      distinct(input.feedback.map((f) => f.personId)),
    ),
    feedbackDistribution: distributeFeedback(input.feedback),
    podsCompleted: guardFigure(completed.length, allMembers),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
