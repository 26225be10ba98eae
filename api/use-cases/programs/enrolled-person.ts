import type { Person } from '../../domain/people';
import type { Enrollment } from '../../domain/programs';

/** An enrollment with its person as the directory cache knows them (undefined when the cache lacks them). */
export interface EnrolledPerson {
  enrollment: Enrollment;
  person: Person | undefined;
}
