import type { ColumnType } from 'kysely';

/** JSON text produced by `toJson`, so jsonb parameters serialize the same on pg and PGlite (pg would send arrays as PG arrays). */
export type JsonText<T> = string & { readonly __json?: T };

/** A jsonb column written as JsonText<T>; read as unknown, for the repository to parse with the domain's schema. */
export type Json<T> = ColumnType<unknown, JsonText<T>, JsonText<T>>;
/** A jsonb column with a database default. */
export type JsonWithDefault<T> = ColumnType<unknown, JsonText<T> | undefined, JsonText<T>>;
/** timestamptz with a database default. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A `date` column: always 'YYYY-MM-DD' text on both engines. */
export type DateText = string;

export function toJson<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}
