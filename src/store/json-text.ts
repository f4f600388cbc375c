declare const holds: unique symbol;

/**
 * A column of JSON text (TEXT on both SQLite and Postgres) whose content is a `T`: the table type
 * says what the text holds, so a row can only be written with `toJson(value)` of that type and is
 * read back as one with `fromJson`. The brand exists only for the type checker.
 */
export type JsonText<T> = string & { readonly [holds]: T };

/** A value as the JSON text of a column holding its type. */
export function toJson<T>(value: T): JsonText<T> {
  return JSON.stringify(value) as JsonText<T>;
}

/** The value a JSON column holds. The text was written by toJson of that type (or by a migration that wrote the same shape). */
export function fromJson<T>(text: JsonText<T>): T {
  return JSON.parse(text) as T;
}
