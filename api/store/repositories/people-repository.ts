import type { Selectable } from 'kysely';
import { WorkingHoursColumn, type CachedPerson, type Person } from '../../domain/people';
import type { PeopleRepository } from '../../ports';
import { toJson } from '../column-types';
import type { PeopleTable } from '../schema';
import type { TenantScope } from '../tenant-scope';

export class SqlPeopleRepository implements PeopleRepository {
  constructor(private readonly scope: TenantScope) {}

  /** Inserts or refreshes one person and stamps `synced_at`. */
  async upsert(person: Person): Promise<CachedPerson> {
    const { db, tenantId } = this.scope;
    const columns = {
      upn: person.upn,
      mail: person.mail,
      display_name: person.displayName,
      job_title: person.jobTitle,
      department: person.department,
      manager_id: person.managerId,
      manager_chain: person.managerChain,
      hire_date: person.hireDate,
      time_zone: person.timeZone,
      working_hours: toJson(person.workingHours),
    };
    const row = await db
      .insertInto('people')
      .values({ tenant_id: tenantId, id: person.id, ...columns })
      .onConflict((oc) => oc.columns(['tenant_id', 'id']).doUpdateSet({ ...columns, synced_at: new Date() }))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCachedPerson(row);
  }

  async get(id: string): Promise<CachedPerson | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db
      .selectFrom('people')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toCachedPerson(row);
  }

  /** The cached people among `ids`, in no particular order; unknown ids are skipped. */
  async listByIds(ids: readonly string[]): Promise<CachedPerson[]> {
    if (ids.length === 0) return [];
    const { db, tenantId } = this.scope;
    const rows = await db
      .selectFrom('people')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', [...ids])
      .execute();
    return rows.map(toCachedPerson);
  }
}

function toCachedPerson(row: Selectable<PeopleTable>): CachedPerson {
  return {
    id: row.id,
    upn: row.upn,
    mail: row.mail,
    displayName: row.display_name,
    jobTitle: row.job_title,
    department: row.department,
    managerId: row.manager_id,
    managerChain: row.manager_chain,
    hireDate: row.hire_date,
    timeZone: row.time_zone,
    workingHours: WorkingHoursColumn.nullable().parse(row.working_hours),
    syncedAt: row.synced_at.getTime(),
  };
}
