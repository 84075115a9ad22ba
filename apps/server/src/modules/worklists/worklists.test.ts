import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DueChecksPage, DueDutiesPage, Measure } from "@aldyn/contract";
import {
  addFact,
  getJson,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  today,
  warningBody,
  type MeasuresWorld,
  morningDaysAgo,
} from "../preventive-measures/measures.fixture.ts";
import type { LoggedIn } from "../../test/app.ts";
import { csvCell } from "./worklist-export.ts";
import { withNames } from "./worklist-page.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { readStoredZip } from "./zip-reader.fixture.ts";

let w: MeasuresWorld;
let a: Measure; // district 1, served 16 days ago: checks overdue
let b: Measure; // district 1, issued an hour ago, not served
let c: Measure; // district 2, served 16 days ago
let personA: string;

async function served(who: LoggedIn, district: string): Promise<Measure> {
  const personId = await newPerson(w, who, { districtId: district });
  const issuedAt = morningDaysAgo(16);
  const m = await issue(w, who, warningBody(personId, issuedAt));
  return addFact(w, who, m, {
    type: "served",
    at: new Date(issuedAt.getTime() + HOUR).toISOString(),
    channel: "in_person",
  });
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function csvLines(body: string): string[] {
  return body
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
}

async function districtName(id: string, column: "name_kk" | "name_ru"): Promise<string> {
  const t = await w.t.db
    .selectFrom("territory")
    .select(column)
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return (t as Record<string, string>)[column]!;
}

async function checks(who: LoggedIn, query: string): Promise<DueChecksPage> {
  const res = await getJson(w, who, `/api/v1/worklists/checks?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as DueChecksPage;
}

beforeAll(async () => {
  w = await measuresWorld();
  a = await served(w.as.cop1, w.d1.id);
  personA = a.personId!;
  b = await issue(w, w.as.cop1, warningBody(await newPerson(w, w.as.cop1), new Date(Date.now() - HOUR)));
  c = await served(w.as.cop2, w.d2.id);
});
afterAll(async () => w.close());

describe("due checks worklist (R3.4)", () => {
  it("my overdue checks: one row for the person and day, naming the register entry and the warning", async () => {
    const page = await checks(w.as.cop1, "scope=mine");
    expect(page.counts).toEqual({ overdue: 1, due: 0, upcoming: 0 });
    expect(page.items).toHaveLength(1);
    const row = page.items[0]!;
    expect(row).toMatchObject({ personId: personA, status: "overdue" });
    // The entry first: a check recorded on it is carried to the warning (001 Art. 59(10)).
    expect(row.records).toEqual([
      { source: "register_entry", id: a.register.entryIds[0], what: "59.2.5_official_warning" },
      { source: "measure", id: a.id, what: "official_warning" },
    ]);
    expect(row.personName).toContain("Сейтқали");
  });

  it("within 14 days the unserved warning's register check is upcoming", async () => {
    const page = await checks(w.as.cop1, "scope=district&withinDays=14");
    expect(page.counts).toMatchObject({ overdue: 1, upcoming: 1 });
    expect(page.items.find((i) => i.personId === b.personId)?.records.map((r) => r.source)).toEqual([
      "register_entry",
    ]);
  });

  it("district 2 does not see district 1; the region head sees both, but none are 'mine'", async () => {
    const d2 = await checks(w.as.cop2, "scope=region");
    expect(d2.items.some((i) => i.personId === personA)).toBe(false);
    expect(d2.counts.overdue).toBe(1);
    const region = await checks(w.head, "scope=region");
    expect(region.counts.overdue).toBe(2);
    expect(region.total).toBe(2);
    expect((await checks(w.head, "scope=mine")).total).toBe(0);
    const paged = await checks(w.head, "scope=region&pageSize=1&page=2");
    expect(paged.items).toHaveLength(1);
  });

  it("one check on the measure is the entry's control too: both leave the list", async () => {
    a = await addFact(w, w.as.cop1, a, {
      type: "control_check",
      at: new Date().toISOString(),
      outcome: "complied",
      place: "At home",
    });
    expect((await checks(w.as.cop1, "scope=mine")).total).toBe(0);
  });

  it("an analyst is refused (001 Art. 59(6)); the prosecutor reads within the region", async () => {
    expect((await getJson(w, w.as.analyst, "/api/v1/worklists/checks?scope=region")).statusCode).toBe(403);
    expect((await getJson(w, w.as.analyst, "/api/v1/worklists/duties?scope=region")).statusCode).toBe(403);
    expect((await checks(w.as.prosecutor, "scope=region")).counts.overdue).toBe(1);
  });
});

describe("what a worklist showed is audited per person (R11.2)", () => {
  it("a reader who sees the rows but not the names: the person's row names no field, and no name is read", async () => {
    const reqId = randomUUID();
    const ctx = {
      // A school council member reads its own district's pupils (policy.ts, 001 Art. 78(3)); one of
      // another district is handed the row here and must read no name of it.
      actor: {
        userId: randomUUID(),
        roles: ["school_council_member"],
        bodyId: randomUUID(),
        territoryPath: "KZ.ZZZ.ZZZ01",
        territoryLevel: "district",
      },
      userId: randomUUID(),
      audit: {
        actorId: null,
        actorName: "school",
        role: "school_council_member",
        bodyId: null,
        route: null,
        ip: null,
        requestId: reqId,
      },
    } as unknown as ActCtx;
    const rows = await withNames(w.t.db, [{ person_id: personA, territory_path: a.territoryPath }], {
      ctx,
      action: "worklist.duties",
      recordType: "measure",
    });
    expect(rows[0]).toMatchObject({ last_name_cyr: null, first_name_cyr: null });
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select(["record_type", "record_id", "fields"])
      .where("request_id", "=", reqId)
      .orderBy("record_type")
      .execute();
    expect(audit).toEqual([
      { record_type: "measure", record_id: null, fields: ["personName"] },
      { record_type: "person", record_id: personA, fields: [] },
    ]);
  });
});

describe("due duties worklist", () => {
  it("the prosecutor's copies: one overdue, one due within a day; scoped by district", async () => {
    const res = await getJson(w, w.as.cop1, "/api/v1/worklists/duties?scope=mine&withinDays=1");
    const page = res.json() as DueDutiesPage;
    expect(page.counts.overdue).toBe(1);
    expect(page.total).toBe(2);
    expect(page.items[0]).toMatchObject({
      measureId: a.id,
      code: "official_warning.prosecutor_copy",
      article: "001 Art. 51(3)",
      status: "overdue",
      personId: personA,
      completedBy: { type: "prosecutor_notified" },
    });
    // The name is read for the page's rows (worklist-page.ts withNames), as on the checks list.
    expect(page.items[0]!.personName).toContain("Сейтқали");
    const d2 = (
      await getJson(w, w.as.cop2, "/api/v1/worklists/duties?scope=district")
    ).json() as DueDutiesPage;
    expect(d2.items.map((i) => i.measureId)).toEqual([c.id]);
  });
});

describe("a duty of hours and its 'done'", () => {
  it("the prosecutor's copy (24 hours, 001 Art. 51(3)) is due from the issue, not upcoming", async () => {
    const page = (
      await getJson(w, w.as.cop1, "/api/v1/worklists/duties?scope=mine&withinDays=0")
    ).json() as DueDutiesPage;
    const fresh = page.items.find((i) => i.measureId === b.id)!;
    expect(fresh).toMatchObject({ status: "due", code: "official_warning.prosecutor_copy" });
    // Its hour: 24 hours after the issue an hour ago.
    const left = new Date(fresh.dueAt).getTime() - Date.now();
    expect(left).toBeGreaterThan(22 * HOUR);
    expect(left).toBeLessThan(24 * HOUR);
    expect(page.counts.due).toBe(1);
  });

  it("recording the fact the row names takes the duty off the list", async () => {
    const before = (
      await getJson(w, w.as.cop1, "/api/v1/worklists/duties?scope=mine")
    ).json() as DueDutiesPage;
    const duty = before.items.find((i) => i.measureId === b.id)!;
    const m = (await getJson(w, w.as.cop1, `/api/v1/measures/${b.id}`)).json() as Measure;
    b = await addFact(w, w.as.cop1, m, { type: duty.completedBy!.type, at: new Date().toISOString() });
    const after = (
      await getJson(w, w.as.cop1, "/api/v1/worklists/duties?scope=mine")
    ).json() as DueDutiesPage;
    expect(after.items.some((i) => i.measureId === b.id)).toBe(false);
    expect(after.total).toBe(before.total - 1);
  });
});

describe("CSV export (R11.7)", () => {
  it("exports the worklist in scope, in the user's language, and is audited as an export", async () => {
    const res = await getJson(w, w.head, "/api/v1/worklists/checks.csv?scope=region&lang=ru");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    const lines = csvLines(res.body);
    expect(lines[0]).toBe("Статус,Срок проверки,Лицо,Что проверяется,Район");
    // District 2's person, due on one day for the warning and its entry; district 1's checks were done.
    expect(lines).toHaveLength(2);
    const [status, dueOn, person, what, district] = lines[1]!.split(",");
    expect(status).toBe("Просрочено");
    expect(dueOn).toMatch(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(person).toContain("Сейтқали");
    // Quoted: the names of what is due are separated by a semicolon.
    expect(what).toBe(
      '"Профилактический учёт: Объявлено официальное предостережение (ст. 59 п. 2 пп. 5); Официальное предостережение"',
    );
    expect(district).toBe(await districtName(w.d2.id, "name_ru"));
    // No ids, no codes: the file is for reading.
    expect(res.body).not.toMatch(UUID);
    expect(res.body).not.toMatch(/official_warning|register_entry|overdue|001 Art/);
    const d1 = await getJson(w, w.as.cop1, "/api/v1/worklists/checks.csv?scope=district&withinDays=14");
    expect(d1.body).not.toContain(await districtName(w.d2.id, "name_kk"));
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select(["actor_name", "record_id"])
      .where("action", "=", "worklist.checks.export")
      .where("record_type", "=", "control_check")
      .execute();
    expect(audit.map((r) => r.actor_name).sort()).toEqual(["cop1", "head"]);
    // And the person the head's file held (district 2's), named by id (R11.2).
    const persons = await w.t.db
      .selectFrom("audit_log")
      .select(["actor_name", "record_id", "fields"])
      .where("action", "=", "worklist.checks.export")
      .where("record_type", "=", "person")
      .execute();
    expect(persons).toContainEqual({
      actor_name: "head",
      record_id: c.personId,
      fields: ["lastNameCyr", "firstNameCyr"],
    });
    expect((await getJson(w, w.as.analyst, "/api/v1/worklists/checks.csv")).statusCode).toBe(403);
  });

  it("exports the same list as XLSX, its sheet and headers in the language asked (Kazakh by default)", async () => {
    const res = await getJson(w, w.head, "/api/v1/worklists/checks.xlsx?scope=region");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const zip = readStoredZip(res.rawPayload);
    const sheet = zip.get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toContain("Тексеру мерзімі");
    expect(sheet).toContain("Мерзімі өткен");
    expect(sheet).toContain(await districtName(w.d2.id, "name_kk"));
    expect(sheet).not.toMatch(UUID);
    expect(sheet.match(/<row /g)).toHaveLength(2);
    expect(zip.get("xl/workbook.xml")).toContain('name="Тексерулер"');
    const en = await getJson(w, w.head, "/api/v1/worklists/checks.xlsx?scope=region&lang=en");
    expect(readStoredZip(en.rawPayload).get("xl/worksheets/sheet1.xml")).toContain("Check due on");
  });

  it("cells are quoted and formulas neutralised", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell(null)).toBe("");
  });
});

describe("one visit, recorded once", () => {
  it("a check recorded on the register entry is the measure's compliance check too: both leave the list", async () => {
    expect((await checks(w.as.cop2, "scope=mine")).counts.overdue).toBe(1);
    const entryId = c.register.entryIds[0]!;
    const entry = (await getJson(w, w.as.cop2, `/api/v1/register/${entryId}`)).json() as { version: number };
    const res = await w.t.app.inject({
      method: "POST",
      url: `/api/v1/register/${entryId}/facts`,
      headers: w.as.cop2.headers,
      payload: {
        version: entry.version,
        type: "control_check",
        on: today(),
        place: "At work",
        outcome: "complied",
      },
    });
    expect(res.statusCode).toBe(201);
    expect((await checks(w.as.cop2, "scope=mine")).total).toBe(0);
    const m = (await getJson(w, w.as.cop2, `/api/v1/measures/${c.id}`)).json() as Measure;
    expect(m.control?.checksDone).toBe(1);
    expect(m.facts.at(-1)).toMatchObject({ type: "control_check", data: { place: "At work", entryId } });
  });
});
