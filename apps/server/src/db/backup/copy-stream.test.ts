import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { copyIn, copyOut } from "./copy-stream.ts";

// The COPY protocol both ways on the real PostgreSQL, with enough rows that the client's read buffer
// is refilled many times while a slow sink holds earlier rows (what a big table does to a backup).

const ROWS = 200_000;
const ROW = `g || E'\\t' || md5(g::text) || E'\\n'`;
/** The same text from the table loaded back (its m column holds what was copied). */
const LOADED = `g || E'\\t' || m || E'\\n'`;
let c: pg.Client;
let expected: string;

beforeAll(async () => {
  c = new pg.Client({ connectionString: inject("pgAdminUrl") });
  await c.connect();
  const r = await c.query<{ d: string }>(
    `SELECT md5(string_agg(${ROW}, '' ORDER BY g)) AS d FROM generate_series(1, ${ROWS}) g`,
  );
  expected = r.rows[0]!.d;
});
afterAll(async () => c?.end());

/** A sink that answers each write a little later, so the socket is paused and resumed. */
function slowSink(into: Buffer[]): Writable {
  return new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _enc, cb) {
      into.push(chunk);
      setTimeout(cb, 1);
    },
  });
}

async function* slices(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

describe("COPY streams", () => {
  it("copies every row out byte for byte through a slow sink, and back in", async () => {
    const out: Buffer[] = [];
    const sink = slowSink(out);
    const rows = await copyOut(
      c,
      `COPY (SELECT g, md5(g::text) FROM generate_series(1, ${ROWS}) g) TO STDOUT`,
      sink,
    );
    expect(rows).toBe(ROWS);
    sink.end(); // the sink may still hold rows it has not taken yet
    await finished(sink);
    const data = Buffer.concat(out);
    expect(createHash("md5").update(data).digest("hex")).toBe(expected);

    await c.query("CREATE TEMP TABLE copied (g int, m text)");
    expect(await copyIn(c, "COPY copied FROM STDIN", slices(data, 7_919))).toBe(ROWS);
    const back = await c.query<{ d: string }>(
      `SELECT md5(string_agg(${LOADED}, '' ORDER BY g)) AS d FROM copied`,
    );
    expect(back.rows[0]!.d).toBe(expected);
  });

  it("a refused COPY rejects and leaves the connection usable", async () => {
    await expect(copyOut(c, "COPY no_such_table TO STDOUT", slowSink([]))).rejects.toThrow(/no_such_table/);
    await c.query("CREATE TEMP TABLE strict_copy (n int)");
    await expect(
      copyIn(c, "COPY strict_copy FROM STDIN", slices(Buffer.from("1\n2\nthree\n4\n"), 3)),
    ).rejects.toThrow(/invalid input syntax/);
    expect((await c.query<{ n: number }>("SELECT count(*)::int AS n FROM strict_copy")).rows[0]!.n).toBe(0);
  });

  it("a source that fails aborts the COPY (nothing is loaded)", async () => {
    await c.query("CREATE TEMP TABLE aborted_copy (n int)");
    async function* broken(): AsyncGenerator<Buffer> {
      yield Buffer.from("1\n2\n");
      throw new Error("disk read failed");
    }
    await expect(copyIn(c, "COPY aborted_copy FROM STDIN", broken())).rejects.toThrow("disk read failed");
    expect((await c.query<{ n: number }>("SELECT count(*)::int AS n FROM aborted_copy")).rows[0]!.n).toBe(0);
  });
});
