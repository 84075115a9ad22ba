import { sql } from "kysely";
import type { Db } from "../db/pool.ts";

/** Seals all committed, unsealed audit rows into the hash chain; returns how many it sealed. */
export async function sealAudit(db: Db, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const r = await sql<{ n: number }>`SELECT audit_seal(${batch}) AS n`.execute(db);
    const n = r.rows[0]?.n ?? 0;
    total += n;
    if (n < batch) return total;
  }
}

export interface ChainVerdict {
  readonly ok: boolean;
  readonly checked: number;
  readonly firstBroken: { seq: number; reason: string } | null;
}

/**
 * Recomputes every link of the chain in the database and names the first broken one: a row whose
 * content changed (hash mismatch), a removed or inserted row (sequence gap or previous-hash mismatch).
 */
export async function verifyAuditChain(db: Db): Promise<ChainVerdict> {
  const broken = await sql<{ chain_seq: number; reason: string }>`
    WITH c AS (
      SELECT a.chain_seq, a.hash, a.prev_hash,
             lag(a.hash) OVER (ORDER BY a.chain_seq) AS expected_prev,
             row_number() OVER (ORDER BY a.chain_seq) AS n,
             audit_link_hash(a.prev_hash, a) AS recomputed
        FROM audit_log a WHERE a.chain_seq IS NOT NULL)
    SELECT chain_seq,
           CASE WHEN chain_seq <> n THEN 'a row is missing before this one'
                WHEN prev_hash IS DISTINCT FROM coalesce(expected_prev, 'genesis') THEN 'the link to the previous row is broken'
                ELSE 'the row was changed after it was written' END AS reason
      FROM c
     WHERE chain_seq <> n OR prev_hash IS DISTINCT FROM coalesce(expected_prev, 'genesis') OR hash IS DISTINCT FROM recomputed
     ORDER BY chain_seq LIMIT 1`.execute(db);
  const count = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM audit_log WHERE chain_seq IS NOT NULL`.execute(db);
  const first = broken.rows[0];
  return {
    ok: !first,
    checked: count.rows[0]?.n ?? 0,
    firstBroken: first ? { seq: first.chain_seq, reason: first.reason } : null,
  };
}

/** Seals in the background every few seconds while the server runs (one sealer wins the lock). */
export function startAuditSealer(db: Db, everyMs = 2000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = sealAudit(db).catch(() => 0);
  }, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
