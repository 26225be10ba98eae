import type { Kysely } from 'kysely';
import type { Storage } from '../ports';
import type { Schema } from './schema';
import { scoped } from './scoped';

/** The store factory and transactions over one database: built once by the composition root. */
export function tenantStorage(db: Kysely<Schema>): Storage {
  return {
    store: (tenantId) => scoped(db, tenantId),
    transact: (tenantId, work) => db.transaction().execute((trx) => work(scoped(trx, tenantId))),
  };
}
