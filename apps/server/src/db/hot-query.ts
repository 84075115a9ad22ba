import { createHash } from "node:crypto";
import {
  CompiledQuery,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Compilable,
  type RawBuilder,
} from "kysely";
import type pg from "pg";
import type { Database } from "./schema.ts";
import { connectionFor } from "./request-transaction.ts";

/**
 * A query of a hot path, built and compiled once (R12 fast path): Kysely rebuilt and recompiled the
 * same few query shapes on every request, about a quarter of the API's CPU at 1,000 lookups a second.
 * The query is written once with Kysely as usual, against named parameters; at first use it is
 * compiled with a placeholder for each parameter, and from then on a call only puts the values in
 * their places and runs the SQL as a named prepared statement of its connection (planned once per
 * connection: for these index lookups planning cost more than execution).
 *
 * Rules for the builder: it must not look at a parameter's value (no branching on it, no arrays
 * expanded into `IN (…)` lists — use `= ANY(${p.ids})`), and must use each parameter as a value. A
 * builder that breaks them is refused when it is first compiled, not answered wrongly.
 *
 * Only for queries whose plan does not depend on the parameter values (equality on a key, a small
 * range): PostgreSQL may switch a prepared statement to a generic plan after five runs.
 */
export interface HotQuery<P, R> {
  readonly sql: string;
  /**
   * All rows. On the pool it is a prepared statement, inside a request transaction on that
   * transaction's connection; on a Kysely instance or transaction (a use case's own transaction, a
   * caller without the pool) it runs there, unprepared but still not rebuilt.
   */
  all(on: On, params: P): Promise<R[]>;
  first(on: On, params: P): Promise<R | undefined>;
}

type On = pg.Pool | Kysely<Database>;

/** A Kysely that only compiles: the shapes are built against it, never executed by it. */
const shapes = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

class Slot {
  constructor(readonly name: string) {}
}

interface Shape {
  readonly sql: string;
  readonly name: string;
  /** Per SQL parameter: the name of the caller's parameter, or a constant of the shape. */
  readonly places: readonly ({ slot: string } | { constant: unknown })[];
}

/** A query builder, or a raw `sql` template (compiled against the compile-only Kysely). */
type Built<R> = Compilable<R> | RawBuilder<R>;

function compileShape<P>(build: (db: Kysely<Database>, p: P) => Built<unknown>): Shape {
  const used = new Set<string>();
  const p = new Proxy(
    {},
    {
      get(_t, key) {
        if (typeof key !== "string") return undefined;
        used.add(key);
        return new Slot(key);
      },
    },
  ) as P;
  const built = build(shapes, p);
  // A raw template compiles against a Kysely (its one argument); a query builder knows its own.
  const compiled =
    built.compile.length > 0
      ? (built as RawBuilder<unknown>).compile(shapes)
      : (built as Compilable<unknown>).compile();
  const places = compiled.parameters.map((v) => (v instanceof Slot ? { slot: v.name } : { constant: v }));
  const placed = new Set(places.flatMap((x) => ("slot" in x ? [x.slot] : [])));
  const lost = [...used].filter((k) => !placed.has(k));
  if (lost.length > 0 || compiled.sql.includes("[object Object]"))
    throw new Error(`A hot query must use its parameters as values only: ${lost.join(", ") || compiled.sql}`);
  const name = `h${createHash("sha1").update(compiled.sql).digest("hex").slice(0, 20)}`;
  return { sql: compiled.sql, name, places };
}

export function hotQuery<P extends object, R>(
  build: (db: Kysely<Database>, p: P) => Built<R>,
): HotQuery<P, R> {
  let shape: Shape | undefined;
  const shapeOf = () => (shape ??= compileShape(build));
  return runner(shapeOf);
}

/**
 * Hot queries whose structure has a few variants (a filter present or not, a join needed or not):
 * one compiled shape per variant, built on first use. The variant must be a small, closed set of
 * strings decided by the caller — never a value from a request.
 */
export function hotQueries<V extends string, P extends object, R>(
  build: (db: Kysely<Database>, p: P, variant: V) => Built<R>,
): (variant: V) => HotQuery<P, R> {
  const byVariant = new Map<V, HotQuery<P, R>>();
  return (variant) => {
    let q = byVariant.get(variant);
    if (!q) {
      let shape: Shape | undefined;
      q = runner(() => (shape ??= compileShape<P>((db, p) => build(db, p, variant))));
      byVariant.set(variant, q);
    }
    return q;
  };
}

function runner<P extends object, R>(shapeOf: () => Shape): HotQuery<P, R> {
  const all = async (on: On, params: P): Promise<R[]> => {
    const s = shapeOf();
    const values = s.places.map((x) =>
      "slot" in x ? (params as Record<string, unknown>)[x.slot] : x.constant,
    );
    if (on instanceof Kysely) return (await on.executeQuery<R>(CompiledQuery.raw(s.sql, values))).rows;
    const pool = on;
    // Inside a request transaction the read must see what the request wrote: it runs on that connection.
    const result = await connectionFor(pool).query({ name: s.name, text: s.sql, values });
    return result.rows as R[];
  };
  return {
    get sql() {
      return shapeOf().sql;
    },
    all,
    first: async (on, params) => (await all(on, params))[0],
  };
}
