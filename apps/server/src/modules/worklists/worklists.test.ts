import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DueChecksPage, DueDutiesPage, Measure } from "@aldyn/contract";
import {
  addFact,
  DAY,
  getJson,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  today,
  warningBody,
  type MeasuresWorld,
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
  const issuedAt = new Date(Date.now() - 16 * DAY);
  const m = await issue(w, who, warningBody(personId, issuedAt));
  return addFact(w, who, m, {
    type: "served",
    at: new Date(issuedAt.getTime() + HOUR).toISOString(),
    channel: "in_person",
  });
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

describe("due checks worklist (R3.4; issue 4 item 4)", () => {
  it("my overdue checks: the warning's and its register entry's, not another district's", async () => {
    const page = await checks(w.as.cop1, "scope=mine");
    expect(page.counts).toEqual({ overdue: 2, due: 0, upcoming: 0 });
    expect(page.items.map((i) => i.source).sort()).toEqual(["measure", "register_entry"]);
    expect(page.items.every((i) => i.personId === personA && i.status === "overdue")).toBe(true);
    expect(page.items[0]!.personName).toContain("Сейтқали");
  });

  it("within 14 days the unserved warning's register check is upcoming", async () => {
    const page = await checks(w.as.cop1, "scope=district&withinDays=14");
    expect(page.counts).toMatchObject({ overdue: 2, upcoming: 1 });
    expect(page.items.find((i) => i.personId === b.personId)?.source).toBe("register_entry");
  });

  it("district 2 does not see district 1; the region head sees both, but none are 'mine'", async () => {
    const d2 = await checks(w.as.cop2, "scope=region");
    expect(d2.items.some((i) => i.personId === personA)).toBe(false);
    expect(d2.counts.overdue).toBe(2);
    const region = await checks(w.head, "scope=region");
    expect(region.counts.overdue).toBe(4);
    expect(region.total).toBe(4);
    expect((await checks(w.head, "scope=mine")).total).toBe(0);
    const paged = await checks(w.head, "scope=region&pageSize=3&page=2");
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
    expect((await checks(w.as.prosecutor, "scope=region")).counts.overdue).toBe(2);
  });
});

describe("what a worklist showed is audited per person (R11.2)", () => {
  it("a reader who sees the rows but not the names: the person's row names no field, and no name is read", async () => {
    const reqId = randomUUID();
    const ctx = {
      // A school council member reads measures, never persons' personal fields (policy.ts).
      actor: {
        userId: randomUUID(),
        roles: ["school_council_member"],
        bodyId: randomUUID(),
        territoryPath: "KZ",
        territoryLevel: "country",
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
    });
    // The name is read for the page's rows (worklist-page.ts withNames), as on the checks list.
    expect(page.items[0]!.personName).toContain("Сейтқали");
    const d2 = (
      await getJson(w, w.as.cop2, "/api/v1/worklists/duties?scope=district")
    ).json() as DueDutiesPage;
    expect(d2.items.map((i) => i.measureId)).toEqual([c.id]);
  });
});

describe("CSV export (R11.7; issue 4 item 9)", () => {
  it("exports the worklist in scope and is audited as an export", async () => {
    const res = await getJson(w, w.head, "/api/v1/worklists/checks.csv?scope=region");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe("status,due_on,source,what,person,person_id,territory,id");
    expect(lines).toHaveLength(3); // district 2's two overdue checks; district 1's were done
    expect(res.body).toContain(c.personId!);
    const d1 = await getJson(w, w.as.cop1, "/api/v1/worklists/checks.csv?scope=district&withinDays=14");
    expect(d1.body).not.toContain(c.personId!);
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

  it("exports the same list as XLSX", async () => {
    const res = await getJson(w, w.head, "/api/v1/worklists/checks.xlsx?scope=region");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const sheet = readStoredZip(res.rawPayload).get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toContain(c.personId!);
    expect(sheet.match(/<row /g)).toHaveLength(3);
  });

  it("cells are quoted and formulas neutralised", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell(null)).toBe("");
  });
});

describe("one visit, recorded once", () => {
  it("a check recorded on the register entry is the measure's compliance check too: both leave the list", async () => {
    expect((await checks(w.as.cop2, "scope=mine")).counts.overdue).toBe(2);
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
