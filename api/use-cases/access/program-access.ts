import { ConflictError, ForbiddenError, NotFoundError } from '../../errors';
import { isCohortOpen, type Cohort, type Program } from '../../domain/programs';
import type { TenantStore } from '../../ports';

/** Who asks: every query is already scoped to their tenant, so another tenant's ids are simply unknown here. */
export interface Asker {
  userId: string;
}

/** The program, or 404. */
export async function loadProgram(store: TenantStore, programId: string): Promise<Program> {
  const program = await store.programs.get(programId);
  if (!program) throw new NotFoundError('There is no such program.', { field: 'id' });
  return program;
}

/** The program when the asker owns it: 404 when unknown, 403 when someone else's. */
export async function loadOwnedProgram(
  store: TenantStore,
  asker: Asker,
  programId: string,
  doing = 'do this',
): Promise<Program> {
  const program = await loadProgram(store, programId);
  requireOwner(program, asker, doing);
  return program;
}

/** The cohort, or 404. */
export async function loadCohort(store: TenantStore, cohortId: string): Promise<Cohort> {
  const cohort = await store.cohorts.get(cohortId);
  if (!cohort) throw new NotFoundError('There is no such cohort.', { field: 'id' });
  return cohort;
}

/** The cohort for an owner: the cohort and its program when the asker owns the program (404, then 403). */
export async function loadOwnedCohort(
  store: TenantStore,
  asker: Asker,
  cohortId: string,
  doing = 'do this',
): Promise<{ cohort: Cohort; program: Program }> {
  const { cohort, program } = await loadCohortWithProgram(store, cohortId);
  requireOwner(program, asker, doing);
  return { cohort, program };
}

/** The cohort and the program it belongs to, or 404. */
export async function loadCohortWithProgram(
  store: TenantStore,
  cohortId: string,
): Promise<{ cohort: Cohort; program: Program }> {
  const cohort = await loadCohort(store, cohortId);
  const program = await store.programs.get(cohort.programId);
  if (!program) throw new NotFoundError('There is no such cohort.', { field: 'id' });
  return { cohort, program };
}

export function isOwner(program: Program, asker: Asker): boolean {
  return program.ownerIds.includes(asker.userId);
}

function requireOwner(program: Program, asker: Asker, doing: string): void {
  if (!isOwner(program, asker)) throw new ForbiddenError(`Only an owner of the program may ${doing}.`);
}

/** 409 once the cohort's pods are published: `what` (enrollment, forming pods) is closed then. */
export function requireOpen(cohort: Pick<Cohort, 'status'>, what: string): void {
  if (!isCohortOpen(cohort.status))
    throw new ConflictError(`The pods of this cohort are published; ${what} is closed.`, { field: 'status' });
}
