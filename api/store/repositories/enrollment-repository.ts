import type { Selectable } from 'kysely';
import { WorkingHoursColumn } from '../../domain/people';
import { EnrollmentProfile, type Enrollment } from '../../domain/programs';
import type { WorkingHours } from '../../domain/time';
import type { EnrollmentRepository, NewEnrollment } from '../../ports';
import { toJson } from '../column-types';
import type { EnrollmentsTable } from '../schema';
import { failOnConflict } from '../store-errors';
import type { TenantScope } from '../tenant-scope';

export class SqlEnrollmentRepository implements EnrollmentRepository {
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

  async get(cohortId: string, personId: string): Promise<Enrollment | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('enrollments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('cohort_id', '=', cohortId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return row && toEnrollment(row);
  }

  /** Enrolls again someone who had withdrawn, with their new profile; undefined when there is no such row. */
  async rejoin(enrollment: NewEnrollment): Promise<Enrollment | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .updateTable('enrollments')
      .set({
        profile: toJson(enrollment.profile),
        avoid_person_ids: enrollment.avoidPersonIds ?? [],
        working_hours: toJson(enrollment.workingHours ?? null),
        status: 'active',
      })
      .where('tenant_id', '=', tenantId)
      .where('cohort_id', '=', enrollment.cohortId)
      .where('person_id', '=', enrollment.personId)
      .where('status', '=', 'withdrawn')
      .returningAll()
      .executeTakeFirst();
    return row && toEnrollment(row);
  }

  /** Marks an active enrollment withdrawn; false when there was none. */
  async withdraw(cohortId: string, personId: string): Promise<boolean> {
    const { db, tenantId } = this.scope;
    const result = await db
      .updateTable('enrollments')
      .set({ status: 'withdrawn' })
      .where('tenant_id', '=', tenantId)
      .where('cohort_id', '=', cohortId)
      .where('person_id', '=', personId)
      .where('status', '=', 'active')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Sets (or with null clears) the member's own working hours; returns the enrollment, undefined when not active. */
  async setWorkingHours(
    cohortId: string,
    personId: string,
    hours: WorkingHours | null,
  ): Promise<Enrollment | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .updateTable('enrollments')
      .set({ working_hours: toJson(hours) })
      .where('tenant_id', '=', tenantId)
      .where('cohort_id', '=', cohortId)
      .where('person_id', '=', personId)
      .where('status', '=', 'active')
      .returningAll()
      .executeTakeFirst();
    return row && toEnrollment(row);
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
    profile: EnrollmentProfile.parse(row.profile),
    avoidPersonIds: row.avoid_person_ids,
    workingHours: WorkingHoursColumn.nullable().parse(row.working_hours),
    status: row.status,
    createdAt: row.created_at.getTime(),
  };
}
