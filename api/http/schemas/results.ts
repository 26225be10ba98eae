import { z } from 'zod';

/** `:id` of a cohort. */
export const CohortResultsParams = z.object({ id: z.uuid('must be a cohort id') });

/** A figure, or withheld because it covers fewer than 5 people. */
export const GuardedFigureResponse = z.union([
  z.object({ value: z.number(), people: z.number().int() }),
  z.object({ value: z.null(), withheld: z.literal('fewer than 5 people') }),
]);

/** Sessions held per cohort week, or withheld with sessionsHeld. */
export const WeeklySessionsResponse = z.union([
  z.object({
    value: z.array(z.object({ weekStart: z.iso.date(), held: z.number().int() })),
    people: z.number().int(),
  }),
  z.object({ value: z.null(), withheld: z.literal('fewer than 5 people') }),
]);

/** Ratings per score 1–5, withheld as a whole when fewer than 5 people rated. */
export const FeedbackDistributionResponse = z.union([
  z.object({
    value: z.object({
      1: z.number().int(),
      2: z.number().int(),
      3: z.number().int(),
      4: z.number().int(),
      5: z.number().int(),
    }),
    people: z.number().int(),
  }),
  z.object({ value: z.null(), withheld: z.literal('fewer than 5 people') }),
]);

/** `GET /api/cohorts/{id}/results`: aggregates for program owners. */
export const CohortResultsResponse = z.object({
  cohortId: z.uuid(),
  members: z.number().int(),
  sessionsHeld: GuardedFigureResponse,
  sessionsHeldByWeek: WeeklySessionsResponse,
  attendanceRate: GuardedFigureResponse,
  inviteAcceptanceRate: GuardedFigureResponse,
  checkoutsCaptured: GuardedFigureResponse,
  commitmentsMade: GuardedFigureResponse,
  commitmentsFollowedThrough: GuardedFigureResponse,
  /** Done or partly done, of the commitments reported on at a later check-in, 0–1. */
  followThroughRate: GuardedFigureResponse,
  feedbackAverage: GuardedFigureResponse,
  feedbackDistribution: FeedbackDistributionResponse,
  podsCompleted: GuardedFigureResponse,
});
export type CohortResultsView = z.infer<typeof CohortResultsResponse>;
