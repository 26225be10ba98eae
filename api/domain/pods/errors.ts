/** Pod formation was asked something it cannot answer: bad settings or participants. */
export class PodFormationInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'PodFormationInputError';
  }
}
