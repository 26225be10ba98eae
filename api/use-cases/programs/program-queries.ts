import type { CohortView, ProgramView } from '../../http/schemas';
import type { Caller } from '../../ports';
import { loadCohort, loadOwnedProgram, loadProgram } from './program-access';
import type { ProgramsDeps } from './programs-deps';
import { toCohortView, toProgramView } from './program-views';
import { resolvePeople } from '../people/resolve-people';

type Deps = Pick<ProgramsDeps, 'store'>;

/** Programs the caller owns, newest first. */
export async function listMyPrograms(deps: Deps, caller: Caller): Promise<ProgramView[]> {
  const programs = await deps.store(caller.tenantId).programs.listOwnedBy(caller.userId);
  return programs.map(toProgramView);
}

/** A program with its cohorts; anyone in the tenant may read it, to find a cohort to join. */
export async function getProgram(
  deps: Deps,
  caller: Caller,
  programId: string,
): Promise<ProgramView & { cohorts: CohortView[] }> {
  const store = deps.store(caller.tenantId);
  const program = await loadProgram(store, programId);
  const cohorts = await store.cohorts.listByProgram(program.id);
  const views = await Promise.all(
    cohorts.map(async (c) => toCohortView(c, await activeCount(deps, caller, c.id))),
  );
  return { ...toProgramView(program), cohorts: views };
}

export async function getCohort(deps: Deps, caller: Caller, cohortId: string): Promise<CohortView> {
  const cohort = await loadCohort(deps.store(caller.tenantId), cohortId);
  return toCohortView(cohort, await activeCount(deps, caller, cohort.id));
}

/** An owner adds co-owners by id (or UPN); they must be in the directory. */
export async function addProgramOwners(
  deps: Pick<ProgramsDeps, 'store' | 'directory'>,
  caller: Caller,
  programId: string,
  keys: string[],
): Promise<ProgramView> {
  const store = deps.store(caller.tenantId);
  await loadOwnedProgram(store, caller, programId);
  const ids = await resolvePeople(deps.directory, caller.tenantId, keys, 'ownerIds');
  const program = await store.programs.addOwners(programId, ids);
  return toProgramView(program!);
}

async function activeCount(deps: Deps, caller: Caller, cohortId: string): Promise<number> {
  const enrollments = await deps.store(caller.tenantId).enrollments.listByCohort(cohortId);
  return enrollments.filter((e) => e.status === 'active').length;
}
