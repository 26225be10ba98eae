/** A write collided with a unique key: the thing already exists. Maps to HTTP 409. */
export class ConflictError extends Error {
  readonly code = 'conflict';
  readonly status = 409;

  constructor(
    message: string,
    /** The violated constraint, e.g. `enrollments_pkey`. */
    readonly constraint: string | undefined,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ConflictError';
  }
}

const UNIQUE_VIOLATION = '23505';

/** Postgres's `unique_violation`, as raised by both pg and PGlite. */
export function isUniqueViolation(err: unknown): err is Error & { code: string; constraint?: string } {
  return err instanceof Error && (err as { code?: unknown }).code === UNIQUE_VIOLATION;
}

/** Runs a write and turns a unique violation into a ConflictError carrying `message`. */
export async function failOnConflict<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new ConflictError(message, err.constraint, { cause: err });
    throw err;
  }
}
