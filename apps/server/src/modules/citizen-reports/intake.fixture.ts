import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LightMyRequestResponse } from "fastify";
import {
  login,
  makeBody,
  makeUser,
  territories,
  testApp,
  type LoggedIn,
  type TestApp,
} from "../../test/app.ts";
import { multipart, type FilePart } from "../documents/attachments/attachments.fixture.ts";

export { SAMPLES } from "../documents/attachments/attachments.fixture.ts";

/** The bot's secret in tests: 32 characters Telegram allows in a secret_token. */
export const BOT_SECRET = "test-bot-secret_0123456789abcdef";

interface Place {
  readonly id: string;
  readonly code: string;
  readonly path: string;
}

/** The real API on a fresh database and DATA_DIR: a region's contact centre and police, an analyst. */
export interface IntakeWorld {
  readonly t: TestApp;
  readonly dataDir: string;
  readonly region: Place;
  readonly d1: Place;
  readonly d2: Place;
  readonly bodies: Record<"centre" | "police", string>;
  readonly as: Record<"operator" | "cop" | "analyst", LoggedIn>;
  readonly ids: Record<"operator" | "cop", string>;
}

async function place(t: TestApp, code: string): Promise<Place> {
  return t.db
    .selectFrom("territory")
    .select(["id", "code", "path"])
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
}

export async function intakeWorld(env: Record<string, string> = {}): Promise<IntakeWorld> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "aldyn-intake-"));
  const t0 = await testApp({ DATA_DIR: dataDir, TELEGRAM_WEBHOOK_SECRET: BOT_SECRET, ...env });
  const terr = await territories(t0.db);
  const centre = await makeBody(t0.db, terr.region, "contact_centre", "Region contact centre");
  const police = await makeBody(t0.db, terr.d1, "police_unit", "District 1 police");
  const analystBody = await makeBody(t0.db, terr.region, "akimat", "Region akimat");
  const operator = await makeUser(t0.db, {
    username: "ioperator",
    roles: ["hotline_operator"],
    bodyId: centre,
  });
  const cop = await makeUser(t0.db, { username: "icop", roles: ["police_inspector_local"], bodyId: police });
  await makeUser(t0.db, { username: "ianalyst", roles: ["analyst"], bodyId: analystBody });
  return {
    t: t0,
    dataDir,
    region: await place(t0, terr.region),
    d1: await place(t0, terr.d1),
    d2: await place(t0, terr.d2),
    bodies: { centre, police },
    as: {
      operator: await login(t0.app, "ioperator"),
      cop: await login(t0.app, "icop"),
      analyst: await login(t0.app, "ianalyst"),
    },
    ids: { operator, cop },
  };
}

let lastAddress = 0;
/** A fresh client address: the public page's limit counts per address (R6). */
export function nextAddress(): string {
  lastAddress += 1;
  return `10.20.${Math.floor(lastAddress / 250)}.${(lastAddress % 250) + 1}`;
}

/** POSTs the public form from one address (a new one unless given). */
export async function filePublic(
  w: IntakeWorld,
  fields: Record<string, string>,
  files: readonly FilePart[] = [],
  remoteAddress = nextAddress(),
): Promise<LightMyRequestResponse> {
  const body = multipart(fields, files);
  return w.t.app.inject({
    method: "POST",
    url: "/api/v1/public/reports",
    headers: { "content-type": body.contentType },
    payload: body.payload,
    remoteAddress,
  });
}

export async function track(w: IntakeWorld, code: string): Promise<LightMyRequestResponse> {
  return w.t.app.inject({ method: "GET", url: `/api/v1/public/reports/${encodeURIComponent(code)}` });
}

/** Every file under DATA_DIR/attachments, temporary ones included. */
export async function storedFiles(w: IntakeWorld): Promise<string[]> {
  const root = path.join(w.dataDir, "attachments");
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

export async function countReports(w: IntakeWorld): Promise<number> {
  const r = await w.t.db
    .selectFrom("citizen_report")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Closes the app and its database and removes its DATA_DIR. */
export async function closeWorld(w: IntakeWorld | undefined): Promise<void> {
  if (!w) return;
  await w.t.close();
  await rm(w.dataDir, { recursive: true, force: true });
}
