/** Session lengths sit on this grid, as slot search and Outlook invites use it. */
export const SESSION_GRID_MINUTES = 15;
/** The longest session any program books: a pod of four at the top of every range fits well inside it. */
export const MAX_SESSION_MINUTES = 240;

/** Check-in and check-out each take 10 to 15 minutes (PRODUCT.md). */
export const FRAME_MINUTES = { min: 10, max: 15 } as const;
/** A hot seat takes 20 to 30 minutes per member (PRODUCT.md). */
export const HOT_SEAT_MINUTES = { min: 20, max: 30 } as const;

export interface SessionLengthBounds {
  min: number;
  max: number;
}

/** Bounds a program may set; they can only narrow what the agenda needs. */
export interface ProgramLengthBounds {
  minMinutes?: number | undefined;
  maxMinutes?: number | undefined;
}

/** The shortest session on the grid that holds check-in, one hot seat per member and check-out at their shortest. */
export function minSessionMinutes(podSize: number): number {
  if (!Number.isInteger(podSize) || podSize < 1)
    throw new RangeError(`a pod has at least one member, not ${podSize}`);
  const minutes = 2 * FRAME_MINUTES.min + podSize * HOT_SEAT_MINUTES.min;
  return Math.ceil(minutes / SESSION_GRID_MINUTES) * SESSION_GRID_MINUTES;
}

/** Session lengths a pod of this size may meet for: the agenda's minimum up to the program's maximum. */
export function sessionLengthBounds(podSize: number, program: ProgramLengthBounds = {}): SessionLengthBounds {
  const min = Math.max(minSessionMinutes(podSize), program.minMinutes ?? 0);
  const max = Math.min(MAX_SESSION_MINUTES, program.maxMinutes ?? MAX_SESSION_MINUTES);
  return { min, max };
}

/** Why a session length does not suit a pod of this size, or undefined when it does. */
export function sessionLengthProblem(
  minutes: number,
  podSize: number,
  program: ProgramLengthBounds = {},
): string | undefined {
  const { min, max } = sessionLengthBounds(podSize, program);
  if (min > max)
    return `No session length suits a pod of ${podSize}: it needs ${min} minutes and this program allows at most ${max}.`;
  if (!Number.isInteger(minutes) || minutes % SESSION_GRID_MINUTES !== 0)
    return `Sessions last whole steps of ${SESSION_GRID_MINUTES} minutes, not ${minutes}.`;
  if (minutes < min)
    return `A pod of ${podSize} needs at least ${min} minutes: a check-in, ${podSize} hot seats of ${HOT_SEAT_MINUTES.min} minutes and a check-out.`;
  if (minutes > max) return `Sessions in this program last at most ${max} minutes, not ${minutes}.`;
  return undefined;
}

/** Check-in/out of 15 minutes when the session allows it, else 10; hot seats share the rest, 20 to 30 each. */
export function agendaTimings(
  podSize: number,
  minutes: number,
): { frame: number; hotSeat: number } | undefined {
  for (const frame of [FRAME_MINUTES.max, FRAME_MINUTES.min]) {
    const hotSeat = Math.floor((minutes - 2 * frame) / podSize);
    if (hotSeat >= HOT_SEAT_MINUTES.min) return { frame, hotSeat: Math.min(hotSeat, HOT_SEAT_MINUTES.max) };
  }
  return undefined;
}
