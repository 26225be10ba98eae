import type { Tenant, TenantRepository } from '../../ports';
import type { TenantScope } from '../tenant-scope';

export class SqlTenantRepository implements TenantRepository {
  constructor(private readonly scope: TenantScope) {}

  /** Creates the scope's tenant on first sight; later calls only fill a missing display name. */
  async ensure(displayName?: string): Promise<Tenant> {
    const { db, tenantId } = this.scope;
    const row = await db
      .insertInto('tenants')
      .values({ id: tenantId, display_name: displayName ?? null })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          display_name: eb.fn.coalesce('tenants.display_name', 'excluded.display_name'),
        })),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    return { id: row.id, displayName: row.display_name, createdAt: row.created_at.getTime() };
  }

  async get(): Promise<Tenant | undefined> {
    const { db, tenantId } = this.scope;
    const row = await db.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirst();
    return row && { id: row.id, displayName: row.display_name, createdAt: row.created_at.getTime() };
  }
}
