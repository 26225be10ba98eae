import type { EnrollmentView } from '../../http/schemas';
import type { CachedPerson, Enrollment, EnrollmentProfile, PersonCacheEntry } from '../../store';

/** Goal topics of a profile; a single free-text goal counts as one topic. */
export function goalsOf(profile: EnrollmentProfile): string[] {
  return typeof profile.goals === 'string' ? (profile.goals ? [profile.goals] : []) : profile.goals;
}

/** Seniority 1..7 of a profile, or null when the person gave none (or a label). */
export function levelOf(profile: EnrollmentProfile): number | null {
  const level = typeof profile.level === 'string' ? Number(profile.level) : profile.level;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 7 ? level : null;
}

/** The owner's and the member's view of an enrollment: profile fields, never the avoid list. */
export function toEnrollmentView(
  enrollment: Enrollment,
  person: PersonCacheEntry | CachedPerson | undefined,
): EnrollmentView {
  const hours = enrollment.workingHours ?? person?.workingHours ?? null;
  return {
    cohortId: enrollment.cohortId,
    personId: enrollment.personId,
    displayName: person?.displayName ?? enrollment.personId,
    department: person?.department ?? null,
    jobTitle: person?.jobTitle ?? null,
    level: levelOf(enrollment.profile),
    goals: goalsOf(enrollment.profile),
    interests: enrollment.profile.interests,
    timeZone: person?.timeZone ?? null,
    workingHours: hours && {
      daysOfWeek: hours.days,
      start: hours.start,
      end: hours.end,
      timeZone: hours.timeZone,
    },
    workingHoursOwn: enrollment.workingHours !== null,
    status: enrollment.status,
  };
}
