/** An input the scheduling domain cannot work with; the HTTP layer maps it to a 400 problem+json with `field`. */
export class SchedulingInputError extends Error {
  constructor(
    /** Path of the offending input, e.g. `durationMinutes` or `members[2].workingHours.timeZone`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'SchedulingInputError';
  }
}
