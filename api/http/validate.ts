import type { z } from 'zod';
import { ValidationError } from '../errors';
import { fieldOf } from './schemas/problem';

/** Part of the request a schema validates. */
export type RequestSource = 'body' | 'query' | 'params' | 'headers';

/**
 * Parses one part of the request (`validate(CreateCohortBody, req.body)`, `validate(Q, req.query, 'query')`)
 * with a zod schema; a failure is a 400 naming each bad field.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  source: RequestSource = 'body',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    field: fieldOf(issue.path) || source,
    message: issue.message,
  }));
  const names = [...new Set(errors.map((error) => error.field))].join(', ');
  throw new ValidationError(`The request ${source} is invalid: ${names}.`, errors, { cause: result.error });
}
