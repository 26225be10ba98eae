import { sessionLengthProblem, type ProgramLengthBounds } from '../../domain/sessions/session-length';
import { ValidationError } from '../../errors';
import type { Program } from '../../domain/programs';

/** Session-length bounds an owner set in the program's settings, if any. */
export function programLengthBounds(program: Pick<Program, 'settings'>): ProgramLengthBounds {
  return { minMinutes: program.settings.minSessionMinutes, maxMinutes: program.settings.maxSessionMinutes };
}

/** A 400 naming `field` when a pod of `podSize` cannot meet for `minutes` in this program. */
export function assertSessionLength(
  minutes: number,
  podSize: number,
  program: Pick<Program, 'settings'>,
  field: string,
): void {
  const problem = sessionLengthProblem(minutes, podSize, programLengthBounds(program));
  if (problem) throw new ValidationError(problem, [{ field, message: problem }]);
}
