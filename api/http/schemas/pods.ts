import { z } from 'zod';

/** `POST /api/cohorts/{id}/pod-proposals`: a seed makes a different (still deterministic) proposal. */
export const ProposePodsBody = z
  .object({
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .optional(),
  })
  .strict();

const Force = z.boolean().default(false);

/**
 * `POST /api/cohorts/{id}/pod-proposals/changes`: swap two members, or move one into another pod (by pod id).
 * A change that breaks a hard rule is refused with 422 unless `force` is true.
 */
export const PodChangeBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('swap'), a: z.string().min(1), b: z.string().min(1), force: Force }).strict(),
  z
    .object({
      kind: z.literal('move'),
      person: z.string().min(1),
      toPod: z.uuid('expected a pod id'),
      force: Force,
    })
    .strict(),
]);

export const RuleViolationView = z.object({
  rule: z.string(),
  people: z.array(z.object({ id: z.string(), displayName: z.string() })),
  why: z.string(),
});

export const PodFitView = z.object({
  weeklyOverlapMinutes: z.number(),
  longestCommonWindowMinutes: z.number(),
  levelSpread: z.number(),
  departments: z.array(z.string()),
  sharedGoals: z.array(z.string()),
  sharedInterests: z.array(z.string()),
  timeZones: z.array(z.string()),
  repeatedPairs: z.number(),
  score: z.number(),
  notes: z.array(z.string()),
});

export const ProposedPodView = z.object({
  id: z.string(),
  name: z.string(),
  members: z.array(z.object({ id: z.string(), displayName: z.string(), department: z.string().nullable() })),
  fit: PodFitView,
  published: z.boolean(),
});

export const PodProposalResponse = z.object({
  cohortId: z.string(),
  status: z.string(),
  pods: z.array(ProposedPodView),
  unmet: z.array(RuleViolationView),
  objective: z.number(),
  seed: z.number(),
});

/** A change's answer: the re-checked proposal and the hard-rule breaches the change brought in. */
export const PodChangeResponse = PodProposalResponse.extend({
  introduced: z.array(RuleViolationView),
  /** Pods the change touched, after it. */
  changedPods: z.array(z.string()),
});

export type PodChangeRequest = z.infer<typeof PodChangeBody>;
export type PodProposalView = z.infer<typeof PodProposalResponse>;
export type RuleViolation = z.infer<typeof RuleViolationView>;
export type PodChangeView = z.infer<typeof PodChangeResponse>;

/** One member of a pod as the people cache knows them. */
export const PodMemberView = z.object({
  id: z.string(),
  displayName: z.string(),
  jobTitle: z.string().nullable(),
  department: z.string().nullable(),
  /** IANA zone, or null before their mailbox settings were read. */
  timeZone: z.string().nullable(),
});

/** `GET /api/pods/{id}`: the pod and its members in pod order, for its members and the program's owners. */
export const PodResponse = z.object({
  id: z.string(),
  name: z.string(),
  cohortId: z.string(),
  members: z.array(PodMemberView),
});

export type PodView = z.infer<typeof PodResponse>;
