import { z } from 'zod';

const Weekday = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const HhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected "HH:MM"');
const IsoDate = z.iso.date('expected a date as YYYY-MM-DD');
const Cadence = z.enum(['weekly', 'biweekly']);
const Instant = z.iso.datetime({ offset: true });

/** `:id` of a pod. */
export const PodIdParams = z.object({ id: z.uuid('must be a pod id') });
/** `:id` of a cohort. */
export const CohortIdParams = z.object({ id: z.uuid('must be a cohort id') });
/** `:id` of a job run. */
export const JobIdParams = z.object({ id: z.uuid('must be a job id') });
/** `/pods/:id/sessions/:date/move`: the date of the session in the series' zone. */
export const SessionDateParams = z.object({ id: z.uuid('must be a pod id'), date: IsoDate });

const SearchOverrideFields = {
  /** Session length, within the program's bounds. */
  durationMinutes: z.number().int().min(15).max(480).optional(),
  /** The first session is on or after this date. */
  earliestDate: IsoDate.optional(),
  cadence: Cadence.optional(),
  count: z
    .number()
    .int()
    .min(1, 'a cohort has at least 1 session')
    .max(26, 'a cohort has at most 26 sessions')
    .optional(),
};

/** `POST /api/pods/{id}/slot-search`: optional overrides of the cohort's settings. */
export const SlotSearchBody = z.strictObject(SearchOverrideFields);
export type SlotSearchInputBody = z.infer<typeof SlotSearchBody>;

/** `POST /api/pods/{id}/sessions`: books the pod's series in a slot as the search returned it. */
export const BookSeriesBody = z.strictObject({
  weekday: Weekday,
  anchorStart: HhMm,
  firstDate: IsoDate,
  /** Keep this time even when more sessions conflict than the program allows; they are then listed for moving. */
  acceptConflicts: z.boolean().optional(),
  ...SearchOverrideFields,
});
export type BookSeriesInput = z.infer<typeof BookSeriesBody>;

/** `POST .../sessions/{date}/move`: proposals by default; `apply` with a proposed `start` moves the session. */
export const MoveSessionBody = z
  .strictObject({ apply: z.boolean().default(false), start: Instant.optional() })
  .refine((body) => !body.apply || body.start !== undefined, {
    message: 'start is required to apply a move',
    path: ['start'],
  });
export type MoveSessionInputBody = z.infer<typeof MoveSessionBody>;

const ConflictStatus = z.enum(['busy', 'tentative', 'oof']);

const SlotView = z.object({
  weekday: Weekday,
  anchorStart: HhMm,
  firstDate: IsoDate,
  timeZone: z.string(),
  memberLocal: z.array(
    z.object({
      memberId: z.string(),
      name: z.string(),
      /** Zone id: an IANA name, or `posix:…` for a mailbox's customTimeZone; show `zoneName`. */
      timeZone: z.string(),
      /** The zone as the member knows it: `Asia/Kolkata`, a customTimeZone's name, or "UTC+10/+11 (custom rules)". */
      zoneName: z.string(),
      weekday: Weekday,
      start: HhMm,
      variesAcrossDst: z.boolean(),
      /** The member's UTC offset at each session, e.g. "+11:00", in session order. */
      utcOffsets: z.array(z.string()),
    }),
  ),
  occurrences: z.array(
    z.object({
      seq: z.number().int(),
      date: IsoDate,
      start: Instant,
      end: Instant,
      conflicts: z.array(z.object({ memberId: z.string(), name: z.string(), status: ConflictStatus })),
    }),
  ),
  score: z.object({
    conflictedOccurrences: z.number().int(),
    tentativeOccurrences: z.number().int(),
    inconvenience: z.number(),
    worstMemberMinutesOutsideCore: z.number(),
    dstShiftingMembers: z.number().int(),
  }),
  why: z.array(z.string()),
});
export type SlotView = z.infer<typeof SlotView>;

const UnreadableView = z.object({ memberId: z.string(), name: z.string(), reason: z.string() });

/** Answer of a slot search: ranked weekly slots with every session's conflicts. */
export const SlotSearchResponse = z.object({
  podId: z.string(),
  organizerId: z.string(),
  timeZone: z.string(),
  /** The anchor zone as people know it. */
  timeZoneName: z.string(),
  settings: z.object({
    firstDate: IsoDate,
    cadence: Cadence,
    count: z.number().int(),
    durationMinutes: z.number().int(),
    maxConflicted: z.number().int(),
  }),
  feasible: z.boolean(),
  reason: z.string().optional(),
  unreadable: z.array(UnreadableView),
  slots: z.array(SlotView),
});
export type SlotSearchView = z.infer<typeof SlotSearchResponse>;

const SessionView = z.object({
  /** The session's id, as `/sessions/{id}` and `GET /api/sessions/{id}/agenda` take it. */
  id: z.string(),
  seq: z.number().int(),
  date: IsoDate,
  start: Instant,
  end: Instant,
  state: z.string(),
  /** UTC offset of the series' zone at this session, e.g. "+11:00". */
  utcOffset: z.string(),
});

/** A pod's series and sessions. */
export const PodSessionsResponse = z.object({
  podId: z.string(),
  series: z
    .object({
      id: z.string(),
      state: z.enum(['booking', 'booked', 'failed', 'cancelled']),
      organizerId: z.string(),
      seriesEventId: z.string().nullable(),
      joinUrl: z.string().nullable(),
      weekday: z.string(),
      anchorStart: HhMm,
      timeZone: z.string(),
      /** The series' zone as people know it (canonical IANA name or a customTimeZone's name). */
      timeZoneName: z.string(),
      cadence: Cadence,
      count: z.number().int(),
      durationMinutes: z.number().int(),
      reason: z.string().optional(),
    })
    .nullable(),
  sessions: z.array(SessionView),
  /** Set by booking: false when the series already existed. */
  created: z.boolean().optional(),
});
export type PodSessionsView = z.infer<typeof PodSessionsResponse>;

/** `POST /api/cohorts/{id}/schedule`. */
export const StartJobResponse = z.object({ jobId: z.string() });
export type StartJobView = z.infer<typeof StartJobResponse>;

const PodOutcome = z.enum(['booked', 'no-slot', 'failed', 'pending']);

/** `GET /api/jobs/{id}`: progress of a cohort scheduling run. */
export const JobProgressResponse = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(['queued', 'running', 'completed', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  failed: z.number().int(),
  noSlot: z.number().int(),
  pods: z.array(
    z.object({
      podId: z.string(),
      name: z.string(),
      outcome: PodOutcome,
      reason: z.string().optional(),
      slot: z
        .object({ weekday: z.string(), anchorStart: HhMm, firstDate: IsoDate, timeZone: z.string() })
        .optional(),
    }),
  ),
});
export type JobProgressView = z.infer<typeof JobProgressResponse>;

/** `GET /api/pods/{id}/sessions/conflicts`: what now stands in the way of each coming session. */
export const SessionConflictsResponse = z.object({
  podId: z.string(),
  timeZone: z.string(),
  sessions: z.array(
    SessionView.extend({
      conflicts: z.array(
        z.object({
          memberId: z.string(),
          name: z.string(),
          kind: z.enum(['declined', 'busy', 'tentative', 'oof']),
        }),
      ),
    }),
  ),
  unreadable: z.array(UnreadableView),
});
export type SessionConflictsView = z.infer<typeof SessionConflictsResponse>;

/** Proposals (or the applied move) for one session. */
export const MoveSessionResponse = z.object({
  podId: z.string(),
  session: SessionView,
  applied: z.boolean(),
  reason: z.string().optional(),
  proposals: z.array(
    z.object({
      start: Instant,
      end: Instant,
      date: IsoDate,
      weekday: Weekday,
      anchorStart: HhMm,
      dayShift: z.number().int(),
      memberLocal: z.array(
        z.object({
          memberId: z.string(),
          timeZone: z.string(),
          zoneName: z.string(),
          weekday: Weekday,
          start: HhMm,
          utcOffset: z.string(),
        }),
      ),
      why: z.array(z.string()),
    }),
  ),
});
export type MoveSessionView = z.infer<typeof MoveSessionResponse>;
