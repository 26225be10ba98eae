import { cohortEndDate } from '../../domain/programs';
import { defaultSessionMinutes } from '../../domain/sessions/session-plan';
import type { CohortView, ProgramView } from '../../http/schemas';
import type { Cohort, Program } from '../../store';

export function toProgramView(program: Program): ProgramView {
  return {
    id: program.id,
    name: program.name,
    goal: program.goal,
    ownerIds: program.ownerIds,
    summaryChannel: program.summaryChannel,
    weights: programWeights(program),
    createdBy: program.createdBy,
    createdAt: program.createdAt.toISOString(),
  };
}

/** Soft-rule weights the owner set on the program; unset ones take pod formation's defaults. */
export function programWeights(program: Program): ProgramView['weights'] {
  const weights = program.settings.weights;
  return typeof weights === 'object' && weights !== null ? (weights as ProgramView['weights']) : {};
}

/** Session length pod formation and scheduling use: the owner's, or the default of the largest pod. */
export function sessionMinutesOf(cohort: Pick<Cohort, 'sessionMinutes' | 'podSizeMax'>): number {
  return cohort.sessionMinutes ?? defaultSessionMinutes(cohort.podSizeMax);
}

export function toCohortView(cohort: Cohort, enrolled: number): CohortView {
  const minMonths = cohort.eligibility.minMonthsInRole;
  return {
    id: cohort.id,
    programId: cohort.programId,
    name: cohort.name,
    startDate: cohort.startDate,
    endDate: cohortEndDate(cohort.startDate, cohort.cadence, cohort.sessionCount),
    cadence: cohort.cadence,
    sessionCount: cohort.sessionCount,
    sessionMinutes: sessionMinutesOf(cohort),
    sessionMinutesSet: cohort.sessionMinutes !== null,
    podSizeMin: cohort.podSizeMin,
    podSizeMax: cohort.podSizeMax,
    matchingMode: cohort.matchingMode === 'same-function' ? 'same-function' : 'cross-functional',
    eligibility: typeof minMonths === 'number' ? { minMonthsInRole: minMonths } : {},
    status: cohort.status,
    enrolled,
  };
}
