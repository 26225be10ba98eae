import type { Selectable } from 'kysely';
import { toJson } from '../column-types';
import type { EnrollmentProfile, EnrollmentsTable, WorkingHours } from '../schema';
import { failOnConflict } from '../store-errors';
import type { TenantScope } from '../tenant-scope';

export interface NewEnrollment {
  cohortId: string;
  personId: string;
  profile: EnrollmentProfile;
  avoidPersonIds?: string[];
  /** The member's own working hours, when they override the directory's. */
  workingHours?: WorkingHours | null;
}

export interface Enrollment extends Required<NewEnrollment> {
  status: 'active' | 'withdrawn';
  createdAt: Date;
}

export class EnrollmentRepository {
  constructor(private readonly scope: TenantScope) {}

  /** Enrolls a person; throws DuplicateError when they are already enrolled in the cohort. */
  async add(enrollment: NewEnrollment): Promise<Enrollment> {
    const { db, tenantId } = this.scope;
    const row = await failOnConflict('This person is already enrolled in the cohort.', () =>
      db
        .insertInto('enrollments')
        .values({
          tenant_id: tenantId,
          cohort_id: enrollment.cohortId,
          person_id: enrollment.personId,
          profile: toJson(enrollment.profile),
          avoid_person_ids: enrollment.avoidPersonIds ?? [],
          working_hours: toJson(enrollment.workingHours ?? null),
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    );
    return toEnrollment(row);
  }

  async listByCohort(cohortId: string): Promise<Enrollment[]> {
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('enrollments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('cohort_id', '=', cohortId)
      .orderBy('created_at')
      .execute();
    return rows.map(toEnrollment);
  }
}

function toEnrollment(row: Selectable<EnrollmentsTable>): Enrollment {
  return {
    cohortId: row.cohort_id,
    personId: row.person_id,
    profile: row.profile,
    avoidPersonIds: row.avoid_person_ids,
    workingHours: row.working_hours,
    status: row.status,
    createdAt: row.created_at,
  };
}
