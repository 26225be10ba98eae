import { ConflictError } from '../errors';

/** A write collided with a unique key: the row already exists. A ConflictError, so it answers 409. */
export class DuplicateError extends ConflictError {
  constructor(
    message: string,
    /** The violated constraint, e.g. `enrollments_pkey`. */
    readonly constraint: string | undefined,
    cause: unknown,
  ) {
    super(message, { cause });
  }
}

const UNIQUE_VIOLATION = '23505';

/** Postgres's `unique_violation`, as raised by both pg and PGlite. */
export function isUniqueViolation(err: unknown): err is Error & { code: string; constraint?: string } {
  return err instanceof Error && (err as { code?: unknown }).code === UNIQUE_VIOLATION;
}

/** Runs a write and turns a unique violation into a DuplicateError carrying `message`. */
export async function failOnConflict<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw new DuplicateError(message, err.constraint, err);
    throw err;
  }
}
