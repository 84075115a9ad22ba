import { connect, type Db, type DbHandle } from "./pool.ts";

/**
 * The read-replica seam (issue 6 item 5; docs/scaling.md). Reports and national aggregates are long
 * reads that need no up-to-the-second data; with DATABASE_REPLICA_URL set they run on a second pool
 * to a streaming replica (or any read-only connection), so they take no connections or CPU from the
 * primary's inspectors. Without it they run on the primary, unchanged.
 *
 * The replica is attached to the primary's Kysely instance, not threaded through every deps object:
 * report code asks `reportReader(deps.db)` and gets the replica when one is attached. Everything else —
 * every write, every audit row (R11.2, also for reads of personal data), every read that decides a
 * write — keeps using the primary: a replica lags and refuses writes.
 */
const replicas = new WeakMap<Db, Db>();

/** The connection report reads use: the attached replica, or `primary` itself. */
export function reportReader(primary: Db): Db {
  return replicas.get(primary) ?? primary;
}

/**
 * Opens the replica pool for `url` (a few connections: reports are few and long) and attaches it to
 * the primary. Returns its handle to close at shutdown, or null when no URL is configured.
 */
export function attachReplica(primary: Db, url: string | undefined, max = 5): DbHandle | null {
  if (!url) return null;
  const replica = connect(url, max);
  replicas.set(primary, replica.db);
  return {
    ...replica,
    async close() {
      if (replicas.get(primary) === replica.db) replicas.delete(primary);
      await replica.close();
    },
  };
}

/**
 * A URL whose sessions refuse writes (`default_transaction_read_only`): how a test or a single-server
 * installation proves that report code never writes through the replica pool. A real hot standby
 * refuses writes by itself.
 */
export function readOnlyUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.set("options", "-c default_transaction_read_only=on");
  return u.toString();
}
