import { once } from "node:events";
import type { Writable } from "node:stream";
import type pg from "pg";

/**
 * PostgreSQL's COPY protocol over a `pg` client, both ways, with back-pressure. `pg` speaks the
 * protocol but offers no streams for it; this is the part of pg-copy-streams the backup needs, kept
 * here instead of adding a dependency. The objects below are `pg` Submittables: the client hands
 * them the backend's messages while the COPY runs.
 */

interface CopyConnection extends pg.Connection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

interface CommandComplete {
  readonly text: string;
}

/** "COPY 1234" → 1234. */
function copiedRows(msg: CommandComplete): number {
  return Number(msg.text.split(" ")[1] ?? 0);
}

/** The handlers the client may call for messages a COPY never sends; present so nothing throws. */
abstract class CopySubmittable {
  protected rows = 0;
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCommandComplete(msg: CommandComplete): void {
    this.rows = copiedRows(msg);
  }
}

const BATCH_BYTES = 256 * 1024;

class CopyOut extends CopySubmittable implements pg.Submittable {
  constructor(
    private readonly text: string,
    private readonly sink: Writable,
    private readonly settle: (e: Error | null, rows: number) => void,
  ) {
    super();
  }
  private connection: CopyConnection | null = null;
  submit(connection: pg.Connection): void {
    this.connection = connection as CopyConnection;
    this.connection.query(this.text);
  }
  private paused = false;
  private readonly resume = () => {
    this.paused = false;
    this.connection?.stream.resume();
  };
  // PostgreSQL sends one message per row: rows are gathered into 256 KiB writes, since every write
  // into gzip is a round trip to the thread pool (per row, that was most of a backup's time). Each
  // row is copied at once: `pg` hands out views of its read buffer, which it reuses for later bytes.
  private batch = Buffer.allocUnsafe(BATCH_BYTES);
  private used = 0;
  handleCopyData(msg: { chunk: Buffer }): void {
    const row = msg.chunk;
    if (this.used + row.length > BATCH_BYTES) this.flush();
    if (row.length >= BATCH_BYTES) this.write(Buffer.from(row));
    else this.used += row.copy(this.batch, this.used);
  }
  private flush(): void {
    if (this.used === 0) return;
    const full = this.batch.subarray(0, this.used);
    this.batch = Buffer.allocUnsafe(BATCH_BYTES); // the sink keeps `full` until it has compressed it
    this.used = 0;
    this.write(full);
  }
  private write(bytes: Buffer): void {
    // The socket is paused while the sink (gzip, then the file) catches up. Messages already read
    // from it still arrive meanwhile, so there is one pause and one drain listener at a time.
    if (!this.sink.write(bytes) && this.connection && !this.paused) {
      this.paused = true;
      this.connection.stream.pause();
      this.sink.once("drain", this.resume);
    }
  }
  handleCopyInResponse(connection: pg.Connection): void {
    (connection as CopyConnection).sendCopyFail("not a COPY FROM");
  }
  /** The client's socket must flow again whatever the sink does next (an ended sink never drains). */
  private release(): void {
    this.sink.off("drain", this.resume);
    if (this.paused) this.resume();
  }
  handleReadyForQuery(): void {
    this.flush();
    this.release();
    this.settle(null, this.rows);
  }
  handleError(e: Error): void {
    this.release();
    this.settle(e, 0);
  }
}

/** Runs `COPY … TO STDOUT` and writes its bytes into `sink` (not ended); resolves to the row count. */
export async function copyOut(client: pg.ClientBase, text: string, sink: Writable): Promise<number> {
  return await new Promise<number>((resolve, reject) => {
    client.query(new CopyOut(text, sink, (e, rows) => (e ? reject(e) : resolve(rows))));
  });
}

class CopyIn extends CopySubmittable implements pg.Submittable {
  connection: CopyConnection | null = null;
  failed: Error | null = null;
  readonly ready: Promise<void>;
  readonly finished: Promise<number>;
  private onReady!: () => void;
  private onFinished!: (rows: number) => void;
  private onError!: (e: Error) => void;
  constructor(private readonly text: string) {
    super();
    let readyFailed!: (e: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => {
      this.onReady = resolve;
      readyFailed = reject;
    });
    this.finished = new Promise<number>((resolve, reject) => {
      this.onFinished = resolve;
      this.onError = (e) => {
        readyFailed(e);
        reject(e);
      };
    });
    // Whoever awaits first sees the error; the other promise must not count as unhandled.
    this.ready.catch(() => {});
    this.finished.catch(() => {});
  }
  submit(connection: pg.Connection): void {
    this.connection = connection as CopyConnection;
    this.connection.query(this.text);
  }
  handleCopyInResponse(): void {
    this.onReady();
  }
  handleCopyData(): void {}
  handleReadyForQuery(): void {
    this.onFinished(this.rows);
  }
  handleError(e: Error): void {
    // After an error in a simple-query COPY the backend drops whatever copy data still arrives.
    this.failed = e;
    this.onError(e);
  }
}

/** Runs `COPY … FROM STDIN` fed from `source`; resolves to the row count the backend reports. */
export async function copyIn(
  client: pg.ClientBase,
  text: string,
  source: AsyncIterable<Buffer>,
): Promise<number> {
  const q = new CopyIn(text);
  client.query(q);
  await q.ready;
  const conn = q.connection!;
  try {
    for await (const chunk of source) {
      if (q.failed) break;
      conn.sendCopyFromChunk(chunk);
      if (conn.stream.writableNeedDrain) await once(conn.stream, "drain");
    }
  } catch (e) {
    if (!q.failed) conn.sendCopyFail((e as Error).message);
    await q.finished.catch(() => {});
    throw e;
  }
  if (!q.failed) conn.endCopyFrom();
  return await q.finished;
}
