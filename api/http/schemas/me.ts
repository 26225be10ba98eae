import { z } from 'zod';

const Weekday = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const WallClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected "HH:MM"');

/** Working hours on the wire: wall-clock times in an IANA zone. */
export const WorkingHoursBody = z.object({
  daysOfWeek: z.array(Weekday),
  start: WallClock,
  end: WallClock,
  timeZone: z.string().min(1),
});

/** `GET /api/me`: the signed-in person as Graph knows them; the mailbox zone in IANA form, working hours in their own zone. */
export const MyProfileResponse = z.object({
  id: z.string().min(1),
  displayName: z.string(),
  upn: z.string(),
  jobTitle: z.string().nullable(),
  department: z.string().nullable(),
  timeZone: z.string().min(1),
  /** `timeZone` is an IANA name or, for a customTimeZone, `posix:…`; `timeZoneName` is what to show. */
  workingHours: WorkingHoursBody.extend({ timeZoneName: z.string() }),
});

export type MyProfile = z.infer<typeof MyProfileResponse>;
export type WorkingHoursWire = z.infer<typeof WorkingHoursBody>;
