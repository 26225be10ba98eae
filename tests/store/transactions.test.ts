import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from '../../api/store/database';
import { scoped } from '../../api/store/scoped';
import { aPerson } from '../fixtures/store-builders';
import { newTenantId, openTestDatabase, testEngine } from '../fixtures/test-database';

describe(`transactions (${testEngine})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
  });

  afterAll(async () => {
    await database?.close();
  });

  it('when a transaction rolls back, then its writes through scoped repositories are gone', async () => {
    const tenantId = newTenantId();
    await scoped(database.db, tenantId).tenant.ensure();

    const failing = database.db.transaction().execute(async (trx) => {
      await scoped(trx, tenantId).people.upsert(aPerson({ id: 'rolled-back' }));
      throw new Error('abort');
    });

    await expect(failing).rejects.toThrow('abort');
    expect(await scoped(database.db, tenantId).people.get('rolled-back')).toBeUndefined();
  });

  it('when a write runs while another transaction rolls back, then that write survives', async () => {
    const tenantId = newTenantId();
    const store = scoped(database.db, tenantId);
    await store.tenant.ensure();
    let outside: Promise<unknown> = Promise.resolve();

    const failing = database.db.transaction().execute(async (trx) => {
      await scoped(trx, tenantId).people.upsert(aPerson({ id: 'inside' }));
      // PGlite has one session: without the connection lock this write would join the transaction and vanish with it.
      outside = store.people.upsert(aPerson({ id: 'outside' }));
      await sleep(50);
      throw new Error('abort');
    });

    await expect(failing).rejects.toThrow('abort');
    await outside;
    expect((await store.people.listByIds(['inside', 'outside'])).map((p) => p.id)).toEqual(['outside']);
  });

  it('when raw SQL runs beside Kysely, then it sees committed rows and accepts several statements', async () => {
    const tenantId = newTenantId();
    await scoped(database.db, tenantId).tenant.ensure('Northwind');

    await database.executeSql(`select 1; select 2`);
    const { rows } = await database.executeSql('select display_name from tenants where id = $1', [tenantId]);

    expect(rows).toEqual([{ display_name: 'Northwind' }]);
  });
});
