import { ValidationError } from '../../errors';
import { utcDate, type Cohort, type NewCohortFields } from '../../domain/programs';
import type { Caller } from '../../ports';
import { loadOwnedProgram } from '../access';
import type { ProgramsDeps } from './programs-deps';
import { assertSessionLength } from './session-length-check';

/** An owner opens a closed cohort: fixed sessions on a cadence from a start date that is not in the past. */
export async function createCohort(
  deps: Pick<ProgramsDeps, 'store' | 'clock'>,
  caller: Caller,
  programId: string,
  input: NewCohortFields & { sessionMinutes?: number | undefined },
): Promise<Cohort> {
  const store = deps.store(caller.tenantId);
  const program = await loadOwnedProgram(store, caller, programId);
  // The owner's length serves every pod of the cohort, so it must hold the largest.
  if (input.sessionMinutes !== undefined)
    assertSessionLength(input.sessionMinutes, input.podSizeMax, program, 'sessionMinutes');
  const today = utcDate(deps.clock.now());
  if (input.startDate < today) {
    throw new ValidationError('The cohort cannot start in the past.', [
      { field: 'startDate', message: `must be ${today} or later` },
    ]);
  }
  return store.cohorts.add({
    programId,
    name: input.name,
    startDate: input.startDate,
    cadence: input.cadence,
    sessionCount: input.sessionCount,
    sessionMinutes: input.sessionMinutes ?? null,
    podSizeMin: input.podSizeMin,
    podSizeMax: input.podSizeMax,
    matchingMode: input.matchingMode,
    eligibility: input.eligibility,
  });
}
