import type { Cohort, Program } from '../../domain/programs';
import type { Caller, TenantStore } from '../../ports';
import { loadCohort, loadOwnedProgram, loadProgram } from '../access';
import { resolvePeople } from '../people/resolve-people';
import type { ProgramsDeps } from './programs-deps';

/** A cohort with how many people are actively enrolled in it. */
export interface EnrolledCohort {
  cohort: Cohort;
  enrolled: number;
}

type Deps = Pick<ProgramsDeps, 'store'>;

/** Programs the caller owns, newest first. */
export async function listMyPrograms(deps: Deps, caller: Caller): Promise<Program[]> {
  return deps.store(caller.tenantId).programs.listOwnedBy(caller.userId);
}

/** A program with its cohorts; anyone in the tenant may read it, to find a cohort to join. */
export async function getProgram(
  deps: Deps,
  caller: Caller,
  programId: string,
): Promise<{ program: Program; cohorts: EnrolledCohort[] }> {
  const store = deps.store(caller.tenantId);
  const program = await loadProgram(store, programId);
  const cohorts = await store.cohorts.listByProgram(program.id);
  return {
    program,
    cohorts: await Promise.all(
      cohorts.map(async (cohort) => ({ cohort, enrolled: await activeCount(store, cohort.id) })),
    ),
  };
}

export async function getCohort(deps: Deps, caller: Caller, cohortId: string): Promise<EnrolledCohort> {
  const store = deps.store(caller.tenantId);
  const cohort = await loadCohort(store, cohortId);
  return { cohort, enrolled: await activeCount(store, cohort.id) };
}

/** An owner adds co-owners by id (or UPN); they must be in the directory. */
export async function addProgramOwners(
  deps: Pick<ProgramsDeps, 'store' | 'directory'>,
  caller: Caller,
  programId: string,
  keys: string[],
): Promise<Program> {
  const store = deps.store(caller.tenantId);
  await loadOwnedProgram(store, caller, programId);
  const ids = await resolvePeople(deps.directory, caller.tenantId, keys, 'ownerIds');
  const program = await store.programs.addOwners(programId, ids);
  return program!;
}

async function activeCount(store: TenantStore, cohortId: string): Promise<number> {
  const enrollments = await store.enrollments.listByCohort(cohortId);
  return enrollments.filter((e) => e.status === 'active').length;
}
