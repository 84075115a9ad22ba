import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import type { CompiledQuery, DatabaseConnection, QueryResult } from "kysely";

/**
 * A request that must be atomic as a whole (an idempotent POST, http/idempotency.ts) runs every query
 * on one connection inside one transaction: the driver (pool.ts) hands this connection to every Kysely
 * query of the request and turns the use case's own transactions into savepoints, and prepared reads
 * (http/prepared.ts) run on it too. So the record, its audit rows and the stored response commit
 * together or not at all (R11.2; ARCHITECTURE.md "Writes are idempotent").
 */
export interface RequestTransaction {
  readonly client: pg.PoolClient;
  readonly connection: DatabaseConnection;
  /** Savepoints open inside it (the use case's nested "transactions"). */
  depth: number;
  /** Committed or rolled back: a later query of the request fails instead of running on its own. */
  finished: boolean;
  /** The last query sent: the next waits for it (one connection runs one query at a time). */
  tail: Promise<unknown>;
}

/** What runs a query: the pool, or the request transaction's connection. */
export interface Queryable {
  query(config: pg.QueryConfig): Promise<pg.QueryResult>;
}

/**
 * Sends a query on the request's connection after the queries sent before it: a use case may start
 * reads at once (Promise.all), which one connection must still run one after another — pg queues
 * them today but deprecates it.
 */
export function queryOnRequest(trx: RequestTransaction, config: pg.QueryConfig): Promise<pg.QueryResult> {
  // Running it on a connection of its own would write outside the request's atomic whole.
  if (trx.finished) return Promise.reject(new Error("The request transaction has already ended."));
  const run = trx.tail.then(() => trx.client.query(config));
  trx.tail = run.catch(() => undefined);
  return run;
}

/**
 * Where a query of the running request goes: the request transaction's connection while it is open
 * (the read must see what the request wrote, and a second connection while holding one would starve
 * the pool under a burst), else the pool.
 */
export function connectionFor(pool: pg.Pool): Queryable {
  const trx = currentRequestTransaction();
  if (trx?.finished) throw new Error("The request transaction has already ended.");
  return trx ? { query: (config) => queryOnRequest(trx, config) } : pool;
}

const scope = new AsyncLocalStorage<RequestTransaction>();

/** The open request transaction of the running request, if it has one. */
export function currentRequestTransaction(): RequestTransaction | undefined {
  return scope.getStore();
}

/** Runs `fn` (and everything it continues into) inside the request transaction. */
export function runInRequestTransaction<T>(trx: RequestTransaction, fn: () => T): T {
  return scope.run(trx, fn);
}

class ClientConnection implements DatabaseConnection {
  readonly #trx: () => RequestTransaction;
  constructor(trx: () => RequestTransaction) {
    this.#trx = trx;
  }
  async executeQuery<R>(q: CompiledQuery): Promise<QueryResult<R>> {
    const r = await queryOnRequest(this.#trx(), { text: q.sql, values: [...q.parameters] });
    const changed =
      r.command === "INSERT" || r.command === "UPDATE" || r.command === "DELETE" || r.command === "MERGE";
    return {
      rows: (r.rows ?? []) as R[],
      ...(changed ? { numAffectedRows: BigInt(r.rowCount ?? 0) } : {}),
    };
  }
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("Streaming is not available inside a request transaction.");
  }
}

/**
 * Takes a connection and begins the request's transaction, synchronous whatever the pool's default
 * (pool.ts CommitMode) — in one round trip.
 */
export async function beginRequestTransaction(
  pool: pg.Pool,
  opts: { lockTimeout?: string } = {},
): Promise<RequestTransaction> {
  const client = await pool.connect();
  const lock = opts.lockTimeout
    ? `; SET LOCAL lock_timeout = '${opts.lockTimeout.replace(/[^0-9a-z]/g, "")}'`
    : "";
  try {
    await client.query(`BEGIN; SET LOCAL synchronous_commit = on${lock}`);
  } catch (e) {
    client.release(e as Error);
    throw e;
  }
  const trx: RequestTransaction = {
    client,
    connection: new ClientConnection(() => trx),
    depth: 0,
    finished: false,
    tail: Promise.resolve(),
  };
  return trx;
}

/**
 * Commits (or rolls back) and gives the connection back; safe to call twice. A COMMIT of a transaction
 * that an error aborted rolls back without an error of its own: that is thrown here, so the caller
 * never acknowledges a write that did not commit.
 */
export async function endRequestTransaction(trx: RequestTransaction, commit: boolean): Promise<void> {
  if (trx.finished) return;
  trx.finished = true;
  await trx.tail;
  let tag: string | undefined;
  try {
    tag = (await trx.client.query(commit ? "COMMIT" : "ROLLBACK")).command;
  } catch (e) {
    trx.client.release(e as Error); // a broken connection is not returned to the pool
    throw e;
  }
  trx.client.release();
  if (commit && tag !== "COMMIT") throw new Error("The request transaction was rolled back.");
}
