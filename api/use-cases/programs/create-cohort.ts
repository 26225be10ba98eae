import { utcDate } from '../../domain/programs';
import { ValidationError } from '../../errors';
import type { CohortView, CreateCohort } from '../../http/schemas';
import type { Caller } from '../../ports';
import { loadOwnedProgram } from './program-access';
import type { ProgramsDeps } from './programs-deps';
import { toCohortView } from './program-views';
import { assertSessionLength } from './session-length-check';

/** An owner opens a closed cohort: fixed sessions on a cadence from a start date that is not in the past. */
export async function createCohort(
  deps: Pick<ProgramsDeps, 'store' | 'clock'>,
  caller: Caller,
  programId: string,
  body: CreateCohort,
): Promise<CohortView> {
  const store = deps.store(caller.tenantId);
  const program = await loadOwnedProgram(store, caller, programId);
  // The owner's length serves every pod of the cohort, so it must hold the largest.
  if (body.sessionMinutes !== undefined)
    assertSessionLength(body.sessionMinutes, body.podSizeMax, program, 'sessionMinutes');
  const today = utcDate(deps.clock.now());
  if (body.startDate < today) {
    throw new ValidationError('The cohort cannot start in the past.', [
      { field: 'startDate', message: `must be ${today} or later` },
    ]);
  }
  const cohort = await store.cohorts.add({
    programId,
    name: body.name,
    startDate: body.startDate,
    cadence: body.cadence,
    sessionCount: body.sessionCount,
    sessionMinutes: body.sessionMinutes ?? null,
    podSizeMin: body.podSizeMin,
    podSizeMax: body.podSizeMax,
    matchingMode: body.matchingMode,
    eligibility: body.eligibility,
  });
  return toCohortView(cohort, 0);
}
