import type { RequestHandler } from 'express';
import { GraphError } from '../types';
import { mulberry32, type Prng } from '../seed/prng';
import type { Knobs } from './knobs';

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Random 429 / 503 / held-then-504 answers at the configured rates, from a seeded generator. */
export function chaos(knobs: () => Knobs): RequestHandler {
  let seed: number | null = null;
  let rng: Prng = mulberry32(0);
  return async (_req, _res, next) => {
    const c = knobs().chaos;
    if (c.rate429 + c.rate503 + c.rateTimeout <= 0) return next();
    if (seed !== c.seed) {
      seed = c.seed;
      rng = mulberry32(c.seed);
    }
    const r = rng();
    if (r < c.rate429)
      throw new GraphError(429, 'TooManyRequests', 'Too many requests.', { 'Retry-After': '1' });
    if (r < c.rate429 + c.rate503) {
      throw new GraphError(503, 'serviceNotAvailable', 'Service unavailable.', { 'Retry-After': '2' });
    }
    if (r < c.rate429 + c.rate503 + c.rateTimeout) {
      await delay(c.timeoutMs);
      throw new GraphError(504, 'GatewayTimeout', 'The gateway did not receive a response in time.');
    }
    next();
  };
}
