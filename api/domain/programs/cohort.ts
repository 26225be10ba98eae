import { z } from 'zod';
import { defaultSessionMinutes, type Cadence } from '../sessions/session-plan';
import type { EligibilityRule } from './eligibility';

export type CohortStatus = 'enrolling' | 'proposed' | 'published' | 'scheduling' | 'running' | 'closed';
export type MatchingMode = 'cross-functional' | 'same-function';

/** A closed group of a program: fixed sessions on a cadence from a start date, pods of a size range. */
export interface Cohort {
  id: string;
  programId: string;
  name: string;
  /** 'YYYY-MM-DD'. */
  startDate: string;
  cadence: Cadence;
  sessionCount: number;
  /** The owner's session length; null: it follows the pod size. */
  sessionMinutes: number | null;
  podSizeMin: number;
  podSizeMax: number;
  matchingMode: MatchingMode;
  eligibility: EligibilityRule;
  status: CohortStatus;
  /** Epoch ms. */
  createdAt: number;
}

/** What an owner chooses when opening a cohort. */
export type NewCohortFields = Pick<
  Cohort,
  | 'name'
  | 'startDate'
  | 'cadence'
  | 'sessionCount'
  | 'podSizeMin'
  | 'podSizeMax'
  | 'matchingMode'
  | 'eligibility'
>;

/** Session length pod formation and the cohort's view use: the owner's, or the default of the largest pod. */
export function sessionMinutesOf(cohort: Pick<Cohort, 'sessionMinutes' | 'podSizeMax'>): number {
  return cohort.sessionMinutes ?? defaultSessionMinutes(cohort.podSizeMax);
}

/** Pods not yet published: enrollments and proposals may still change. */
export function isCohortOpen(status: string): boolean {
  return status === 'enrolling' || status === 'proposed';
}

/** A hard rule the current pods break, with the people involved and why. */
const ProposalViolation = z.object({
  rule: z.enum(['pod-size', 'reporting-chain', 'avoid', 'working-hours', 'left-out']),
  people: z.array(z.string()),
  why: z.string(),
});

/** The current pod proposal as a whole (the pods are their own rows): what it could not meet, its score, its seed. */
export const ProposalSummary = z.object({
  unmet: z.array(ProposalViolation),
  objective: z.number(),
  seed: z.number(),
});
export type ProposalSummary = z.infer<typeof ProposalSummary>;

/** Entry rules as a cohort stores them. */
export const EligibilityColumn = z
  .object({ minMonthsInRole: z.number().optional().catch(undefined) })
  .catch({}) satisfies z.ZodType<EligibilityRule>;
