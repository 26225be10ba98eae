import { cohortEndDate, sessionMinutesOf, type Program } from '../../domain/programs';
import type { EnrolledCohort } from '../../use-cases/programs/program-queries';
import type { CohortView, ProgramView } from '../schemas';
import { iso } from './iso';

export function toProgramView(program: Program): ProgramView {
  return {
    id: program.id,
    name: program.name,
    goal: program.goal,
    ownerIds: program.ownerIds,
    summaryChannel: program.summaryChannel,
    weights: definedWeights(program.settings.weights),
    createdBy: program.createdBy,
    createdAt: iso(program.createdAt),
  };
}

/** Soft-rule weights the owner set; unset ones take pod formation's defaults and are left out. */
function definedWeights(weights: Program['settings']['weights']): ProgramView['weights'] {
  return Object.fromEntries(Object.entries(weights).filter(([, value]) => value !== undefined));
}

export function toCohortView({ cohort, enrolled }: EnrolledCohort): CohortView {
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
    matchingMode: cohort.matchingMode,
    eligibility:
      cohort.eligibility.minMonthsInRole === undefined
        ? {}
        : { minMonthsInRole: cohort.eligibility.minMonthsInRole },
    status: cohort.status,
    enrolled,
  };
}
