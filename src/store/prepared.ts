import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * A query Kysely builds and compiles once per dialect and shape, then runs with each call's values.
 *
 * Kysely builds an immutable tree and compiles it to SQL on every call: for the statements every
 * request runs (an event by id, its counts, a workspace's settings, a new event's rows), that was
 * most of their CPU. The builder is written as usual, taking an object of arguments; what it is
 * handed stands in for each defined argument, so it must place every one of them as a plain value
 * (a `where`, an inserted column), never in a shape that depends on the value (an `in` list, a
 * clause added or not), which is checked when it is compiled. Arguments that are `undefined` are
 * left out, as Kysely leaves out an inserted column set to `undefined`: each set of defined
 * arguments is its own shape, compiled once.
 *
 * Hand-written: Kysely has no placeholders for values given later; this stands a marker object in
 * for each value, compiles, and finds the markers among the compiled parameters.
 */
export function prepared<P extends object, O>(build: (db: Kysely<Database>, p: P) => Compilable<O>) {
  const compiled = new Map<unknown, Map<string, Prepared<O>>>();
  const compile = (db: Kysely<Database>, args: P): Prepared<O> => {
    const query = build(db, slotsFor(args)).compile();
    const placed = new Set(query.parameters.filter((v): v is Slot => v instanceof Slot).map((s) => s.name));
    const missing = namesOf(args).filter((n) => !placed.has(n));
    if (missing.length) throw new Error(`prepared query: ${missing.join(', ')} not placed as a value in: ${query.sql}`);
    return { query, picks: query.parameters.map((v) => (v instanceof Slot ? { row: v.row, key: v.key } : { value: v })) };
  };
  return async (db: Kysely<Database>, args: P): Promise<O[]> => {
    if (Array.isArray(args) && args.length === 0) throw new Error('prepared query: no rows to insert (leave the query out)');
    // The SQL depends on the dialect only (a transaction shares its database's adapter).
    const dialect = db.getExecutor().adapter.constructor;
    let shapes = compiled.get(dialect);
    if (!shapes) compiled.set(dialect, (shapes = new Map()));
    const shape = shapeOf(args);
    let p = shapes.get(shape);
    if (!p) shapes.set(shape, (p = compile(db, args)));
    const rows = (Array.isArray(args) ? args : [args]) as Array<Record<string, unknown>>;
    const parameters = p.picks.map((pick) => ('value' in pick ? pick.value : rows[pick.row]![pick.key]));
    const result = await db.executeQuery<O>({ ...p.query, parameters });
    return result.rows;
  };
}

interface Prepared<O> {
  query: CompiledQuery<O>;
  /** Where each parameter comes from: an argument (row 0 of an object's), or a constant the builder wrote. */
  picks: Array<{ row: number; key: string } | { value: unknown }>;
}

/** Where a value goes in a prepared query: Kysely passes it through as a parameter, untouched. */
class Slot {
  constructor(
    readonly row: number,
    readonly key: string,
  ) {}
  get name(): string {
    return this.row === 0 ? this.key : `${this.row}.${this.key}`;
  }
}

type Row = Record<string, unknown>;
const rowsOf = (args: object): Row[] => (Array.isArray(args) ? (args as Row[]) : [args as Row]);
const definedKeys = (row: Row): string[] => Object.keys(row).filter((k) => row[k] !== undefined);

/** The defined arguments' names: `key` of an object, `i.key` of row i of an array (a multi-row insert). */
function namesOf(args: object): string[] {
  return rowsOf(args).flatMap((row, i) => definedKeys(row).map((k) => new Slot(i, k).name));
}

/** Which arguments are defined, in order: one compiled query serves every call of the same shape. */
function shapeOf(args: object): string {
  let shape = Array.isArray(args) ? '[' : '{';
  for (const row of rowsOf(args)) {
    for (const k in row) if (row[k] !== undefined) shape += `${k},`;
    shape += '|';
  }
  return shape;
}

/** The arguments' shape with a slot for each defined value. */
function slotsFor<P extends object>(args: P): P {
  const slots = rowsOf(args).map((row, i) => Object.fromEntries(definedKeys(row).map((k) => [k, new Slot(i, k)])));
  return (Array.isArray(args) ? slots : slots[0]) as P;
}
