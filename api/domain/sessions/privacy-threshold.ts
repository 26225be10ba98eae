/** Owners see a figure only when it covers at least this many people (PRODUCT.md: a minimum group size). */
export const MIN_GROUP_SIZE = 5;

export const WITHHELD_REASON = 'fewer than 5 people';

/** A figure shown to owners, or withheld with the reason. */
export type GuardedFigure<T> =
  { value: T; people: number } | { value: null; withheld: typeof WITHHELD_REASON };

/** Shows `value` only when it is computed over at least MIN_GROUP_SIZE distinct people. */
export function guardFigure<T>(value: T, people: number): GuardedFigure<T> {
  return people >= MIN_GROUP_SIZE ? { value, people } : { value: null, withheld: WITHHELD_REASON };
}
