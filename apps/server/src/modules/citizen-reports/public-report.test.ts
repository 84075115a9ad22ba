import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRACKING_CODE_PATTERN, type PublicReportFiled, type PublicReportStatus } from "@aldyn/contract";
import {
  closeWorld,
  countReports,
  filePublic,
  intakeWorld,
  nextAddress,
  SAMPLES,
  storedFiles,
  track,
  type IntakeWorld,
} from "./intake.fixture.ts";

let w: IntakeWorld;
beforeAll(async () => {
  w = await intakeWorld();
});
afterAll(async () => closeWorld(w));

const DESCRIPTION = "Teenagers are drinking in the courtyard every night and break the windows.";

function form(extra: Record<string, string> = {}): Record<string, string> {
  return { description: DESCRIPTION, districtId: w.d1.id, ...extra };
}

async function filed(res: { statusCode: number; body: string; json(): unknown }): Promise<PublicReportFiled> {
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as PublicReportFiled;
}

describe("a report from the public page, no login (R6; 001 Art. 6(4),(5))", () => {
  it("files the report with its photo and document: a registration number and a tracking code shown once", async () => {
    const res = await filePublic(
      w,
      form({ locationText: "Abai St. 10, the courtyard", reporterPhone: "+7 701 000 0000" }),
      [
        { name: "files", fileName: "courtyard.jpg", type: "image/jpeg", data: SAMPLES.jpeg },
        { name: "files", fileName: "letter.pdf", type: "application/pdf", data: SAMPLES.pdf },
      ],
    );
    const out = await filed(res);
    expect(Object.keys(out).sort()).toEqual(["receivedAt", "registrationNumber", "trackingCode"]);
    expect(out.trackingCode).toMatch(TRACKING_CODE_PATTERN);
    expect(out.registrationNumber).toMatch(new RegExp(`^${w.region.code}-[1-9]\\d*/\\d{4}$`));

    const row = await w.t.db
      .selectFrom("citizen_report")
      .selectAll()
      .where("registration_number", "=", out.registrationNumber)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      channel: "web",
      taken_by_body_id: null,
      created_by: null,
      territory_path: w.d1.path,
      district_id: w.d1.id,
      status: "received",
      anonymous: false,
      reporter_phone: "+7 701 000 0000",
    });
    // Only the code's hash is kept; the answer is due 15 working days on (001 Art. 49(2)).
    expect(row.tracking_code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(out.trackingCode.replace(/-/g, ""));
    expect(new Date(row.answer_due_at).getTime()).toBeGreaterThan(
      new Date(row.received_at).getTime() + 14 * 86_400_000,
    );

    const files = await w.t.db.selectFrom("attachment").selectAll().where("record_id", "=", row.id).execute();
    expect(files.map((f) => [f.record_type, f.media_type, f.uploaded_by]).sort()).toEqual([
      ["citizen_report", "application/pdf", null],
      ["citizen_report", "image/jpeg", null],
    ]);
    expect((await storedFiles(w)).filter((f) => !f.includes("/attachments/tmp/"))).toHaveLength(2);

    const facts = await w.t.db
      .selectFrom("citizen_report_fact")
      .selectAll()
      .where("report_id", "=", row.id)
      .execute();
    expect(facts.map((f) => [f.type, f.recorded_by])).toEqual([["filed", null]]);
    expect(JSON.stringify(facts)).not.toContain("701");

    // The public writes with no actor; the audit names fields, never their values.
    const audit = await w.t.db.selectFrom("audit_log").selectAll().where("record_id", "=", row.id).execute();
    expect(audit.map((a) => [a.action, a.actor_id]).sort()).toEqual([
      ["attachment.upload", null],
      ["attachment.upload", null],
      ["citizen_report.create", null],
    ]);
    const create = audit.find((a) => a.action === "citizen_report.create")!;
    expect(create.fields).toEqual(["description", "location_text", "reporter_phone"]);
    expect(JSON.stringify(audit)).not.toContain("701");
  });

  it("numbers the region's reports one after the other", async () => {
    const a = await filed(await filePublic(w, form()));
    const b = await filed(await filePublic(w, form({ districtId: w.d2.id })));
    const n = (r: PublicReportFiled) => Number(/-(\d+)\//.exec(r.registrationNumber)![1]);
    expect(n(b)).toBe(n(a) + 1);
  });

  it("places a report by its point on the map: the district it lies in", async () => {
    // Semey's centre lies in Semey City (ABA01), the first district of the first region.
    const out = await filed(
      await filePublic(w, { description: DESCRIPTION, lat: "50.4111", lon: "80.2275" }),
    );
    const row = await w.t.db
      .selectFrom("citizen_report")
      .select(["territory_path", "district_id", "lat", "lon"])
      .where("registration_number", "=", out.registrationNumber)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      territory_path: "KZ.ABA.ABA01",
      district_id: expect.any(String),
      lat: 50.4111,
      lon: 80.2275,
    });
  });

  it("takes an anonymous report with no name or contacts, and refuses one that carries them", async () => {
    const ok = await filed(await filePublic(w, form({ anonymous: "true" })));
    const row = await w.t.db
      .selectFrom("citizen_report")
      .select(["anonymous", "reporter_name"])
      .where("registration_number", "=", ok.registrationNumber)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ anonymous: true, reporter_name: null });

    const before = await countReports(w);
    const res = await filePublic(w, form({ anonymous: "true", reporterName: "Aigerim" }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: {
        code: "validation.failed",
        field: "reporterName",
        details: [{ code: "anonymous_with_contacts" }],
      },
    });
    expect(await countReports(w)).toBe(before);
  });

  it("refuses a report that says nowhere where it happened, a point outside Kazakhstan, a text too short", async () => {
    const before = await countReports(w);
    const nowhere = await filePublic(w, { description: DESCRIPTION });
    expect(nowhere.statusCode).toBe(400);
    expect(nowhere.json()).toMatchObject({
      error: { field: "districtId", details: [{ code: "location_required" }] },
    });
    const moscow = await filePublic(w, { description: DESCRIPTION, lat: "55.7558", lon: "37.6173" });
    expect(moscow.statusCode).toBe(400);
    expect(moscow.json()).toMatchObject({
      error: { field: "lat", details: [{ code: "outside_kazakhstan" }] },
    });
    const short = await filePublic(w, form({ description: "help" }));
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ error: { field: "description" } });
    const future = await filePublic(w, form({ occurredAt: new Date(Date.now() + 86_400_000).toISOString() }));
    expect(future.json()).toMatchObject({ error: { field: "occurredAt", details: [{ code: "in_future" }] } });
    expect(await countReports(w)).toBe(before);
  });
});

describe("the public page's files are checked by content and size; a refused upload leaves nothing (R6, R11.5)", () => {
  async function refusedLeavesNothing(
    files: Parameters<typeof filePublic>[2],
  ): Promise<{ statusCode: number; json(): unknown }> {
    const reports = await countReports(w);
    const stored = (await storedFiles(w)).length;
    const rows = await w.t.db.selectFrom("attachment").select("id").execute();
    const res = await filePublic(w, form(), files);
    expect(await countReports(w)).toBe(reports);
    expect(await storedFiles(w)).toHaveLength(stored);
    expect(await w.t.db.selectFrom("attachment").select("id").execute()).toHaveLength(rows.length);
    return res;
  }

  it("a write that fails after the files were moved into place takes them back", async () => {
    // The region's counter at its last number: the report's insert fails in the database.
    const year = Number(new Date().toLocaleString("en-US", { timeZone: "Asia/Almaty", year: "numeric" }));
    const counter = await w.t.db
      .selectFrom("citizen_report_counter")
      .select("last_number")
      .where("series", "=", w.region.code)
      .where("year", "=", year)
      .executeTakeFirstOrThrow();
    await w.t.db
      .updateTable("citizen_report_counter")
      .set({ last_number: 2_147_483_647 })
      .where("series", "=", w.region.code)
      .where("year", "=", year)
      .execute();
    try {
      const res = await refusedLeavesNothing([
        { name: "files", fileName: "a.png", type: "image/png", data: SAMPLES.png },
        { name: "files", fileName: "b.pdf", type: "application/pdf", data: SAMPLES.pdf },
      ]);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
    } finally {
      await w.t.db
        .updateTable("citizen_report_counter")
        .set({ last_number: counter.last_number })
        .where("series", "=", w.region.code)
        .where("year", "=", year)
        .execute();
    }
  });

  it("a page passed off as a photo: 415 attachment.type_not_allowed", async () => {
    const res = await refusedLeavesNothing([
      { name: "files", fileName: "ok.png", type: "image/png", data: SAMPLES.png },
      { name: "files", fileName: "photo.jpg", type: "image/jpeg", data: SAMPLES.html },
    ]);
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({
      error: {
        code: "request.unsupported_media_type",
        field: "files.1",
        details: [{ code: "attachment.type_not_allowed" }],
      },
    });
  });

  it("a JPEG sent as a PNG: 415 attachment.type_mismatch", async () => {
    const res = await refusedLeavesNothing([
      { name: "files", fileName: "a.png", type: "image/png", data: SAMPLES.jpeg },
    ]);
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: { details: [{ code: "attachment.type_mismatch" }] } });
  });

  it("a file over 10 MB: 413 request.too_large", async () => {
    const big = Buffer.concat([SAMPLES.jpeg, Buffer.alloc(10 * 1024 * 1024)]);
    const res = await refusedLeavesNothing([
      { name: "files", fileName: "small.jpg", type: "image/jpeg", data: SAMPLES.jpeg },
      { name: "files", fileName: "big.jpg", type: "image/jpeg", data: big },
    ]);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: { code: "request.too_large", field: "files" } });
  });

  it("a sixth file: 400 too_many_files", async () => {
    const six = Array.from({ length: 6 }, (_, i) => ({
      name: "files",
      fileName: `p${i}.png`,
      type: "image/png",
      data: SAMPLES.png,
    }));
    const res = await refusedLeavesNothing(six);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { field: "files", details: [{ code: "too_many_files" }] } });
  });

  it("a body that is not a form: 415", async () => {
    const res = await w.t.app.inject({
      method: "POST",
      url: "/api/v1/public/reports",
      payload: { description: DESCRIPTION },
      remoteAddress: nextAddress(),
    });
    expect(res.statusCode).toBe(415);
  });
});

describe("a flood from one address is stopped: 429 citizen_report.too_many (R6)", () => {
  it("lets five reports an hour through from one address, not the sixth; another address still files", async () => {
    const address = nextAddress();
    for (let i = 0; i < 5; i++) await filed(await filePublic(w, form(), [], address));
    const before = await countReports(w);
    const sixth = await filePublic(w, form(), [], address);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json()).toMatchObject({ error: { code: "citizen_report.too_many" } });
    expect(sixth.headers["retry-after"]).toBeDefined();
    expect(await countReports(w)).toBe(before);
    await filed(await filePublic(w, form()));
  });
});

describe("the tracking code reads its own report's status and answers, nothing else (R6)", () => {
  it("shows the number, receipt, status and published answers only; one code never reads another report", async () => {
    const a = await filed(await filePublic(w, form({ reporterEmail: "a@example.kz" })));
    const b = await filed(await filePublic(w, form({ districtId: w.d2.id })));
    const rowA = await w.t.db
      .selectFrom("citizen_report")
      .select("id")
      .where("registration_number", "=", a.registrationNumber)
      .executeTakeFirstOrThrow();
    // An operator's answer and a receiving body's answer published for the reporter (written by triage).
    await w.t.db
      .insertInto("citizen_report_fact")
      .values([
        {
          report_id: rowA.id,
          seq: 1,
          type: "triaged",
          at: new Date(),
          data: JSON.stringify({ category: "public_order" }),
        },
        {
          report_id: rowA.id,
          seq: 2,
          type: "answered",
          at: new Date("2026-03-10T05:00:00Z"),
          data: JSON.stringify({ text: "Passed to the police." }),
        },
        {
          report_id: rowA.id,
          seq: 3,
          type: "answer_published",
          at: new Date("2026-03-11T05:00:00Z"),
          data: JSON.stringify({ text: "A patrol visited.", handoffId: rowA.id }),
        },
      ])
      .execute();

    const readA = await track(w, a.trackingCode);
    expect(readA.statusCode).toBe(200);
    const statusA = readA.json() as PublicReportStatus;
    expect(statusA).toEqual({
      registrationNumber: a.registrationNumber,
      receivedAt: a.receivedAt,
      status: "received",
      answers: [
        { at: "2026-03-10T05:00:00.000Z", text: "Passed to the police." },
        { at: "2026-03-11T05:00:00.000Z", text: "A patrol visited." },
      ],
    });
    expect(readA.body).not.toContain("example.kz");
    expect(readA.body).not.toContain(DESCRIPTION.slice(0, 20));

    const readB = (
      await track(w, b.trackingCode.toLowerCase().replace(/-/g, ""))
    ).json() as PublicReportStatus;
    expect(readB).toEqual({
      registrationNumber: b.registrationNumber,
      receivedAt: b.receivedAt,
      status: "received",
      answers: [],
    });
  });

  it("answers a wrong, altered or malformed code with the same plain 404", async () => {
    const a = await filed(await filePublic(w, form()));
    const last = a.trackingCode.at(-1) === "0" ? "1" : "0";
    const altered = a.trackingCode.slice(0, -1) + last;
    const bodies = [];
    for (const code of [altered, "0".repeat(26), "not-a-code", "%27%20OR%201%3D1"]) {
      const res = await track(w, code);
      expect(res.statusCode, code).toBe(404);
      const { requestId: _id, ...error } = (res.json() as { error: Record<string, unknown> }).error;
      bodies.push(error);
    }
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(bodies[0]).toEqual({ code: "not_found", message: "The report was not found." });
  });
});

describe("the regions and districts for the form (R6)", () => {
  it("lists them with names in three languages, public", async () => {
    const res = await w.t.app.inject({ method: "GET", url: "/api/v1/public/territories" });
    expect(res.statusCode).toBe(200);
    const { regions } = res.json() as { regions: { code: string; districts: { code: string }[] }[] };
    expect(regions.length).toBe(20);
    const first = regions.find((r) => r.code === w.region.code)!;
    expect(first.districts.map((d) => d.code)).toContain(w.d1.code);
    expect(res.body).not.toContain("population");
  });
});
