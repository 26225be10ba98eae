import { z } from 'zod';

/** Free text from a member: trimmed, never empty, bounded. */
const memberText = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const INSIGHT_MAX = 500;
export const COMMITMENT_MAX = 300;
export const NOTE_MAX = 500;
export const COMMENT_MAX = 1000;

/** `:id` of a session (one meeting of a pod). */
export const SessionIdParams = z.object({ id: z.uuid('must be a session id') });

export const FollowUpStatusBody = z.enum(['done', 'partly', 'not_done']);

/** `PUT /api/sessions/{id}/check-in`. */
export const CheckInBody = z.strictObject({
  /** How the member is showing up today. */
  mood: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  /** Their report on last session's commitment; required when they made one. */
  commitmentStatus: FollowUpStatusBody.optional(),
  note: memberText(NOTE_MAX).optional(),
});
export type CheckInInput = z.infer<typeof CheckInBody>;

/** `PUT /api/sessions/{id}/check-out`, and the message extension's check-out form. */
export const CheckOutBody = z.strictObject({
  insight: memberText(INSIGHT_MAX),
  commitment: memberText(COMMITMENT_MAX),
  /** The insight may appear in the program channel's summary. Off unless the member turns it on. */
  shareable: z.boolean().default(false),
  /** Show the member's name next to a shared insight; otherwise it is anonymous. */
  showName: z.boolean().default(false),
});
export type CheckOutInput = z.infer<typeof CheckOutBody>;

/** `PUT /api/sessions/{id}/feedback`. */
export const FeedbackBody = z.strictObject({
  rating: z.int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  comment: memberText(COMMENT_MAX).optional(),
});
export type FeedbackInput = z.infer<typeof FeedbackBody>;

export const CheckOutResponse = z.object({
  sessionId: z.uuid(),
  personId: z.string(),
  insight: z.string(),
  commitment: z.string(),
  shareable: z.boolean(),
  showName: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type CheckOutView = z.infer<typeof CheckOutResponse>;

export const CheckInResponse = z.object({
  sessionId: z.uuid(),
  personId: z.string(),
  mood: z.string(),
  commitmentStatus: FollowUpStatusBody.nullable(),
  note: z.string().nullable(),
  /** The commitment reported on, from the pod's previous session. */
  commitment: z.object({ id: z.uuid(), text: z.string(), status: z.string() }).nullable(),
});
export type CheckInView = z.infer<typeof CheckInResponse>;

/** `GET /api/sessions/{id}/notes`: check-ins and check-outs, for the pod's members only. */
export const SessionNotesResponse = z.object({
  sessionId: z.uuid(),
  closed: z.boolean(),
  checkIns: z.array(CheckInResponse.omit({ commitment: true })),
  checkOuts: z.array(CheckOutResponse),
});
export type SessionNotes = z.infer<typeof SessionNotesResponse>;

export const CloseSessionResponse = z.object({
  sessionId: z.uuid(),
  closedAt: z.iso.datetime(),
  closedBy: z.string(),
  /** `posted` now, `already` by an earlier close, `no-channel` when the program has none, `in-progress` elsewhere. */
  summary: z.enum(['posted', 'already', 'no-channel', 'in-progress']),
  messageId: z.string().nullable(),
});
export type CloseSessionResult = z.infer<typeof CloseSessionResponse>;

/** The pod's view of feedback: an average, never another member's rating or comment. */
export const SessionFeedbackResponse = z.object({
  sessionId: z.uuid(),
  ratings: z.number().int(),
  average: z.number().nullable(),
  mine: z.object({ rating: z.number().int(), comment: z.string().nullable() }).nullable(),
});
export type SessionFeedback = z.infer<typeof SessionFeedbackResponse>;

/** `GET /api/sessions/{id}/agenda`: the run sheet, and the same agenda as the invite's HTML body. */
export const SessionAgendaResponse = z.object({
  sessionId: z.uuid(),
  podName: z.string(),
  seq: z.number().int(),
  count: z.number().int(),
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  items: z.array(
    z.object({
      kind: z.enum(['check-in', 'hot-seat', 'check-out', 'buffer']),
      offsetMinutes: z.number().int(),
      minutes: z.number().int(),
      title: z.string(),
      memberId: z.string().optional(),
      prompts: z.array(z.string()),
      technique: z.object({ id: z.string(), name: z.string(), prompt: z.string() }).optional(),
    }),
  ),
  openCommitments: z.array(z.object({ memberId: z.string(), text: z.string() })),
  html: z.string(),
});
export type SessionAgendaView = z.infer<typeof SessionAgendaResponse>;

/** An Adaptive Card toggle: "true"/"false" strings, or a boolean. */
const CardToggle = z
  .union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')])
  .default(false);

/** The message extension's check-out form as Teams submits it (`composeExtension/submitAction` data). */
export const CheckOutSubmission = z.object({
  sessionId: z.uuid('choose a session'),
  insight: memberText(INSIGHT_MAX),
  commitment: memberText(COMMITMENT_MAX),
  shareable: CardToggle,
  showName: CardToggle,
});
export type CheckOutSubmissionInput = z.infer<typeof CheckOutSubmission>;
