import { scoped } from '../../api/store/scoped';
import type { Database } from '../../api/store/database';
import { aPerson, givenTenant } from '../fixtures/store-builders';
import { newTenantId, openTestDatabase, testEngine } from '../fixtures/test-database';

describe(`tenant scoping (${testEngine})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
  });

  afterAll(async () => {
    await database?.close();
  });

  async function twoTenants() {
    const a = scoped(database.db, newTenantId());
    const b = scoped(database.db, newTenantId());
    await a.tenant.ensure('Contoso');
    await b.tenant.ensure('Fabrikam');
    return { a, b };
  }

  it("when tenant A caches a person, then tenant B's repository cannot see them", async () => {
    const { a, b } = await twoTenants();
    const person = aPerson();
    await a.people.upsert(person);

    expect(await a.people.get(person.id)).toMatchObject({ id: person.id, displayName: person.displayName });
    expect(await b.people.get(person.id)).toBeUndefined();
    expect(await b.people.listByIds([person.id])).toEqual([]);
  });

  it('when both tenants cache the same object id, then each sees only its own copy', async () => {
    const { a, b } = await twoTenants();
    await a.people.upsert(aPerson({ id: 'shared-oid', displayName: 'Ada in A' }));
    await b.people.upsert(aPerson({ id: 'shared-oid', displayName: 'Ada in B' }));

    expect((await a.people.get('shared-oid'))?.displayName).toBe('Ada in A');
    expect((await b.people.get('shared-oid'))?.displayName).toBe('Ada in B');
  });

  it('when a person is upserted again, then the cache row is refreshed, not duplicated', async () => {
    const { a } = await twoTenants();
    const first = await a.people.upsert(aPerson({ id: 'p-1', department: 'Sales', hireDate: '2020-02-29' }));
    const second = await a.people.upsert(
      aPerson({ id: 'p-1', department: 'Legal', managerChain: ['m-1', 'm-2'], hireDate: '2020-02-29' }),
    );

    expect(second).toMatchObject({
      department: 'Legal',
      managerChain: ['m-1', 'm-2'],
      hireDate: '2020-02-29',
    });
    expect(second.syncedAt).toBeGreaterThanOrEqual(first.syncedAt);
    expect(await a.people.listByIds(['p-1', 'unknown'])).toHaveLength(1);
  });

  it('when a person is read back, then working hours and dates keep their shape on this engine', async () => {
    const { a } = await twoTenants();
    const person = aPerson({
      timeZone: 'Asia/Kolkata',
      workingHours: { days: ['monday', 'friday'], start: '09:30', end: '18:00', timeZone: 'Asia/Kolkata' },
    });
    await a.people.upsert(person);

    const [read] = await a.people.listByIds([person.id]);
    expect(read?.workingHours).toEqual(person.workingHours);
    expect(read?.hireDate).toBe(person.hireDate);
    expect(read?.syncedAt).toEqual(expect.any(Number));
  });

  it('when tenant A enrolls people in its cohort, then tenant B lists no enrollments for that cohort', async () => {
    const { a, b } = await twoTenants();
    const cohort = await givenTenant(database.db, a.tenantId).cohort();
    await a.enrollments.add({
      cohortId: cohort.id,
      personId: 'p-1',
      profile: { goals: 'Lead', interests: [], level: 'senior' },
    });

    expect(await a.enrollments.listByCohort(cohort.id)).toHaveLength(1);
    expect(await b.enrollments.listByCohort(cohort.id)).toEqual([]);
  });

  it("when tenant B's row points at tenant A's program, then the foreign key refuses it", async () => {
    const { a, b } = await twoTenants();
    const programOfA = await givenTenant(database.db, a.tenantId).program();

    await expect(givenTenant(database.db, b.tenantId).cohort(programOfA.id)).rejects.toMatchObject({
      code: '23503',
    });
  });
});
