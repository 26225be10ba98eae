import { PodFormationInputError } from './errors';
import type { PodMode, PodSettings, PodWeights } from './types';

/** Settings with every default filled in and every bound checked. */
export interface ResolvedSettings {
  sizeMin: number;
  sizeMax: number;
  targetSize: number;
  mode: PodMode;
  sessionMinutes: number;
  weekStart: string;
  /** 00:00 UTC of weekStart. */
  weekStartMs: number;
  weights: PodWeights;
  seed: number;
}

export const DEFAULT_WEIGHTS: PodWeights = { level: 3, function: 2, shared: 1, timeZone: 1, repeat: 3 };

const fail = (field: string, message: string): never => {
  throw new PodFormationInputError(field, message);
};

/** Checks settings against the headcount and fills defaults; throws PodFormationInputError. */
export function resolveSettings(settings: PodSettings, participantCount?: number): ResolvedSettings {
  const { sizeMin, sizeMax, sessionMinutes, weekStart, seed, mode } = settings;
  for (const [field, value] of [
    ['sizeMin', sizeMin],
    ['sizeMax', sizeMax],
  ] as const) {
    if (!Number.isInteger(value) || value < 2 || value > 4)
      fail(field, `${field} must be a whole number from 2 to 4`);
  }
  if (sizeMin > sizeMax) fail('sizeMin', 'sizeMin must not exceed sizeMax');
  const targetSize = settings.targetSize ?? sizeMax;
  if (!Number.isInteger(targetSize) || targetSize < sizeMin || targetSize > sizeMax) {
    fail('targetSize', `targetSize must lie between sizeMin (${sizeMin}) and sizeMax (${sizeMax})`);
  }
  if (mode !== 'cross-functional' && mode !== 'same-function')
    fail('mode', "mode must be 'cross-functional' or 'same-function'");
  if (!Number.isFinite(sessionMinutes) || sessionMinutes <= 0 || sessionMinutes > 1440) {
    fail('sessionMinutes', 'sessionMinutes must be between 1 and 1440');
  }
  const weekStartMs = /^\d{4}-\d{2}-\d{2}$/.test(weekStart) ? Date.parse(`${weekStart}T00:00:00Z`) : NaN;
  if (Number.isNaN(weekStartMs)) fail('weekStart', "weekStart must be a date 'YYYY-MM-DD'");
  if (!Number.isInteger(seed)) fail('seed', 'seed must be a whole number');
  const weights = { ...DEFAULT_WEIGHTS, ...settings.weights };
  for (const [name, w] of Object.entries(weights)) {
    if (!Number.isFinite(w) || w < 0) fail(`weights.${name}`, 'weights must be zero or more');
  }
  if (participantCount !== undefined && participantCount < sizeMin) {
    fail('participants', `${participantCount} participants are fewer than the minimum pod size ${sizeMin}`);
  }
  return { sizeMin, sizeMax, targetSize, mode, sessionMinutes, weekStart, weekStartMs, weights, seed };
}
