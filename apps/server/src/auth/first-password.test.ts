import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { testDatabase, type TestDatabase } from "../test/db.ts";
import { writeOwnerOnly } from "./first-password.ts";
import { verifyPassword } from "./passwords.ts";

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));
const ROOT = path.resolve(path.dirname(MAIN), "../../..");
const dirs: string[] = [];
let tdb: TestDatabase | undefined;
afterAll(async () => {
  await tdb?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), "aldyn-first-password-"));
  dirs.push(d);
  return d;
}

/** Runs `npm start`'s entry point until it says it is running, then stops it; returns all it wrote. */
function runMain(env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const guard = setTimeout(() => child.kill("SIGKILL"), 90_000);
    const take = (d: Buffer) => {
      out += d.toString();
      if (out.includes("Press Ctrl-C to stop.")) child.kill("SIGTERM");
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", reject);
    child.on("exit", () => {
      clearTimeout(guard);
      resolve(out);
    });
  });
}

describe("the first administrator's password (R11)", () => {
  it("outside demo mode goes to a file only its owner can read, and only the file's path is printed", async () => {
    tdb = await testDatabase();
    const dataDir = tempDir();
    const out = await runMain({
      DATABASE_URL: tdb.url,
      DEMO: "false",
      DATA_DIR: dataDir,
      PORT: "0",
      HOST: "127.0.0.1",
    });
    expect(out).toContain("Press Ctrl-C to stop.");
    const file = path.resolve(dataDir, "first-admin-password");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = readFileSync(file, "utf8").trim();
    expect(password.length).toBeGreaterThanOrEqual(12);
    expect(out).not.toContain(password);
    expect(out).toContain(file);
    // The file holds the administrator's real password, to be changed at first login.
    const admin = await tdb.db
      .selectFrom("app_user")
      .select(["password_hash", "must_change_password"])
      .where("username", "=", "admin")
      .executeTakeFirstOrThrow();
    expect(admin.must_change_password).toBe(true);
    expect(await verifyPassword(admin.password_hash, password)).toBe(true);
  }, 120_000);

  it("a file left with wider rights by an earlier start is replaced by one only the owner can read", () => {
    const file = path.join(tempDir(), "first-admin-password");
    writeFileSync(file, "old");
    chmodSync(file, 0o644);
    writeOwnerOnly(file, "new-secret");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toBe("new-secret");
  });
});
