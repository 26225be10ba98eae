import { SchedulingInputError } from '../../domain/scheduling';
import type { Cadence } from '../../domain/sessions/session-plan';
import { defaultSessionMinutes } from '../../domain/sessions/session-plan';
import { localDate } from '../../domain/time';
import { ValidationError, UnprocessableError } from '../../errors';
import type { Cohort, Program } from '../../domain/programs';
import { assertSessionLength } from '../programs/session-length-check';

/** Sessions a cohort may book: one to a year of weekly sessions. */
export const MAX_SESSIONS = 26;

/** Overrides a member may send with a search; the rest comes from the cohort and program. */
export interface SearchOverrides {
  durationMinutes?: number | undefined;
  earliestDate?: string | undefined;
  cadence?: Cadence | undefined;
  count?: number | undefined;
}

export interface SearchSettings {
  /** 'YYYY-MM-DD': the earliest date of the first session. */
  firstDate: string;
  cadence: Cadence;
  count: number;
  durationMinutes: number;
  /** Conflicted sessions a slot may have and still be booked (then reported for moving). */
  maxConflicted: number;
}

/** The search a pod runs, from its cohort and program, checked against the program's bounds and today. */
export function searchSettings(
  cohort: Cohort,
  program: Program,
  podSize: number,
  overrides: SearchOverrides,
  today: { now: number; timeZone: string },
): SearchSettings {
  if (podSize < 2)
    throw new UnprocessableError(
      'pod_too_small',
      'A pod of one has nobody to meet; it needs at least two members.',
      { field: 'id' },
    );
  const durationMinutes =
    overrides.durationMinutes ?? cohort.sessionMinutes ?? defaultSessionMinutes(Math.min(podSize, 4));
  const durationField = overrides.durationMinutes !== undefined ? 'durationMinutes' : 'cohort.sessionMinutes';
  assertSessionLength(durationMinutes, podSize, program, durationField);
  const count = overrides.count ?? cohort.sessionCount;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SESSIONS) {
    throw invalid(
      overrides.count !== undefined ? 'count' : 'cohort.sessionCount',
      `A cohort has 1 to ${MAX_SESSIONS} sessions, not ${count}.`,
    );
  }
  const cadence = overrides.cadence ?? cohort.cadence;
  const firstDate = overrides.earliestDate ?? cohort.startDate;
  const todayDate = localDate(today.now, today.timeZone).toString();
  if (firstDate < todayDate) {
    const field = overrides.earliestDate !== undefined ? 'earliestDate' : 'cohort.startDate';
    throw invalid(
      field,
      `The first session cannot be in the past: ${firstDate} is before today (${todayDate}).`,
    );
  }
  const k = program.settings.maxConflictedOccurrences ?? 0;
  return {
    firstDate,
    cadence,
    count,
    durationMinutes,
    maxConflicted: Math.max(0, Math.min(count, Math.floor(k))),
  };
}

/** The domain's input errors as a 400 naming the field. */
export function asValidationError(error: unknown): never {
  if (error instanceof SchedulingInputError) throw invalid(error.field, error.message);
  throw error;
}

function invalid(field: string, message: string): ValidationError {
  return new ValidationError(message, [{ field, message }]);
}
