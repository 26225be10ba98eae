import { ConflictError } from '../../api/errors';
import type { Database } from '../../api/store/database';
import { scoped } from '../../api/store/scoped';
import { DuplicateError } from '../../api/store/store-errors';
import { givenTenant } from '../fixtures/store-builders';
import { newTenantId, openTestDatabase, testEngine } from '../fixtures/test-database';

describe(`unique constraints (${testEngine})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
  });

  afterAll(async () => {
    await database?.close();
  });

  it('when a person enrolls twice in the same cohort, then the second enrollment is a DuplicateError (409)', async () => {
    const tenantId = newTenantId();
    const store = scoped(database.db, tenantId);
    const cohort = await givenTenant(database.db, tenantId).cohort();
    const enrollment = {
      cohortId: cohort.id,
      personId: 'p-1',
      profile: { goals: 'Delegate', interests: ['ops'], level: 'L5' },
    };
    await store.enrollments.add(enrollment);

    const second = store.enrollments.add(enrollment);

    await expect(second).rejects.toBeInstanceOf(DuplicateError);
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toMatchObject({
      kind: 'conflict',
      code: 'conflict',
      constraint: 'enrollments_pkey',
    });
    expect(await store.enrollments.listByCohort(cohort.id)).toHaveLength(1);
  });

  it('when the same person enrolls in two cohorts, then both enrollments stand', async () => {
    const tenantId = newTenantId();
    const store = scoped(database.db, tenantId);
    const given = givenTenant(database.db, tenantId);
    const [first, second] = [await given.cohort(), await given.cohort()];
    const profile = { goals: 'Listen', interests: [], level: 'L4' };

    await store.enrollments.add({ cohortId: first.id, personId: 'p-1', profile });
    await expect(
      store.enrollments.add({ cohortId: second.id, personId: 'p-1', profile }),
    ).resolves.toMatchObject({ status: 'active' });
  });

  it('when a member checks out twice for one session, then the second check-out is a DuplicateError', async () => {
    const tenantId = newTenantId();
    const store = scoped(database.db, tenantId);
    const session = await givenTenant(database.db, tenantId).session();
    const checkout = {
      sessionId: session.id,
      personId: 'p-1',
      insight: 'Ask first',
      commitment: 'Try it twice',
    };
    await expect(store.checkouts.add(checkout)).resolves.toMatchObject({
      insightShareable: false,
      showName: false,
    });

    await expect(store.checkouts.add({ ...checkout, insight: 'Another' })).rejects.toMatchObject({
      name: 'DuplicateError',
      constraint: 'checkouts_pkey',
    });
    expect((await store.checkouts.listBySessions([session.id])).map((c) => c.insight)).toEqual(['Ask first']);
  });

  it('when two members check out for one session, then both are kept', async () => {
    const tenantId = newTenantId();
    const store = scoped(database.db, tenantId);
    const session = await givenTenant(database.db, tenantId).session();

    await store.checkouts.add({
      sessionId: session.id,
      personId: 'p-1',
      insight: 'a',
      commitment: 'b',
    });
    await store.checkouts.add({
      sessionId: session.id,
      personId: 'p-2',
      insight: 'c',
      commitment: 'd',
      insightShareable: true,
    });

    expect(await store.checkouts.listBySessions([session.id])).toHaveLength(2);
  });
});
