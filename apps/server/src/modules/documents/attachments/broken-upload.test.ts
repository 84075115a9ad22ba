import { mkdtemp, readdir, readlink, rm, stat, utimes, writeFile, mkdir } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, makeBody, makeUser, testApp, type LoggedIn, type TestApp } from "../../../test/app.ts";
import { SAMPLES } from "./attachments.fixture.ts";

// A slow or broken upload over a real socket (R11): one that never ends, one cut off by the client,
// one that trickles, one whose form never closes. Each must end within the configured timeouts and
// leave no temporary file and no open file behind.
let t: TestApp;
let dataDir: string;
let tmpArea: string;
let who: LoggedIn;
let port: number;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "aldyn-broken-upload-"));
  tmpArea = path.join(dataDir, "attachments", "tmp");
  // A temporary file left by an earlier run that died, and one of an upload still in progress.
  await mkdir(tmpArea, { recursive: true });
  await writeFile(path.join(tmpArea, "stale-upload"), "half a file");
  const old = new Date(Date.now() - 3 * 3600_000);
  await utimes(path.join(tmpArea, "stale-upload"), old, old);
  await writeFile(path.join(tmpArea, "fresh-upload"), "in progress elsewhere");
  t = await testApp({
    DATA_DIR: dataDir,
    CONNECTION_TIMEOUT_SECONDS: "1",
    REQUEST_TIMEOUT_SECONDS: "2",
  });
  const bodyId = await makeBody(t.db, "KZ", "system_operator");
  await makeUser(t.db, { username: "uploader", roles: ["system_admin"], bodyId });
  who = await login(t.app, "uploader");
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  port = (t.app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const BOUNDARY = "----aldynbroken";
const partHead = (name: string, extra = "") =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n`;
const fieldPart = (name: string, value: string) => `${partHead(name)}\r\n${value}\r\n`;
const fileHead = () => `${partHead("file", '; filename="act.pdf"')}Content-Type: application/pdf\r\n\r\n`;

function requestHead(headers: Record<string, string>): string {
  const lines = [
    "POST /api/v1/attachments HTTP/1.1",
    "Host: 127.0.0.1",
    `Cookie: ${who.cookie}`,
    `X-CSRF-Token: ${who.csrf}`,
    `Content-Type: multipart/form-data; boundary=${BOUNDARY}`,
    ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
  ];
  return `${lines.join("\r\n")}\r\n\r\n`;
}

interface Outcome {
  readonly response: string;
  readonly closedAfterMs: number;
}

/** Opens a socket, lets `drive` write to it, and waits for the server to answer or close it. */
function exchange(drive: (socket: net.Socket) => void | Promise<void>, limitMs = 10_000): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(port, "127.0.0.1");
    let response = "";
    const guard = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${limitMs} ms`));
    }, limitMs);
    socket.on("data", (d) => (response += d.toString("latin1")));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(guard);
      resolve({ response, closedAfterMs: Date.now() - started });
    });
    socket.on("connect", () => void Promise.resolve(drive(socket)).catch(reject));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Files this process holds open inside DATA_DIR (the temporary area's uploads among them). */
async function openFilesInDataDir(): Promise<string[]> {
  const out: string[] = [];
  for (const fd of await readdir("/proc/self/fd")) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => "");
    if (target.startsWith(dataDir)) out.push(target);
  }
  return out;
}

/** Uploads of this run still in the temporary area (the test's own "fresh-upload" aside). */
async function leftovers(): Promise<string[]> {
  return (await readdir(tmpArea)).filter((f) => f !== "fresh-upload");
}

/** Cleanup runs when the server notices the broken request; give it a moment, then look. */
async function expectNothingLeft() {
  for (let i = 0; i < 40 && ((await leftovers()).length || (await openFilesInDataDir()).length); i++)
    await sleep(50);
  expect(await leftovers()).toEqual([]);
  expect(await openFilesInDataDir()).toEqual([]);
}

describe("slow or broken uploads end and leave nothing behind", () => {
  it("at start, temporary files older than the request timeout are cleared; a fresh one is left alone", async () => {
    expect((await readdir(tmpArea)).sort()).toEqual(["fresh-upload"]);
    expect((await stat(path.join(tmpArea, "fresh-upload"))).size).toBeGreaterThan(0);
  });

  it("an upload that stops sending (no closing boundary, connection left open) is cut off by the idle timeout", async () => {
    const fdsBefore = (await readdir("/proc/self/fd")).length;
    const out = await exchange(async (socket) => {
      socket.write(requestHead({ "Content-Length": "200000" }));
      socket.write(fileHead());
      socket.write(SAMPLES.pdf);
      await sleep(300);
      // While the upload hangs, its temporary file exists and is open: the check below is not vacuous.
      expect(await leftovers()).toHaveLength(1);
      expect(await openFilesInDataDir()).toHaveLength(1);
    });
    expect(out.closedAfterMs).toBeLessThan(5000);
    await expectNothingLeft();
    // The socket and the file are closed: the process holds no more descriptors than before.
    for (let i = 0; i < 40 && (await readdir("/proc/self/fd")).length > fdsBefore; i++) await sleep(50);
    expect((await readdir("/proc/self/fd")).length).toBeLessThanOrEqual(fdsBefore);
  });

  it("an upload the client abandons half-way is cleaned up at once", async () => {
    const out = await exchange(async (socket) => {
      socket.write(requestHead({ "Content-Length": "200000" }));
      socket.write(fileHead());
      socket.write(SAMPLES.pdf);
      await sleep(200);
      socket.destroy();
    });
    expect(out.closedAfterMs).toBeLessThan(2000);
    await expectNothingLeft();
  });

  it("an upload that trickles a byte at a time is cut off by the request timeout", async () => {
    let stop = false;
    const out = await exchange(async (socket) => {
      socket.write(requestHead({ "Content-Length": "200000" }));
      socket.write(fileHead());
      socket.write(SAMPLES.pdf);
      while (!stop && !socket.destroyed) {
        await sleep(300);
        if (!socket.destroyed) socket.write("x");
      }
    });
    stop = true;
    expect(out.closedAfterMs).toBeLessThan(6000);
    await expectNothingLeft();
  });

  it("a form that ends without its closing boundary is a 400 with a stable code, not a 500, and keeps nothing", async () => {
    const body = Buffer.concat([
      Buffer.from(fieldPart("recordType", "person")),
      Buffer.from(fileHead()),
      SAMPLES.pdf,
    ]);
    const out = await exchange((socket) => {
      socket.write(requestHead({ "Content-Length": String(body.length), Connection: "close" }));
      socket.write(body);
    });
    expect(out.response).toMatch(/^HTTP\/1\.1 400 /);
    expect(out.response).toContain('"code":"request.malformed_form"');
    await expectNothingLeft();
    const rows = await t.db.selectFrom("attachment").select("id").execute();
    expect(rows).toHaveLength(0);
  });
});
