import { z } from 'zod';
import { WorkingHoursBody } from './me';

const Topic = z.string().trim().min(1).max(80);
/** Someone named by Entra object id, UPN or mail. */
const PersonKey = z.string().trim().min(1).max(320);
const Level = z.number().int().min(1).max(7);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Working hours a member sets themselves: an IANA zone and at least one day. */
export const OwnWorkingHoursBody = WorkingHoursBody.extend({
  daysOfWeek: WorkingHoursBody.shape.daysOfWeek.min(1, 'name at least one day'),
  timeZone: z.string().min(1).refine(isTimeZone, 'expected an IANA time zone such as Europe/Berlin'),
}).refine((h) => h.start !== h.end, {
  path: ['end'],
  message: 'must differ from start (an end before the start means a night shift)',
});

/** `POST /api/cohorts/{id}/enrollments`: the caller enrolls themselves. */
export const EnrollBody = z
  .object({
    goals: z.array(Topic).max(10).default([]),
    interests: z.array(Topic).max(10).default([]),
    /** Seniority 1 (entry) .. 7 (executive). */
    level: Level,
    /** People not to be matched with, by id, UPN or mail. */
    avoid: z.array(PersonKey).max(20).default([]),
    /** The caller's own working hours, when the mailbox's are not right. */
    workingHours: OwnWorkingHoursBody.optional(),
  })
  .strict();

/** `PATCH /api/cohorts/{id}/enrollments/me`: correct (or, with null, reset) one's working hours. */
export const UpdateMyEnrollmentBody = z.object({ workingHours: OwnWorkingHoursBody.nullable() }).strict();

const BulkEntry = z.union([
  PersonKey,
  z
    .object({
      person: PersonKey,
      level: Level.optional(),
      goals: z.array(Topic).max(10).optional(),
      interests: z.array(Topic).max(10).optional(),
    })
    .strict(),
]);

/** `POST /api/cohorts/{id}/enrollments/bulk`: the owner enrolls a list of people. */
export const BulkEnrollBody = z.object({ people: z.array(BulkEntry).min(1).max(2000) }).strict();

export const EnrollmentResponse = z.object({
  cohortId: z.string(),
  personId: z.string(),
  displayName: z.string(),
  department: z.string().nullable(),
  jobTitle: z.string().nullable(),
  level: z.number().nullable(),
  goals: z.array(z.string()),
  interests: z.array(z.string()),
  timeZone: z.string().nullable(),
  workingHours: WorkingHoursBody.nullable(),
  /** True when the member set their own hours rather than the mailbox's. */
  workingHoursOwn: z.boolean(),
  status: z.enum(['active', 'withdrawn']),
});

export const EnrollmentListResponse = z.object({ value: z.array(EnrollmentResponse) });

export const BulkEnrollResponse = z.object({
  enrolled: z.array(z.object({ person: z.string(), personId: z.string(), displayName: z.string() })),
  /** Already enrolled: reported, not failed. */
  duplicates: z.array(z.object({ person: z.string(), personId: z.string() })),
  /** Not found in the directory. */
  unknown: z.array(z.object({ person: z.string() })),
  /** Found but not eligible for this cohort. */
  ineligible: z.array(z.object({ person: z.string(), personId: z.string(), reason: z.string() })),
});

export type Enroll = z.infer<typeof EnrollBody>;
export type BulkEnroll = z.infer<typeof BulkEnrollBody>;
export type UpdateMyEnrollment = z.infer<typeof UpdateMyEnrollmentBody>;
export type EnrollmentView = z.infer<typeof EnrollmentResponse>;
export type BulkEnrollResult = z.infer<typeof BulkEnrollResponse>;
export type EnrollmentListView = z.infer<typeof EnrollmentListResponse>;
