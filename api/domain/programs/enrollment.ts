import { z } from 'zod';
import type { WorkingHours } from '../time';

/** What a member told the cohort about themselves when they enrolled. Stored as JSON. */
export const EnrollmentProfile = z.object({
  /** Short goal topics ("delegation"); one free-text goal is also accepted. */
  goals: z.union([z.string(), z.array(z.string())]),
  interests: z.array(z.string()),
  /** Seniority 1 (entry) .. 7 (executive) as the person gave it; a label or null when unknown. */
  level: z.union([z.string(), z.number(), z.null()]),
});
export type EnrollmentProfile = z.infer<typeof EnrollmentProfile>;

export type EnrollmentStatus = 'active' | 'withdrawn';

/** A person's place in a cohort. */
export interface Enrollment {
  cohortId: string;
  personId: string;
  profile: EnrollmentProfile;
  /** People they asked not to be matched with; never shown to anyone. */
  avoidPersonIds: string[];
  /** The member's own working hours, when they override the directory's. */
  workingHours: WorkingHours | null;
  status: EnrollmentStatus;
  /** Epoch ms. */
  createdAt: number;
}

/** Goal topics of a profile; a single free-text goal counts as one topic. */
export function goalsOf(profile: EnrollmentProfile): string[] {
  return typeof profile.goals === 'string' ? (profile.goals ? [profile.goals] : []) : profile.goals;
}

/** Seniority 1..7 of a profile, or null when the person gave none (or a label). */
export function levelOf(profile: EnrollmentProfile): number | null {
  const level = typeof profile.level === 'string' ? Number(profile.level) : profile.level;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 7 ? level : null;
}
