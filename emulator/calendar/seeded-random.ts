import { hashString, mulberry32, pick } from '../seed/prng';

/** 32-bit FNV-1a hash of the parts joined by '|': a stable seed for one person, day or meeting. */
export function hashKey(...parts: (string | number)[]): number {
  return hashString(parts.join('|'));
}

/** Deterministic generator (mulberry32) yielding floats in [0, 1). */
export const seededRandom = mulberry32;

export { pick };
