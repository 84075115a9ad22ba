import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { SNIFF_BYTES } from "./magic-bytes.ts";

/**
 * Where attachment bytes live: DATA_DIR/attachments/<yyyy>/<mm>/<uuid>, outside the web root, named by
 * a fresh UUID (never by the uploaded name, so no path can be smuggled in). An upload is written to
 * attachments/tmp first and moved into place only once it is accepted, so a refused upload leaves
 * no file behind.
 */
export class AttachmentStore {
  readonly root: string;

  constructor(dataDir: string) {
    this.root = path.resolve(dataDir, "attachments");
  }

  /** The file of a storage key; the key's shape is checked by the database (yyyy/mm/uuid). */
  pathOf(storageKey: string): string {
    const p = path.resolve(this.root, storageKey);
    if (!p.startsWith(this.root + path.sep)) throw new Error("storage key outside the attachments root");
    return p;
  }

  /** Streams an upload into a temporary file, hashing it and keeping its first bytes. */
  async receive(stream: Readable): Promise<Received> {
    const tmpDir = path.join(this.root, "tmp");
    await mkdir(tmpDir, { recursive: true });
    const tmp = path.join(tmpDir, randomUUID());
    const hash = createHash("sha256");
    let size = 0;
    let head = Buffer.alloc(0);
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < SNIFF_BYTES)
          head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        done(null, chunk);
      },
    });
    // A part cut short (a form without its closing boundary) may already be closed by the parser
    // without an error; piping a closed stream would wait for ever with the temporary file open (R11).
    if (stream.destroyed)
      throw Object.assign(new Error("Premature close"), { code: "ERR_STREAM_PREMATURE_CLOSE" });
    try {
      await pipeline(stream, tap, createWriteStream(tmp, { flags: "wx", mode: 0o600 }));
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    return { tmp, size, head, sha256: hash.digest("hex") };
  }

  /** Moves an accepted upload into place; returns its storage key. */
  async keep(received: Received, id: string, at: Date): Promise<string> {
    const yyyy = String(at.getUTCFullYear());
    const mm = String(at.getUTCMonth() + 1).padStart(2, "0");
    const key = `${yyyy}/${mm}/${id}`;
    await mkdir(path.join(this.root, yyyy, mm), { recursive: true });
    await rename(received.tmp, this.pathOf(key));
    return key;
  }

  async discard(file: string): Promise<void> {
    await rm(file, { force: true });
  }

  /**
   * Removes temporary files no request can still be writing: untouched for longer than `ageMs` (the
   * request timeout and a margin — the server cuts any upload by then). Run at start, so uploads cut
   * off by a crash or a kill do not pile up (R11); another process's upload in progress is younger.
   * Returns how many were removed.
   */
  async clearStaleTemp(ageMs: number, now = Date.now()): Promise<number> {
    const tmpDir = path.join(this.root, "tmp");
    const names = await readdir(tmpDir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const file = path.join(tmpDir, name);
      const info = await stat(file).catch(() => null);
      if (info?.isFile() && now - info.mtimeMs > ageMs) {
        await rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }
}

export interface Received {
  readonly tmp: string;
  readonly size: number;
  readonly head: Buffer;
  readonly sha256: string;
}
