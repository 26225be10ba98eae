import { z } from 'zod';

/** `:id` of a cohort. */
export const CohortResultsParams = z.object({ id: z.uuid('must be a cohort id') });

/** A figure, or withheld because it covers fewer than 5 people. */
export const GuardedFigureResponse = z.union([
  z.object({ value: z.number(), people: z.number().int() }),
  z.object({ value: z.null(), withheld: z.literal('fewer than 5 people') }),
]);

/** `GET /api/cohorts/{id}/results`: aggregates for program owners. */
export const CohortResultsResponse = z.object({
  cohortId: z.uuid(),
  members: z.number().int(),
  sessionsHeld: GuardedFigureResponse,
  attendanceRate: GuardedFigureResponse,
  inviteAcceptanceRate: GuardedFigureResponse,
  checkoutsCaptured: GuardedFigureResponse,
  commitmentsMade: GuardedFigureResponse,
  commitmentsFollowedThrough: GuardedFigureResponse,
  feedbackAverage: GuardedFigureResponse,
  podsCompleted: GuardedFigureResponse,
});
export type CohortResultsView = z.infer<typeof CohortResultsResponse>;
