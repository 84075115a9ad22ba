import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { LightMyRequestResponse } from "fastify";
import type { Person } from "@aldyn/contract";
import {
  login,
  makeBody,
  makeUser,
  territories,
  testApp,
  type LoggedIn,
  type TestApp,
} from "../../../test/app.ts";
import { personInput } from "../../persons/persons.fixture.ts";

/** A real API on a fresh database and a fresh DATA_DIR, with inspectors of two districts and an analyst. */
export interface FilesWorld {
  readonly t: TestApp;
  readonly dataDir: string;
  readonly d1: { id: string; path: string };
  readonly d2: { id: string; path: string };
  readonly as: Record<"cop1" | "cop2" | "analyst", LoggedIn>;
  readonly ids: Record<"cop1" | "cop2", string>;
  readonly bodies: Record<"b1" | "b2", string>;
}

async function district(t: TestApp, code: string): Promise<{ id: string; path: string }> {
  return t.db
    .selectFrom("territory")
    .select(["id", "path"])
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
}

export async function filesWorld(): Promise<FilesWorld> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "aldyn-files-"));
  const t = await testApp({ DATA_DIR: dataDir });
  const terr = await territories(t.db);
  const b1 = await makeBody(t.db, terr.d1, "police_unit", "District 1 police");
  const b2 = await makeBody(t.db, terr.d2, "police_unit", "District 2 police");
  const region = await makeBody(t.db, terr.region, "akimat", "Region akimat");
  const cop1 = await makeUser(t.db, { username: "fcop1", roles: ["police_inspector_local"], bodyId: b1 });
  const cop2 = await makeUser(t.db, { username: "fcop2", roles: ["police_inspector_local"], bodyId: b2 });
  await makeUser(t.db, { username: "fanalyst", roles: ["analyst"], bodyId: region });
  return {
    t,
    dataDir,
    d1: await district(t, terr.d1),
    d2: await district(t, terr.d2),
    as: {
      cop1: await login(t.app, "fcop1"),
      cop2: await login(t.app, "fcop2"),
      analyst: await login(t.app, "fanalyst"),
    },
    ids: { cop1, cop2 },
    bodies: { b1, b2 },
  };
}

export async function createPerson(w: FilesWorld, who: LoggedIn, districtId: string): Promise<Person> {
  const res = await w.t.app.inject({
    method: "POST",
    url: "/api/v1/persons",
    headers: who.headers,
    payload: personInput(districtId) as object,
  });
  if (res.statusCode !== 201) throw new Error(`create person: ${res.statusCode} ${res.body}`);
  return res.json() as Person;
}

/** A minimal measure row in a territory (the measures module's own API is not needed to own files). */
export async function insertMeasure(w: FilesWorld, territoryPath: string, bodyId: string, userId: string) {
  const m = await w.t.db
    .insertInto("measure")
    .values({
      kind: "official_warning",
      person_id: null,
      issuer_body_id: bodyId,
      issuer_user_id: userId,
      issuer_kind: "police_district_inspector",
      territory_path: territoryPath,
      input: JSON.stringify({}),
      law_version: "001",
      issued_at: new Date(),
      status: "issued",
      valid_from: null,
      valid_until: null,
      next_control_due: null,
      register_ground: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return m.id;
}

export interface FilePart {
  readonly name?: string;
  readonly fileName: string;
  readonly type: string;
  readonly data: Buffer;
}

/** A multipart/form-data body built by hand: text fields, then any files, in the order given. */
export function multipart(fields: Record<string, string>, files: readonly FilePart[] = []) {
  const boundary = "----aldyn" + Math.random().toString(16).slice(2);
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.name ?? "file"}"; filename="${f.fileName}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.data,
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function upload(
  w: FilesWorld,
  who: LoggedIn,
  fields: Record<string, string>,
  files: readonly FilePart[],
): Promise<LightMyRequestResponse> {
  const body = multipart(fields, files);
  return w.t.app.inject({
    method: "POST",
    url: "/api/v1/attachments",
    headers: { ...who.headers, "content-type": body.contentType },
    payload: body.payload,
  });
}

/** Every file under DATA_DIR/attachments (directories left out). */
export async function storedFiles(w: FilesWorld): Promise<string[]> {
  const root = path.join(w.dataDir, "attachments");
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** Small files whose first bytes are real signatures of each type. */
export const SAMPLES = {
  pdf: Buffer.from("%PDF-1.4\n% Aldyn test\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 1)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(40, 2)]),
  mp4: Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypisom"), Buffer.alloc(40, 3)]),
  exe: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(40, 0)]),
  html: Buffer.from("<html><script>alert(1)</script></html>"),
} as const;
