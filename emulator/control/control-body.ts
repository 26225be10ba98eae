import type { Response } from 'express';
import type { z } from 'zod';

/** A control request's body failed validation: 400 naming each field. */
export function badRequest(res: Response, error: z.ZodError): void {
  res.status(400).json({
    error: 'invalid_request',
    issues: error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
}

export function notFound(res: Response, message: string): void {
  res.status(404).json({ error: 'not_found', message });
}
