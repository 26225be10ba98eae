import { NotFoundError, ForbiddenError, ConflictError } from '../../errors';
import type { Caller } from '../../ports';
import type { Cohort, Program, TenantStore } from '../../store';

/** The program, or 404; every query is already scoped to the caller's tenant, so another tenant's id is unknown here. */
export async function loadProgram(store: TenantStore, programId: string): Promise<Program> {
  const program = await store.programs.get(programId);
  if (!program) throw new NotFoundError('There is no such program.', { field: 'id' });
  return program;
}

/** The program when the caller owns it: 404 when unknown, 403 when someone else's. */
export async function loadOwnedProgram(
  store: TenantStore,
  caller: Caller,
  programId: string,
): Promise<Program> {
  const program = await loadProgram(store, programId);
  if (!program.ownerIds.includes(caller.userId))
    throw new ForbiddenError('Only an owner of the program may do this.');
  return program;
}

export async function loadCohort(store: TenantStore, cohortId: string): Promise<Cohort> {
  const cohort = await store.cohorts.get(cohortId);
  if (!cohort) throw new NotFoundError('There is no such cohort.', { field: 'id' });
  return cohort;
}

/** The cohort and its program when the caller owns the program. */
export async function loadOwnedCohort(
  store: TenantStore,
  caller: Caller,
  cohortId: string,
): Promise<{ cohort: Cohort; program: Program }> {
  const cohort = await loadCohort(store, cohortId);
  const program = await loadOwnedProgram(store, caller, cohort.programId);
  return { cohort, program };
}

/** Pods not yet published: enrollments and proposals may still change. */
export function isOpen(cohort: Pick<Cohort, 'status'>): boolean {
  return cohort.status === 'enrolling' || cohort.status === 'proposed';
}

export function requireOpen(cohort: Pick<Cohort, 'status'>, what: string): void {
  if (!isOpen(cohort))
    throw new ConflictError(`The pods of this cohort are published; ${what} is closed.`, { field: 'status' });
}

/**
 * An enrollment change makes the current proposal describe people who left or miss people who joined, so it is
 * discarded and the owner proposes again. Call inside the enrollment's transaction.
 */
export async function discardProposal(
  store: TenantStore,
  cohort: Pick<Cohort, 'id' | 'status'>,
): Promise<void> {
  if (cohort.status !== 'proposed') return;
  await store.pods.replaceProposal(cohort.id, []);
  await store.cohorts.saveProposal(cohort.id, null, 'enrolling');
}
