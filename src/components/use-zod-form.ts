import { useMemo, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { fieldOf } from '../../api/http/schemas';
import { ApiProblem } from '../api-client/api-problem';

export type FieldErrors = Readonly<Record<string, string>>;

/** First message per field of a zod error, fields named as the API names them (`workingHours.start`). */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[fieldOf(issue.path) || 'form'] ??= issue.message;
  return errors;
}

/**
 * A form validated field by field with the API's own zod schema: a field's error shows once it was left or the
 * form submitted, and problem+json field errors from the API show next to the field they name until it changes.
 */
export function useZodForm<S extends z.ZodType>(schema: S, initial: z.input<S>) {
  const [values, setValues] = useState<z.input<S>>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  const parsed = useMemo(() => schema.safeParse(values), [schema, values]);
  const clientErrors = useMemo(() => (parsed.success ? {} : zodFieldErrors(parsed.error)), [parsed]);

  const errorFor = (field: string): string | undefined =>
    serverErrors[field] ?? (touched.has(field) || submitted ? clientErrors[field] : undefined);

  /** Errors of `prefix` and its parts (`people`, `people[3]`), shown once `prefix` was left or the form submitted. */
  const errorsUnder = (prefix: string): [string, string][] => {
    const under = (field: string) =>
      field === prefix || field.startsWith(`${prefix}[`) || field.startsWith(`${prefix}.`);
    const visible = touched.has(prefix) || submitted;
    const merged: Record<string, string> = visible
      ? Object.fromEntries(Object.entries(clientErrors).filter(([f]) => under(f)))
      : {};
    for (const [field, message] of Object.entries(serverErrors)) if (under(field)) merged[field] = message;
    return Object.entries(merged);
  };

  /** Props for a Fluent `Field`: its message and state. */
  const fieldProps = (field: string) => {
    const message = errorFor(field);
    return message ? { validationMessage: message, validationState: 'error' as const } : {};
  };

  const update = (field: string, next: (current: z.input<S>) => z.input<S>) => {
    setValues((current) => next(current));
    setServerErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([f]) => f !== field && !f.startsWith(`${field}[`))),
    );
  };

  const touch = (field: string) => setTouched((current) => new Set(current).add(field));

  const handleSubmit = (onValid: (data: z.output<S>) => Promise<unknown>) => async (event?: FormEvent) => {
    event?.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (!parsed.success) return;
    setSubmitting(true);
    try {
      await onValid(parsed.data);
    } catch (error) {
      setProblem(error);
      if (error instanceof ApiProblem) setServerErrors(error.fieldErrors);
    } finally {
      setSubmitting(false);
    }
  };

  const reset = (next: z.input<S>) => {
    setValues(next);
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
    setProblem(null);
  };

  return {
    values,
    setValues,
    update,
    touch,
    errorFor,
    errorsUnder,
    fieldProps,
    handleSubmit,
    submitting,
    problem,
    isValid: parsed.success,
    reset,
    clientErrors,
  };
}
