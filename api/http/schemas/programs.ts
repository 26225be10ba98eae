import { z } from 'zod';
import { sessionLengthProblem } from '../../domain/sessions/session-length';

const PersonId = z.string().trim().min(1).max(200);

/** A Teams channel by team and channel id. */
export const ChannelRefBody = z.object({
  teamId: z.string().min(1).max(200),
  channelId: z.string().min(1).max(200),
});

/** Relative weights of the soft matching rules; each 0..10, unset ones keep their default. */
export const PodWeightsBody = z
  .object({
    level: z.number().min(0).max(10),
    function: z.number().min(0).max(10),
    shared: z.number().min(0).max(10),
    timeZone: z.number().min(0).max(10),
    repeat: z.number().min(0).max(10),
  })
  .partial()
  .strict();

/** `POST /api/programs`. */
export const CreateProgramBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    goal: z.string().trim().min(1).max(1000),
    /** Further owners besides the creator, by Entra object id. */
    coOwnerIds: z.array(PersonId).max(20).default([]),
    summaryChannel: ChannelRefBody.nullable().default(null),
    weights: PodWeightsBody.default({}),
  })
  .strict();

/** `PATCH /api/programs/{id}`: only the fields given change; `summaryChannel: null` unbinds the channel. */
export const UpdateProgramBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    goal: z.string().trim().min(1).max(1000),
    summaryChannel: ChannelRefBody.nullable(),
  })
  .partial()
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'name, goal or summaryChannel is required' });

/** `POST /api/programs/{id}/owners`. */
export const AddOwnersBody = z.object({ ownerIds: z.array(PersonId).min(1).max(20) }).strict();

export const ResourceIdParams = z.object({ id: z.uuid('expected a uuid') });

export const ProgramResponse = z.object({
  id: z.string(),
  name: z.string(),
  goal: z.string(),
  ownerIds: z.array(z.string()),
  summaryChannel: ChannelRefBody.nullable(),
  weights: PodWeightsBody,
  createdBy: z.string(),
  createdAt: z.string(),
});

export const ProgramListResponse = z.object({ value: z.array(ProgramResponse) });

export const CadenceBody = z.enum(['weekly', 'biweekly']);
export const MatchingModeBody = z.enum(['cross-functional', 'same-function']);
const IsoDate = z.iso.date('expected a date YYYY-MM-DD');

/** `POST /api/programs/{id}/cohorts`: a closed cohort; unset fields take the product's defaults. */
export const CreateCohortBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    startDate: IsoDate,
    cadence: CadenceBody.default('biweekly'),
    sessionCount: z.number().int().min(1).max(52).default(6),
    /** Minutes per session; unset, it follows the pod size (check-in, a hot seat each, check-out). */
    sessionMinutes: z.number().int().min(30).max(480).optional(),
    podSizeMin: z.number().int().min(2).max(4).default(3),
    podSizeMax: z.number().int().min(2).max(4).default(4),
    matchingMode: MatchingModeBody.default('cross-functional'),
    eligibility: z
      .object({ minMonthsInRole: z.number().int().min(1).max(600).optional() })
      .strict()
      .default({}),
  })
  .strict()
  .refine((c) => c.podSizeMin <= c.podSizeMax, {
    path: ['podSizeMin'],
    message: 'podSizeMin must not exceed podSizeMax',
  })
  .superRefine((c, ctx) => {
    // One length serves every pod of the cohort, so it must hold the largest one's agenda.
    const problem =
      c.sessionMinutes === undefined ? undefined : sessionLengthProblem(c.sessionMinutes, c.podSizeMax);
    if (problem) ctx.addIssue({ code: 'custom', path: ['sessionMinutes'], message: problem });
  });

export const CohortResponse = z.object({
  id: z.string(),
  programId: z.string(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  cadence: CadenceBody,
  sessionCount: z.number(),
  /** Minutes per session for the largest pod; `sessionMinutesSet` says whether the owner chose it. */
  sessionMinutes: z.number(),
  sessionMinutesSet: z.boolean(),
  podSizeMin: z.number(),
  podSizeMax: z.number(),
  matchingMode: MatchingModeBody,
  eligibility: z.object({ minMonthsInRole: z.number().optional() }),
  status: z.string(),
  /** Active enrollments. */
  enrolled: z.number(),
});

export type CreateProgram = z.infer<typeof CreateProgramBody>;
export type UpdateProgram = z.infer<typeof UpdateProgramBody>;
export type CreateCohort = z.infer<typeof CreateCohortBody>;
export type ProgramView = z.infer<typeof ProgramResponse>;
export type CohortView = z.infer<typeof CohortResponse>;

/** `GET /api/programs/{id}`: the program with its cohorts. */
export const ProgramDetailResponse = ProgramResponse.extend({ cohorts: CohortResponse.array() });
export type ProgramDetailView = z.infer<typeof ProgramDetailResponse>;
export type ProgramListView = z.infer<typeof ProgramListResponse>;
