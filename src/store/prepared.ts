import { CompiledQuery, type Compilable, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** Where a value goes in a prepared query: Kysely passes it through as a parameter, untouched. */
class Slot {
  constructor(readonly name: string) {}
}

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
 * Hand-written: Kysely has no placeholders of its own, and kysely-params (the same idea) is
 * unmaintained and has no shapes.
 */
export function prepared<P extends object, O>(build: (db: Kysely<Database>, p: P) => Compilable<O>) {
  const compiled = new Map<unknown, Map<string, CompiledQuery<O>>>();
  const compile = (db: Kysely<Database>, args: P): CompiledQuery<O> => {
    const query = build(db, slotsFor(args)).compile();
    const placed = new Set(query.parameters.filter((v): v is Slot => v instanceof Slot).map((s) => s.name));
    const missing = [...valuesOf(args).keys()].filter((n) => !placed.has(n));
    if (missing.length) throw new Error(`prepared query: ${missing.join(', ')} not placed as a value in: ${query.sql}`);
    return query;
  };
  return async (db: Kysely<Database>, args: P): Promise<O[]> => {
    if (Array.isArray(args) && args.length === 0) throw new Error('prepared query: no rows to insert (leave the query out)');
    const values = valuesOf(args);
    const shape = [...values.keys()].join(',');
    // The SQL depends on the dialect only (a transaction shares its database's adapter).
    const dialect = db.getExecutor().adapter.constructor;
    let shapes = compiled.get(dialect);
    if (!shapes) compiled.set(dialect, (shapes = new Map()));
    let query = shapes.get(shape);
    if (!query) shapes.set(shape, (query = compile(db, args)));
    const parameters = query.parameters.map((v) => (v instanceof Slot ? values.get(v.name) : v));
    const result = await db.executeQuery(CompiledQuery.raw(query.sql, parameters) as CompiledQuery<O>);
    return result.rows;
  };
}

type Args = Record<string, unknown> | ReadonlyArray<Record<string, unknown>>;

/** Each defined argument by name: `key` of an object, `i.key` of row i of an array (a multi-row insert). */
function valuesOf(args: object): Map<string, unknown> {
  const values = new Map<string, unknown>();
  const add = (o: Record<string, unknown>, prefix: string) => {
    for (const k of Object.keys(o)) if (o[k] !== undefined) values.set(prefix + k, o[k]);
  };
  if (Array.isArray(args)) (args as Array<Record<string, unknown>>).forEach((row, i) => add(row, `${i}.`));
  else add(args as Record<string, unknown>, '');
  return values;
}

/** The arguments' shape with a slot for each defined value. */
function slotsFor<P extends object>(args: P): P {
  const slots = (o: Record<string, unknown>, prefix: string) =>
    Object.fromEntries(Object.keys(o).filter((k) => o[k] !== undefined).map((k) => [k, new Slot(prefix + k)]));
  const a = args as Args;
  return (Array.isArray(a) ? a.map((row, i) => slots(row, `${i}.`)) : slots(a as Record<string, unknown>, '')) as P;
}
