import { createHash, randomUUID } from "node:crypto";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { Person } from "@aldyn/contract";
import {
  createPerson,
  filesWorld,
  insertMeasure,
  multipart,
  SAMPLES,
  storedFiles,
  upload,
  type FilesWorld,
} from "./attachments.fixture.ts";
import type { AttachmentJson } from "./attachment-json.ts";
import { MAX_ATTACHMENT_BYTES } from "./receive-upload.ts";

let w: FilesWorld;
let person: Person;
beforeAll(async () => {
  w = await filesWorld();
  person = await createPerson(w, w.as.cop1, w.d1.id);
});
afterAll(async () => {
  await w.t.close();
  await rm(w.dataDir, { recursive: true, force: true });
});

interface ErrorJson {
  error: { code: string; field?: string; details?: { code: string }[] };
}

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
const count = async (table: "attachment") =>
  Number(
    (
      await w.t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
const audits = (action: string, recordId: string) =>
  w.t.db
    .selectFrom("audit_log")
    .selectAll()
    .where("action", "=", action)
    .where("record_id", "=", recordId)
    .execute();
const forPerson = () => ({ recordType: "person", recordId: person.id });

/** A refused upload writes no row, no audit row and leaves no file (bad input changes nothing). */
async function expectNothingWritten(before: { rows: number; files: number; audits: number }) {
  expect(await count("attachment")).toBe(before.rows);
  expect((await storedFiles(w)).length).toBe(before.files);
  expect((await audits("attachment.upload", person.id)).length).toBe(before.audits);
}
async function snapshot() {
  return {
    rows: await count("attachment"),
    files: (await storedFiles(w)).length,
    audits: (await audits("attachment.upload", person.id)).length,
  };
}

describe("upload and download (R11.5)", () => {
  it("round-trips a PDF with its sha256, size and type, stored under attachments/yyyy/mm/uuid", async () => {
    const res = await upload(w, w.as.cop1, forPerson(), [
      { fileName: "Акт қабылдау.pdf", type: "application/pdf", data: SAMPLES.pdf },
    ]);
    expect(res.statusCode).toBe(201);
    const a = res.json() as AttachmentJson;
    expect(a).toMatchObject({
      recordType: "person",
      recordId: person.id,
      fileName: "Акт қабылдау.pdf",
      mediaType: "application/pdf",
      size: SAMPLES.pdf.length,
      sha256: sha(SAMPLES.pdf),
      uploadedBy: w.ids.cop1,
    });
    const now = new Date();
    const key = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${a.id}`;
    const onDisk = path.join(w.dataDir, "attachments", key);
    expect(await readFile(onDisk)).toEqual(SAMPLES.pdf);
    expect(await audits("attachment.upload", person.id)).toHaveLength(1);

    const dl = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/attachments/${a.id}`,
      headers: w.as.cop1.headers,
    });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload).toEqual(SAMPLES.pdf);
    expect(sha(dl.rawPayload)).toBe(a.sha256);
    expect(dl.headers["content-type"]).toBe("application/pdf");
    expect(dl.headers["content-disposition"]).toMatch(/^attachment; filename="[^"]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(String(dl.headers["content-disposition"]).split("''")[1]!)).toBe(
      "Акт қабылдау.pdf",
    );
    expect(dl.headers["x-content-type-options"]).toBe("nosniff");
    const reads = await audits("attachment.download", person.id);
    expect(reads).toHaveLength(1);
    expect(reads[0]!.fields).toEqual([`attachment.${a.id}`]);
    expect(reads[0]!.actor_name).toBe("fcop1");

    const list = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/attachments?recordType=person&recordId=${person.id}`,
      headers: w.as.cop1.headers,
    });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { items: AttachmentJson[] }).items.map((x) => x.id)).toContain(a.id);
  });

  it.each([
    ["png", "image/png", SAMPLES.png],
    ["jpeg", "image/jpeg", SAMPLES.jpeg],
    ["mp4", "video/mp4", SAMPLES.mp4],
    ["pdf sent as octet-stream", "application/octet-stream", SAMPLES.pdf],
  ] as const)("accepts %s by its first bytes", async (_name, type, data) => {
    const res = await upload(w, w.as.cop1, forPerson(), [{ fileName: "x.bin", type, data }]);
    expect(res.statusCode).toBe(201);
    expect((res.json() as AttachmentJson).size).toBe(data.length);
  });

  it("strips directories and control characters from the file name", async () => {
    const res = await upload(w, w.as.cop1, forPerson(), [
      { fileName: "../../etc/pass\u0007wd.png", type: "image/png", data: SAMPLES.png },
    ]);
    expect(res.statusCode).toBe(201);
    expect((res.json() as AttachmentJson).fileName).toBe("passwd.png");
  });
});

describe("refusals write nothing", () => {
  it("a file over 10 MB is a 413", async () => {
    const before = await snapshot();
    const big = Buffer.concat([SAMPLES.pdf, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    const res = await upload(w, w.as.cop1, forPerson(), [
      { fileName: "big.pdf", type: "application/pdf", data: big },
    ]);
    expect(res.statusCode).toBe(413);
    expect((res.json() as ErrorJson).error.code).toBe("request.too_large");
    await expectNothingWritten(before);
  });

  it.each([
    ["an executable declared as PDF", "application/pdf", SAMPLES.exe, "attachment.type_not_allowed"],
    ["HTML declared as PNG", "image/png", SAMPLES.html, "attachment.type_not_allowed"],
    ["a PDF declared as PNG", "image/png", SAMPLES.pdf, "attachment.type_mismatch"],
  ] as const)("%s is a 415", async (_name, type, data, detail) => {
    const before = await snapshot();
    const res = await upload(w, w.as.cop1, forPerson(), [{ fileName: "f", type, data }]);
    expect(res.statusCode).toBe(415);
    const e = (res.json() as ErrorJson).error;
    expect(e.code).toBe("request.unsupported_media_type");
    expect(e.field).toBe("file");
    expect(e.details?.[0]?.code).toBe(detail);
    await expectNothingWritten(before);
  });

  it.each([
    ["recordType", { recordId: "00000000-0000-4000-8000-000000000000" }, true],
    ["recordType", { recordType: "school_record", recordId: "00000000-0000-4000-8000-000000000000" }, true],
    ["recordId", { recordType: "person" }, true],
    ["recordId", { recordType: "person", recordId: "42" }, true],
    ["file", null, false],
  ] as const)("a missing or bad %s is a 400", async (field, fields, withFile) => {
    const before = await snapshot();
    const res = await upload(
      w,
      w.as.cop1,
      fields ?? forPerson(),
      withFile ? [{ fileName: "a.pdf", type: "application/pdf", data: SAMPLES.pdf }] : [],
    );
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorJson).error).toMatchObject({ code: "validation.failed", field });
    await expectNothingWritten(before);
  });

  it("two files are a 400; JSON instead of multipart is a 415; no login is a 401", async () => {
    const before = await snapshot();
    const pdf = { fileName: "a.pdf", type: "application/pdf", data: SAMPLES.pdf };
    expect((await upload(w, w.as.cop1, forPerson(), [pdf, pdf])).statusCode).toBe(400);
    const json = await w.t.app.inject({
      method: "POST",
      url: "/api/v1/attachments",
      headers: w.as.cop1.headers,
      payload: forPerson(),
    });
    expect(json.statusCode).toBe(415);
    const anon = await upload(w, { cookie: "", csrf: "", headers: {} }, forPerson(), [pdf]);
    expect(anon.statusCode).toBe(401);
    await expectNothingWritten(before);
  });

  it("multipart stays confined to the attachments routes: the rest of the API is JSON-only", async () => {
    const body = multipart(forPerson());
    const res = await w.t.app.inject({
      method: "POST",
      url: "/api/v1/persons",
      headers: { ...w.as.cop1.headers, "content-type": body.contentType },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(415);
  });

  it("an unknown record is a 404", async () => {
    const before = await snapshot();
    const res = await upload(
      w,
      w.as.cop1,
      { recordType: "person", recordId: "00000000-0000-4000-8000-000000000000" },
      [{ fileName: "a.pdf", type: "application/pdf", data: SAMPLES.pdf }],
    );
    expect(res.statusCode).toBe(404);
    await expectNothingWritten(before);
  });
});

describe("territory and role (R11.1)", () => {
  it("an inspector of another district may neither upload to nor download from the person", async () => {
    const before = await snapshot();
    const pdf = { fileName: "a.pdf", type: "application/pdf", data: SAMPLES.pdf };
    const res = await upload(w, w.as.cop2, forPerson(), [pdf]);
    // An upload names its record in the form: outside the territory it answers as an unknown one.
    const unknown = await upload(w, w.as.cop2, { recordType: "person", recordId: randomUUID() }, [pdf]);
    expect(res.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    const { requestId: _a, ...refused } = (res.json() as ErrorJson & { error: { requestId: string } }).error;
    const { requestId: _b, ...missing } = (unknown.json() as ErrorJson & { error: { requestId: string } })
      .error;
    expect(refused).toEqual(missing);
    expect(await audits("attachment.write_refused", person.id)).toHaveLength(1);
    await expectNothingWritten(before);

    const mine = (await upload(w, w.as.cop1, forPerson(), [pdf])).json() as AttachmentJson;
    const readsBefore = (await audits("attachment.download", person.id)).length;
    const dl = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/attachments/${mine.id}`,
      headers: w.as.cop2.headers,
    });
    // Reads name the record in the path or query: outside the territory it does not exist (404).
    expect(dl.statusCode).toBe(404);
    const list = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/attachments?recordType=person&recordId=${person.id}`,
      headers: w.as.cop2.headers,
    });
    expect(list.statusCode).toBe(404);
    expect((await audits("attachment.download", person.id)).length).toBe(readsBefore);
  });

  it("an analyst never downloads personal content", async () => {
    const a = (
      await upload(w, w.as.cop1, forPerson(), [{ fileName: "p.png", type: "image/png", data: SAMPLES.png }])
    ).json() as AttachmentJson;
    const dl = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/attachments/${a.id}`,
      headers: w.as.analyst.headers,
    });
    expect(dl.statusCode).toBe(403);
  });

  it("a measure's files follow the measure's territory", async () => {
    const measureId = await insertMeasure(w, w.d2.path, w.bodies.b2, w.ids.cop2);
    const pdf = { fileName: "order.pdf", type: "application/pdf", data: SAMPLES.pdf };
    const fields = { recordType: "measure", recordId: measureId };
    expect((await upload(w, w.as.cop1, fields, [pdf])).statusCode).toBe(404);
    const ok = await upload(w, w.as.cop2, fields, [pdf]);
    expect(ok.statusCode).toBe(201);
    const a = ok.json() as AttachmentJson;
    expect(a.recordType).toBe("measure");
    expect(await audits("attachment.upload", measureId)).toHaveLength(1);
    const dl = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/attachments/${a.id}`,
      headers: w.as.cop2.headers,
    });
    expect(dl.statusCode).toBe(200);
  });
});

describe("confidential records' files (R11.1; 001 Art. 83(2))", () => {
  it("a measure with a confidential part shows its files only to a reader who clears the barrier", async () => {
    const measureId = await insertMeasure(w, w.d1.path, w.bodies.b1, w.ids.cop1);
    await sql`INSERT INTO measure_confidential (measure_id, field, barrier, article)
      VALUES (${measureId}, 'input.details.victims', 'victim', '001 Art. 83(2)')`.execute(w.t.db);
    const pdf = { fileName: "order.pdf", type: "application/pdf", data: SAMPLES.pdf };
    const up = await upload(w, w.as.cop1, { recordType: "measure", recordId: measureId }, [pdf]);
    expect(up.statusCode).toBe(201);
    const a = up.json() as AttachmentJson;
    const list = () =>
      w.t.app.inject({
        method: "GET",
        url: `/api/v1/attachments?recordType=measure&recordId=${measureId}`,
        headers: w.as.cop1.headers,
      });
    const download = () =>
      w.t.app.inject({ method: "GET", url: `/api/v1/attachments/${a.id}`, headers: w.as.cop1.headers });
    for (const res of [await list(), await download()]) {
      expect(res.statusCode).toBe(403);
      expect((res.json() as ErrorJson).error.code).toBe("access.confidential");
    }
    expect(await audits("attachment.download", measureId)).toHaveLength(0);
    // A victim grant (given by another user) opens the files from the next request.
    await sql`INSERT INTO confidential_grant (user_id, barrier, reason, given_by)
      VALUES (${w.ids.cop1}, 'victim', 'Duty officer', ${w.ids.cop2})`.execute(w.t.db);
    expect((await list()).statusCode).toBe(200);
    expect((await download()).statusCode).toBe(200);
  });
});
