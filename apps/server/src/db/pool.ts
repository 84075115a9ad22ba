import pg from "pg";
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  PostgresDriver,
  type DatabaseConnection,
  type Driver,
  type TransactionSettings,
} from "kysely";
import type { Database } from "./schema.ts";
import { currentRequestTransaction } from "./request-transaction.ts";

// timestamptz and date come back as they are stored: instants as Date, legal dates as "YYYY-MM-DD"
// strings (a date column must never shift by a time zone on the way out).
pg.types.setTypeParser(1082, (v: string) => v);
// bigint counts fit in a JS number for everything this registry counts.
pg.types.setTypeParser(20, (v: string) => Number(v));

export type Db = Kysely<Database>;

export interface DbHandle {
  readonly db: Db;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

/**
 * How the connection commits what is not a transaction of ours.
 * - `reads-async`: a single statement outside `db.transaction()` — a read with its audit rows (R11.2),
 *   the session's activity mark — commits without waiting for the WAL flush (synchronous_commit=off),
 *   while every transaction opened through Kysely, where records change, turns it back on and waits.
 *   The flush was most of an IIN lookup's time (measured 2 December on the 1,000,000-person database:
 *   3.6 → 1.4 ms average; docs/benchmark.md). What this gives up, and only on a crash of the database
 *   server itself (not of this process): the audit rows of reads answered in the last ~0.6 s
 *   (3 × wal_writer_delay). The data stays consistent; no change of a record is ever lost this way.
 * - `all-sync`: every commit waits (AUDIT_READS_SYNCHRONOUS=true).
 */
export type CommitMode = "reads-async" | "all-sync";

/**
 * Opens every Kysely transaction with synchronous commit on, whatever the connection's default — in
 * the same round trip as BEGIN. Inside a request transaction (request-transaction.ts) every query runs
 * on the request's connection and a use case's transaction is a savepoint of it, so what the request
 * writes commits once, with its idempotency key.
 */
class DurableWritesDriver extends PostgresDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    return currentRequestTransaction()?.connection ?? (await super.acquireConnection());
  }
  override async releaseConnection(connection: DatabaseConnection): Promise<void> {
    if (currentRequestTransaction()?.connection === connection) return;
    await super.releaseConnection(connection as Parameters<PostgresDriver["releaseConnection"]>[0]);
  }
  override async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const trx = currentRequestTransaction();
    if (trx?.connection === connection) {
      trx.depth += 1;
      await connection.executeQuery(CompiledQuery.raw(`SAVEPOINT request_${trx.depth}`));
      return;
    }
    if (settings.isolationLevel || settings.accessMode) {
      await super.beginTransaction(connection, settings);
      await connection.executeQuery(CompiledQuery.raw("SET LOCAL synchronous_commit = on"));
      return;
    }
    await connection.executeQuery(CompiledQuery.raw("BEGIN; SET LOCAL synchronous_commit = on"));
  }
  override async commitTransaction(connection: DatabaseConnection) {
    const trx = currentRequestTransaction();
    if (trx?.connection === connection) {
      await connection.executeQuery(CompiledQuery.raw(`RELEASE SAVEPOINT request_${trx.depth}`));
      trx.depth -= 1;
      return;
    }
    await super.commitTransaction(connection);
  }
  override async rollbackTransaction(connection: DatabaseConnection) {
    const trx = currentRequestTransaction();
    if (trx?.connection === connection) {
      const name = `request_${trx.depth}`;
      trx.depth -= 1;
      await connection.executeQuery(
        CompiledQuery.raw(`ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}`),
      );
      return;
    }
    await super.rollbackTransaction(connection);
  }
}

class DurableWritesDialect extends PostgresDialect {
  readonly #pool: pg.Pool;
  constructor(pool: pg.Pool) {
    super({ pool });
    this.#pool = pool;
  }
  override createDriver(): Driver {
    return new DurableWritesDriver({ pool: this.#pool });
  }
}

export function connect(url: string, max = 20, mode: CommitMode = "reads-async"): DbHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: "aldyn",
    options: `-c synchronous_commit=${mode === "reads-async" ? "off" : "on"}`,
  });
  // An idle client's network error must not crash the process; the pool replaces the client.
  pool.on("error", () => {});
  const db = new Kysely<Database>({ dialect: new DurableWritesDialect(pool) });
  return {
    db,
    pool,
    async close() {
      await db.destroy();
    },
  };
}

/** Replaces the database name of a connection URL. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
