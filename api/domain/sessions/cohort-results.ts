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

export interface ResultsOccurrence {
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
  occurrences: readonly ResultsOccurrence[];
  checkins: readonly { occurrenceId: string; personId: string }[];
  checkouts: readonly { occurrenceId: string; personId: string }[];
  commitments: readonly { personId: string; status: 'open' | 'done' | 'partly' | 'not_done' }[];
  feedback: readonly { personId: string; rating: number }[];
  /** Members' answers to each occurrence's invite, from the organizer's calendar; empty when unknown. */
  inviteResponses: readonly { occurrenceId: string; personId: string; response: InviteResponse }[];
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
    const set = attendedBy.get(record.occurrenceId) ?? new Set<string>();
    set.add(record.personId);
    attendedBy.set(record.occurrenceId, set);
  }
  const held = input.occurrences.filter(
    (o) => !o.cancelled && (o.closed || (o.endsAt <= input.now && (attendedBy.get(o.id)?.size ?? 0) > 0)),
  );
  const heldIds = new Set(held.map((o) => o.id));
  const peopleIn = (occurrences: readonly ResultsOccurrence[]) =>
    new Set(occurrences.flatMap((o) => [...(membersOf.get(o.podId) ?? [])]));
  const heldPeople = peopleIn(held);

  let expected = 0;
  let attended = 0;
  for (const o of held) {
    const members = membersOf.get(o.podId) ?? [];
    expected += members.length;
    attended += members.filter((id) => attendedBy.get(o.id)?.has(id)).length;
  }
  const responses = input.inviteResponses.filter(
    (r) => heldIds.has(r.occurrenceId) && r.response !== 'organizer',
  );
  const accepted = responses.filter(
    (r) => r.response === 'accepted' || r.response === 'tentativelyAccepted',
  ).length;

  const checkouts = input.checkouts;
  const distinct = (ids: readonly string[]) => new Set(ids).size;
  const followed = input.commitments.filter((c) => c.status === 'done' || c.status === 'partly');
  const ratings = input.feedback.map((f) => f.rating);
  const completed = input.pods.filter(
    (pod) => held.filter((o) => o.podId === pod.id).length >= input.sessionCount,
  );
  const allMembers = distinct(input.pods.flatMap((pod) => [...pod.memberIds]));

  return {
    members: allMembers,
    sessionsHeld: guardFigure(held.length, heldPeople.size),
    sessionsHeldByWeek: guardFigure(
      countHeldByWeek(
        input.startDate,
        held.map((o) => o.startsAt),
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
