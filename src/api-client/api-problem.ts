import type { Problem } from '../../api/http/schemas';

/** A failed API call, from the API's RFC 9457 problem+json (or a network failure, status 0). */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  /** Field-level messages keyed by the field the API named (`workingHours.start`). */
  readonly fieldErrors: Readonly<Record<string, string>>;

  constructor(status: number, problem: Partial<Problem>) {
    super(problem.detail ?? problem.title ?? `The request failed (${status}).`);
    this.name = 'ApiProblem';
    this.status = status;
    this.code = problem.type?.split(':').pop() ?? 'unknown';
    this.requestId = problem.requestId;
    const fields: Record<string, string> = {};
    for (const error of problem.errors ?? []) fields[error.field] ??= error.message;
    this.fieldErrors = fields;
  }

  /** Field errors whose field is not one of `known`, to show above the form. */
  otherFieldErrors(known: readonly string[]): string[] {
    return Object.entries(this.fieldErrors)
      .filter(
        ([field]) =>
          !known.some(
            (name) => field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`),
          ),
      )
      .map(([field, message]) => `${field}: ${message}`);
  }
}

/** Reads a problem body from a failed response; tolerates non-JSON answers from proxies. */
export async function problemFrom(response: Response): Promise<ApiProblem> {
  let body: Partial<Problem> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') body = parsed as Partial<Problem>;
  } catch {
    // Not JSON: keep the status alone.
  }
  return new ApiProblem(response.status, body);
}
