import type { Database } from '../../api/store/database';
import type { TenantStore } from '../../api/ports';
import { scoped } from '../../api/store/scoped';
import { newTenantId, openTestDatabase, testEngine } from '../fixtures/test-database';

describe(`programs, cohorts and pods (${testEngine})`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
  });

  afterAll(async () => {
    await database?.close();
  });

  async function givenCohort(store: TenantStore) {
    await store.tenant.ensure('Contoso');
    const program = await store.programs.add({
      name: 'Leaders',
      goal: 'Grow',
      ownerIds: ['owner-1'],
      createdBy: 'owner-1',
    });
    const cohort = await store.cohorts.add({
      programId: program.id,
      name: 'Spring',
      startDate: '2026-03-02',
      cadence: 'biweekly',
      sessionCount: 6,
      sessionMinutes: null,
      podSizeMin: 3,
      podSizeMax: 4,
      matchingMode: 'cross-functional',
      eligibility: {},
    });
    return { program, cohort };
  }

  it('when a program is created, then its owner finds it and another tenant does not', async () => {
    const a = scoped(database.db, newTenantId());
    const b = scoped(database.db, newTenantId());
    const { program, cohort } = await givenCohort(a);
    await b.tenant.ensure('Fabrikam');

    expect((await a.programs.listOwnedBy('owner-1')).map((p) => p.id)).toEqual([program.id]);
    expect(await a.programs.listOwnedBy('someone-else')).toEqual([]);
    expect(await b.programs.get(program.id)).toBeUndefined();
    expect(await b.cohorts.get(cohort.id)).toBeUndefined();
    expect(await a.cohorts.get(cohort.id)).toMatchObject({ startDate: '2026-03-02', status: 'enrolling' });
  });

  it('when a new proposal replaces the old one, then only the new pods remain, members in order', async () => {
    const store = scoped(database.db, newTenantId());
    const { cohort } = await givenCohort(store);
    await store.pods.replaceProposal(cohort.id, [{ name: 'Pod 1', memberIds: ['a', 'b', 'c'], fit: null }]);
    await store.pods.replaceProposal(cohort.id, [
      { name: 'Pod 1', memberIds: ['c', 'a', 'b'], fit: null },
      { name: 'Pod 2', memberIds: ['d', 'e'], fit: null },
    ]);

    const pods = await store.pods.listByCohort(cohort.id);
    expect(pods.map((p) => [p.name, p.memberIds])).toEqual([
      ['Pod 1', ['c', 'a', 'b']],
      ['Pod 2', ['d', 'e']],
    ]);
  });

  it('when pods are published, then members see them and a later proposal cannot delete them', async () => {
    const store = scoped(database.db, newTenantId());
    const { cohort } = await givenCohort(store);
    await store.pods.replaceProposal(cohort.id, [{ name: 'Pod 1', memberIds: ['a', 'b'], fit: null }]);
    expect(await store.pods.listForPerson('a')).toEqual([]);

    expect(await store.pods.publish(cohort.id, Date.parse('2026-02-20T00:00:00Z'))).toBe(1);
    await store.pods.replaceProposal(cohort.id, []);

    const mine = await store.pods.listForPerson('a');
    expect(mine.map((p) => p.memberIds)).toEqual([['a', 'b']]);
    expect(await store.pods.get(mine[0]!.id)).toMatchObject({ cohortId: cohort.id, name: 'Pod 1' });
  });
});
