import type { Kysely } from 'kysely';
import type { Schema } from './schema';

/**
 * What every repository is built from: a database handle (or a transaction) and the one
 * tenant it may see. Repositories filter every query by `tenantId` and set it on every insert.
 */
export interface TenantScope {
  readonly db: Kysely<Schema>;
  readonly tenantId: string;
}
