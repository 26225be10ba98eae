import { goalsOf, levelOf } from '../../domain/programs';
import type { EnrolledPerson } from '../../use-cases/programs/enrolled-person';
import type { EnrollmentView } from '../schemas';
import { toWorkingHoursView } from './people-views';

/** The owner's and the member's view of an enrollment: profile fields, never the avoid list. */
export function toEnrollmentView({ enrollment, person }: EnrolledPerson): EnrollmentView {
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
    workingHours: hours && toWorkingHoursView(hours),
    workingHoursOwn: enrollment.workingHours !== null,
    status: enrollment.status,
  };
}
