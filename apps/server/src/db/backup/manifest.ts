import { createHash } from "node:crypto";
import { createReadStream, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { migrationFiles, MIGRATIONS_DIR } from "../migrate.ts";

/**
 * The manifest of a backup folder (docs/backups.md): what was backed up, from which database, at
 * which migrations, where the audit chain stood, and the size and sha256 of every file, so a restore
 * refuses a damaged or altered file before it touches any database.
 */
export const BACKUP_FORMAT = "aldyn-backup/1";
export const MANIFEST_FILE = "manifest.json";
/** The copy of AUDIT_ANCHORS_FILE, taken before the database snapshot (every anchor is in the dump). */
export const ANCHORS_COPY = "audit-anchors.jsonl";

const FileEntry = z.object({ path: z.string(), bytes: z.number().int(), sha256: z.string().length(64) });
export type FileEntry = z.infer<typeof FileEntry>;

export const Manifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  database: z.object({
    kind: z.enum(["embedded", "server"]),
    name: z.string(),
    serverVersion: z.string(),
    sizeBytes: z.number(),
  }),
  migrations: z.array(z.object({ name: z.string(), checksum: z.string(), appliedAt: z.string() })),
  /** The last sealed link of the audit chain in the snapshot (null: nothing sealed yet). */
  auditHead: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  tables: z.array(
    z.object({
      name: z.string(),
      partitioned: z.boolean(),
      columns: z.array(z.object({ name: z.string(), type: z.string() })),
      rows: z.number().int(),
      file: z.string(),
    }),
  ),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string().nullable() })),
  partitions: z.array(z.object({ parent: z.string(), name: z.string(), bound: z.string() })),
  anchors: z
    .object({ file: z.string(), lines: z.number().int(), lastSeq: z.number().int().nullable() })
    .nullable(),
  files: z.array(FileEntry),
  totalBytes: z.number().int(),
  elapsedMs: z.number(),
});
export type Manifest = z.infer<typeof Manifest>;

/** A refusal of the backup tools, with a stable code (printed by the command-line tools). */
export class BackupError extends Error {
  constructor(
    readonly code:
      | "backup.out_not_empty"
      | "backup.manifest_invalid"
      | "backup.checksum_mismatch"
      | "backup.unknown_migration"
      | "backup.migration_changed"
      | "backup.target_not_empty"
      | "backup.target_in_use"
      | "backup.schema_mismatch"
      | "backup.row_count_mismatch"
      | "backup.audit_chain_broken"
      | "backup.audit_anchor_failed",
    message: string,
  ) {
    super(message);
  }
}

export async function sha256File(file: string): Promise<{ sha256: string; bytes: number }> {
  const h = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    h.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: h.digest("hex"), bytes };
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, MANIFEST_FILE);
  if (!existsSync(file)) throw new BackupError("backup.manifest_invalid", `${file} does not exist.`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new BackupError("backup.manifest_invalid", `${file} is not JSON.`);
  }
  const parsed = Manifest.safeParse(raw);
  if (!parsed.success) {
    throw new BackupError("backup.manifest_invalid", `${file} is not an ${BACKUP_FORMAT} manifest.`);
  }
  return parsed.data;
}

/** Every file the manifest lists has its size and sha256, and every table's data file is listed. */
export async function verifyFiles(backupDir: string, m: Manifest): Promise<void> {
  const dir = path.resolve(backupDir);
  const listed = new Set(m.files.map((f) => f.path));
  for (const t of m.tables) {
    if (!listed.has(t.file)) throw new BackupError("backup.manifest_invalid", `${t.file} is not listed.`);
  }
  for (const f of m.files) {
    const full = path.resolve(dir, f.path);
    if (path.relative(dir, full).startsWith("..")) {
      throw new BackupError("backup.manifest_invalid", `${f.path} is outside the backup folder.`);
    }
    if (!existsSync(full)) throw new BackupError("backup.checksum_mismatch", `${f.path} is missing.`);
    const actual = await sha256File(full);
    if (actual.sha256 !== f.sha256 || actual.bytes !== f.bytes) {
      throw new BackupError(
        "backup.checksum_mismatch",
        `${f.path} does not match the manifest (sha256 or size differs): the backup is damaged or was altered.`,
      );
    }
  }
}

/**
 * The backup's schema is rebuilt from this code's migration files, so each migration the backup
 * recorded must be here with the same checksum; a backup from newer code is refused.
 */
export function checkMigrations(m: Manifest, dir = MIGRATIONS_DIR): void {
  const code = new Map(migrationFiles(dir).map((f) => [f.name, f.checksum]));
  for (const mig of m.migrations) {
    const checksum = code.get(mig.name);
    if (checksum === undefined) {
      throw new BackupError(
        "backup.unknown_migration",
        `The backup was made at migration ${mig.name}, which this code does not have: restore it with the code it was made with (or newer).`,
      );
    }
    if (checksum !== mig.checksum) {
      throw new BackupError(
        "backup.migration_changed",
        `Migration ${mig.name} of the backup differs from this code's file (checksum): the schema cannot be rebuilt as it was.`,
      );
    }
  }
}
