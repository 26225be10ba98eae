import { z } from 'zod';
import { WEEKDAYS, type WorkingHours } from '../time';

/** Working hours as the people cache and enrollments store them. */
export const WorkingHoursColumn = z.object({
  days: z.array(z.enum(WEEKDAYS)),
  start: z.string(),
  end: z.string(),
  timeZone: z.string(),
}) satisfies z.ZodType<WorkingHours>;

/** A person as the directory cache keeps them (from Graph `users`, `manager`, `mailboxSettings`). */
export interface Person {
  /** Entra object id. */
  id: string;
  upn: string;
  mail: string | null;
  displayName: string;
  jobTitle: string | null;
  department: string | null;
  managerId: string | null;
  /** Manager ids from the direct manager upwards. */
  managerChain: string[];
  /** 'YYYY-MM-DD'. */
  hireDate: string | null;
  /** IANA zone name. */
  timeZone: string | null;
  workingHours: WorkingHours | null;
}

/** A cached person with the time they were last read from the directory. */
export interface CachedPerson extends Person {
  /** Epoch ms. */
  syncedAt: number;
}
