import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  fstatSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import path from "node:path";
import { sql } from "kysely";
import type { Db } from "../db/pool.ts";
import { sealAudit } from "./chain.ts";

/**
 * The audit chain anchored outside the database (R11.2). The chain in audit_log proves that no row
 * was changed unless every later hash was recomputed — which whoever can write the table (a
 * superuser, the owner with triggers disabled) can do. So the server regularly writes the chain's
 * head (chain_seq, hash) to a file, each line with an HMAC-SHA256 under a key the database never
 * holds: a rewrite of a row at or before an anchored position changes that position's hash and the
 * anchor no longer matches, and an anchor cannot be forged without the key. What the anchors cannot
 * show is a change after the last anchor (at most one interval, ANCHOR_EVERY_MS, and nothing at all
 * after a clean shutdown, which anchors last).
 *
 * Formats, kept stable for `npm run db:backup` / `db:restore`, which copy the anchors file with the
 * dump (never the key, which is backed up separately):
 * - the key file: 64 hex characters (32 random bytes) and a newline, mode 0600;
 * - the anchors file: JSON lines `{"seq":…,"hash":"…","at":"…","mac":"…"}`, appended, mode 0600;
 *   mac = hex HMAC-SHA256(key, "aldyn-audit-anchor/1\n" + seq + "\n" + hash + "\n" + at).
 */
export interface AnchorFiles {
  /** AUDIT_ANCHOR_KEY_FILE, default DATA_DIR/audit-anchor.key. */
  readonly keyFile: string;
  /** AUDIT_ANCHORS_FILE, default DATA_DIR/audit-anchors.jsonl. */
  readonly anchorsFile: string;
}

export interface Anchor {
  readonly seq: number;
  readonly hash: string;
  /** When the anchor was written (ISO 8601, UTC). */
  readonly at: string;
  readonly mac: string;
}

/** Every 10 minutes when the head moved (and at a clean shutdown). */
export const ANCHOR_EVERY_MS = 10 * 60_000;

export function anchorFilesOf(env: NodeJS.ProcessEnv = process.env): AnchorFiles {
  const dataDir = env.DATA_DIR ?? "data";
  return {
    keyFile: path.resolve(env.AUDIT_ANCHOR_KEY_FILE || path.join(dataDir, "audit-anchor.key")),
    anchorsFile: path.resolve(env.AUDIT_ANCHORS_FILE || path.join(dataDir, "audit-anchors.jsonl")),
  };
}

/** The key, made (0600, never overwritten) on first use by the server. */
export function loadOrCreateAnchorKey(file: string): Buffer {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e; // made meanwhile: use that one
    }
  }
  return readAnchorKey(file);
}

/** The key of an existing key file (verification never makes one). */
export function readAnchorKey(file: string): Buffer {
  const text = readFileSync(file, "utf8").trim();
  if (!/^[0-9a-f]{64}$/.test(text)) throw new Error(`${file} is not an audit anchor key (64 hex characters)`);
  return Buffer.from(text, "hex");
}

export function anchorMac(key: Buffer, a: Pick<Anchor, "seq" | "hash" | "at">): string {
  return createHmac("sha256", key).update(`aldyn-audit-anchor/1\n${a.seq}\n${a.hash}\n${a.at}`).digest("hex");
}

/** The JSON line of an anchor (without the newline). */
export function anchorLine(a: Anchor): string {
  return JSON.stringify({ seq: a.seq, hash: a.hash, at: a.at, mac: a.mac });
}

/** An anchor read from a line, or why the line is not one. */
export function parseAnchor(line: string): Anchor | string {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return "the line is not JSON";
  }
  const a = v as Partial<Record<keyof Anchor, unknown>>;
  if (
    typeof a !== "object" ||
    a === null ||
    typeof a.seq !== "number" ||
    !Number.isSafeInteger(a.seq) ||
    a.seq < 1 ||
    typeof a.hash !== "string" ||
    !/^[0-9a-f]{64}$/.test(a.hash) ||
    typeof a.at !== "string" ||
    Number.isNaN(Date.parse(a.at)) ||
    typeof a.mac !== "string" ||
    !/^[0-9a-f]{64}$/.test(a.mac)
  )
    return "the line is not an anchor {seq, hash, at, mac}";
  return { seq: a.seq, hash: a.hash, at: a.at, mac: a.mac };
}

/** The lines of the anchors file with their numbers (from 1); blank lines are left out. */
export function readAnchorLines(file: string): { line: number; text: string }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter((l) => l.text !== "");
}

/** The last anchor of the file (read from its end: the file grows by ~50,000 lines a year). */
export function lastAnchor(file: string): Anchor | null {
  if (!existsSync(file)) return null;
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const len = Math.min(size, 4096);
    const buf = Buffer.alloc(len);
    readSync(fd, buf, 0, len, size - len);
    const lines = buf
      .toString("utf8")
      .split("\n")
      .filter((l) => l.trim() !== "");
    const last = lines.length > 0 ? parseAnchor(lines[lines.length - 1]!) : null;
    return typeof last === "string" ? null : last;
  } finally {
    closeSync(fd);
  }
}

export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/** The last sealed row of the chain, or null when nothing is sealed yet. */
export async function chainHead(db: Db): Promise<ChainHead | null> {
  const r = await sql<{ seq: string; hash: string }>`
    SELECT chain_seq AS seq, hash FROM audit_log WHERE chain_seq IS NOT NULL
     ORDER BY chain_seq DESC LIMIT 1`.execute(db);
  const row = r.rows[0];
  return row ? { seq: Number(row.seq), hash: row.hash } : null;
}

/**
 * Appends an anchor of `head` unless the file's last anchor already names it; returns the anchor
 * written, or null. The line is on disk before this returns. Needs no database: a clean stop of the
 * embedded cluster ends its connections at once (Ctrl-C reaches PostgreSQL too).
 */
export function appendAnchor(files: AnchorFiles, head: ChainHead, now = new Date()): Anchor | null {
  const key = loadOrCreateAnchorKey(files.keyFile);
  const last = lastAnchor(files.anchorsFile);
  if (last && last.seq === head.seq && last.hash === head.hash) return null;
  const at = now.toISOString();
  const anchor: Anchor = { seq: head.seq, hash: head.hash, at, mac: anchorMac(key, { ...head, at }) };
  mkdirSync(path.dirname(files.anchorsFile), { recursive: true });
  const fd = openSync(files.anchorsFile, "a", 0o600);
  try {
    writeSync(fd, `${anchorLine(anchor)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return anchor;
}

/** Anchors the chain's current head (see appendAnchor); null when nothing is sealed or it is anchored. */
export async function writeAnchor(db: Db, files: AnchorFiles, now = new Date()): Promise<Anchor | null> {
  const head = await chainHead(db);
  return head ? appendAnchor(files, head, now) : null;
}

export interface AnchorVerdict {
  readonly ok: boolean;
  /** Anchors checked and found right (before the first broken one). */
  readonly checked: number;
  /** The last anchor of the file, when all are right. */
  readonly last: Anchor | null;
  readonly firstBroken: { line: number; seq: number | null; at: string | null; reason: string } | null;
}

/**
 * Checks every anchor in file order: a well-formed line, its MAC under the key, and the audit row at
 * its position existing with its hash. Names the first anchor that fails.
 */
export async function verifyAnchors(db: Db, files: AnchorFiles): Promise<AnchorVerdict> {
  const lines = readAnchorLines(files.anchorsFile);
  if (lines.length === 0) return { ok: true, checked: 0, last: null, firstBroken: null };
  let key: Buffer;
  try {
    key = readAnchorKey(files.keyFile);
  } catch (e) {
    const reason = `the anchor key cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): no anchor can be checked`;
    return {
      ok: false,
      checked: 0,
      last: null,
      firstBroken: { line: lines[0]!.line, seq: null, at: null, reason },
    };
  }
  const parsed = lines.map((l) => ({ ...l, anchor: parseAnchor(l.text) }));
  const seqs = [...new Set(parsed.flatMap((p) => (typeof p.anchor === "string" ? [] : [p.anchor.seq])))];
  const stored = new Map<number, string[]>();
  for (let i = 0; i < seqs.length; i += 5000) {
    const r = await sql<{ seq: string; hash: string | null }>`
      SELECT chain_seq AS seq, hash FROM audit_log
       WHERE chain_seq = ANY(${seqs.slice(i, i + 5000)}::bigint[])`.execute(db);
    for (const row of r.rows)
      stored.set(Number(row.seq), [...(stored.get(Number(row.seq)) ?? []), row.hash ?? ""]);
  }
  let checked = 0;
  for (const p of parsed) {
    const a = p.anchor;
    const broken = (reason: string) => ({
      ok: false,
      checked,
      last: null,
      firstBroken: {
        line: p.line,
        seq: typeof a === "string" ? null : a.seq,
        at: typeof a === "string" ? null : a.at,
        reason,
      },
    });
    if (typeof a === "string") return broken(a);
    const mac = Buffer.from(anchorMac(key, a), "hex");
    if (!timingSafeEqual(mac, Buffer.from(a.mac, "hex")))
      return broken("its MAC is wrong: the line was not written with this key, or was changed");
    const hashes = stored.get(a.seq);
    if (!hashes) return broken(`audit row ${a.seq} no longer exists in the chain`);
    if (hashes.some((h) => h !== a.hash))
      return broken(`audit row ${a.seq} no longer has the anchored hash: the chain was rewritten up to it`);
    checked++;
  }
  const last = parsed[parsed.length - 1]!.anchor as Anchor;
  return { ok: true, checked, last, firstBroken: null };
}

/**
 * While the server runs: at start, seals what an earlier run left unsealed and anchors it; then reads
 * the head every `pollMs` (one index probe) and anchors it every `everyMs` when it moved. The returned
 * stop function seals the rest and anchors the head; when the database is already going (the embedded
 * cluster stops with the process) it anchors the last head read, at most `pollMs` old. The key is
 * made now if it does not exist. A failed write (a full disk) goes to `onError` and is retried.
 */
export function startAuditAnchoring(
  db: Db,
  files: AnchorFiles,
  opts: { everyMs?: number; pollMs?: number; onError?: (e: Error) => void } = {},
): () => Promise<void> {
  loadOrCreateAnchorKey(files.keyFile);
  const everyMs = opts.everyMs ?? ANCHOR_EVERY_MS;
  const onError = opts.onError ?? (() => {});
  let head: ChainHead | null = null;
  let anchoredAt = Date.now();
  const anchorNow = async () => {
    await sealAudit(db);
    head = (await chainHead(db)) ?? head;
    if (head) appendAnchor(files, head);
  };
  let running: Promise<unknown> = anchorNow().catch(onError);
  const timer = setInterval(() => {
    running = running
      .then(async () => {
        head = (await chainHead(db)) ?? head;
        if (!head || Date.now() - anchoredAt < everyMs) return;
        appendAnchor(files, head);
        anchoredAt = Date.now();
      })
      .catch(onError);
  }, opts.pollMs ?? 5_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
    await anchorNow().catch(() => {
      if (head) appendAnchor(files, head);
    });
  };
}
