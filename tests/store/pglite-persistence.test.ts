import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../api/store/database';
import { migrateToLatest } from '../../api/store/migrate';
import { scoped } from '../../api/store/scoped';
import { aPerson } from '../fixtures/store-builders';
import { newTenantId } from '../fixtures/test-database';

// PGlite-only: this is what keeps the offline app's data between runs, whatever engine the suite targets.
describe('PGlite data directory', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'peerpods-pglite-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('when the database is closed and reopened, then rows and the schema version are still there', async () => {
    const tenantId = newTenantId();
    const person = aPerson({ displayName: 'Grace Hopper' });

    const first = await openDatabase({ dataDir });
    try {
      await migrateToLatest(first);
      await scoped(first.db, tenantId).tenant.ensure('Contoso');
      await scoped(first.db, tenantId).people.upsert(person);
    } finally {
      await first.close();
    }

    const reopened = await openDatabase({ dataDir });
    try {
      expect(await migrateToLatest(reopened)).toEqual([]);
      expect(await scoped(reopened.db, tenantId).people.get(person.id)).toMatchObject({
        displayName: 'Grace Hopper',
      });
      await expect(reopened.ping()).resolves.toBeUndefined();
    } finally {
      await reopened.close();
    }
  });
});
