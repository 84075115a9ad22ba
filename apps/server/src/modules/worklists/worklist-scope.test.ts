import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LAW_CONFIG } from "@aldyn/law";
import type { DueChecksPage, DueDutiesPage, Measure } from "@aldyn/contract";
import {
  addFact,
  getJson,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  warningBody,
  type MeasuresWorld,
  morningDaysAgo,
} from "../preventive-measures/measures.fixture.ts";
import { measureDeps, type ActCtx } from "../preventive-measures/measure-deps.ts";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import { login, makeUser, type LoggedIn } from "../../test/app.ts";
import type { Role } from "../../access/roles.ts";
import { exportDuties } from "./export-duties.ts";
import { csvOf, exportHeaders, xlsxOfTable } from "./worklist-export.ts";
import { catalogText, exportWords } from "./export-texts.ts";
import { readStoredZip } from "./zip-reader.fixture.ts";

let w: MeasuresWorld;
let cop1b: LoggedIn; // a second inspector of district 1's police body
let a: Measure; // district 1, issued by cop1
let a2: Measure; // district 1, issued by cop1b
let c: Measure; // district 2, issued by cop2

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

async function list<T>(who: LoggedIn, what: "checks" | "duties", query: string): Promise<T> {
  const res = await getJson(w, who, `/api/v1/worklists/${what}?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}
const checks = (who: LoggedIn, query: string) => list<DueChecksPage>(who, "checks", query);
const duties = (who: LoggedIn, query: string) => list<DueDutiesPage>(who, "duties", query);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function csvLines(body: string): string[] {
  return body
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
}

beforeAll(async () => {
  w = await measuresWorld();
  const cop1 = await w.t.db
    .selectFrom("app_user")
    .select("body_id")
    .where("username", "=", "cop1")
    .executeTakeFirstOrThrow();
  await makeUser(w.t.db, { username: "cop1b", roles: ["police_inspector_local"], bodyId: cop1.body_id });
  cop1b = await login(w.t.app, "cop1b");
  a = await served(w.as.cop1, w.d1.id);
  a2 = await served(cop1b, w.d1.id);
  c = await served(w.as.cop2, w.d2.id);
});
afterAll(async () => w.close());

describe("a region-level user narrows to a district (issue 4 item 4)", () => {
  it("the region shows both districts with counts per district; the sums are the counts", async () => {
    for (const page of [await checks(w.head, "scope=region"), await duties(w.head, "scope=region")]) {
      const d1 = page.byTerritory.find((t) => t.territoryId === w.d1.id)!;
      const d2 = page.byTerritory.find((t) => t.territoryId === w.d2.id)!;
      expect(page.byTerritory).toHaveLength(2);
      expect(d1.overdue).toBe(2 * d2.overdue); // two warnings in district 1, one in district 2
      expect(d2.overdue).toBeGreaterThan(0);
      const sum = page.byTerritory.reduce((n, t) => n + t.overdue + t.due + t.upcoming, 0);
      expect(sum).toBe(page.total);
      expect(page.counts.overdue).toBe(d1.overdue + d2.overdue);
    }
    // One row per person and day: each warning and its register entry fall due together.
    expect((await checks(w.head, "scope=region")).counts.overdue).toBe(3);
  });

  it("territoryId narrows both lists to the district, and a district shows no per-district counts", async () => {
    const d2 = await checks(w.head, `scope=region&territoryId=${w.d2.id}`);
    expect(d2.items.flatMap((i) => i.records.map((r) => r.id)).sort()).toEqual(
      [c.id, c.register.entryIds[0]].sort(),
    );
    expect(d2.byTerritory).toEqual([]);
    const asDistrict = await checks(w.head, `scope=district&territoryId=${w.d2.id}`);
    expect(asDistrict.total).toBe(d2.total);
    const dd = await duties(w.head, `scope=district&territoryId=${w.d1.id}`);
    expect(new Set(dd.items.map((i) => i.measureId))).toEqual(new Set([a.id, a2.id]));
    // A district inspector's "district" is their own, with or without naming it.
    const own = await checks(w.as.cop1, `scope=district&territoryId=${w.d1.id}`);
    expect(own.total).toBe((await checks(w.as.cop1, "scope=district")).total);
    expect(own.byTerritory).toEqual([]);
  });

  it("a district outside the user's territory is refused with access.territory", async () => {
    for (const [who, id] of [
      [w.head, w.otherDistrict.id],
      [w.as.cop1, w.d2.id],
    ] as const) {
      for (const url of [
        `/api/v1/worklists/checks?scope=region&territoryId=${id}`,
        `/api/v1/worklists/duties?scope=district&territoryId=${id}`,
        `/api/v1/worklists/duties.csv?scope=region&territoryId=${id}`,
      ]) {
        const res = await getJson(w, who, url);
        expect(res.statusCode).toBe(403);
        expect((res.json() as ErrorJson).error.code).toBe("access.territory");
      }
    }
  });

  it("'district' for a region-level user needs the district; an unknown territory is a 400", async () => {
    const res = await getJson(w, w.head, "/api/v1/worklists/checks?scope=district");
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorJson).error).toMatchObject({
      code: "validation.failed",
      field: "territoryId",
    });
    const unknown = await getJson(
      w,
      w.head,
      "/api/v1/worklists/duties?scope=region&territoryId=00000000-0000-4000-8000-000000000000",
    );
    expect(unknown.statusCode).toBe(400);
  });
});

describe("'mine' is the user's own, 'body' the body's", () => {
  it("two inspectors of one body: each sees their own as mine, both as the body's", async () => {
    const mine = await duties(w.as.cop1, "scope=mine");
    expect(mine.items.map((i) => i.measureId)).toEqual([a.id]);
    const theirs = await checks(cop1b, "scope=mine");
    expect(new Set(theirs.items.map((i) => i.personId))).toEqual(new Set([a2.personId]));
    const body = await duties(w.as.cop1, "scope=body");
    expect(new Set(body.items.map((i) => i.measureId))).toEqual(new Set([a.id, a2.id]));
    expect((await checks(w.as.cop1, "scope=body")).counts.overdue).toBe(2);
    // The region head issued nothing, and the head's body issued nothing.
    expect((await checks(w.head, "scope=mine")).total).toBe(0);
    expect((await duties(w.head, "scope=body")).total).toBe(0);
  });
});

describe("due duties export (R11.7)", () => {
  it("CSV holds the list the screen shows, in scope and narrowed, and is audited as an export", async () => {
    const screen = await duties(w.head, "scope=region&withinDays=30&pageSize=200");
    const res = await getJson(w, w.head, "/api/v1/worklists/duties.csv?scope=region&withinDays=30&lang=en");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["x-export-truncated"]).toBe("false");
    expect(res.headers["x-export-total"]).toBe(String(screen.total));
    const lines = csvLines(res.body);
    expect(lines[0]).toBe("Status,Due by,Duty,Legal basis,Liability if missed,Measure,Person,District");
    expect(lines).toHaveLength(screen.total + 1);
    // Named, in words, on the clock of Almaty: no code, id or file code reaches the file.
    expect(lines[1]).toContain(catalogText("en", "duty.official_warning.prosecutor_copy")!);
    expect(lines[1]).toContain("Art. 51(3) of the Law on Prevention of Infractions");
    expect(lines[1]).toMatch(/^Overdue,\d{2}\.\d{2}\.\d{4} \d{2}:\d{2},/);
    expect(res.body).not.toMatch(UUID);
    expect(res.body).not.toMatch(/official_warning|prosecutor_copy|001 Art|overdue,/);

    const rowsIn = async (who: LoggedIn, query: string) =>
      csvLines((await getJson(w, who, `/api/v1/worklists/duties.csv?${query}&lang=ru`)).body).slice(1);
    const district = async (id: string) =>
      (await w.t.db.selectFrom("territory").select("name_ru").where("id", "=", id).executeTakeFirstOrThrow())
        .name_ru;
    const d2 = await rowsIn(w.head, `scope=region&territoryId=${w.d2.id}`);
    expect(d2).toHaveLength(1);
    expect(d2[0]!.endsWith(`,${await district(w.d2.id)}`)).toBe(true);
    const cop2 = await rowsIn(w.as.cop2, "scope=region&withinDays=90");
    expect(cop2.every((l) => l.endsWith(`,${d2[0]!.split(",").at(-1)}`))).toBe(true);
    expect(await rowsIn(w.as.cop1, "scope=mine")).toHaveLength(1);
    expect(await rowsIn(w.as.cop1, "scope=body")).toHaveLength(2);

    const audit = await w.t.db
      .selectFrom("audit_log")
      .select(["actor_name", "record_type"])
      .where("action", "=", "worklist.duties.export")
      .execute();
    // One row for each export as a whole; and one for each person it held (R11.2).
    const exports = audit.filter((r) => r.record_type === "measure");
    expect(exports.map((r) => r.actor_name).sort()).toEqual(["cop1", "cop1", "cop2", "head", "head"]);
    expect(audit.filter((r) => r.record_type !== "measure").every((r) => r.record_type === "person")).toBe(
      true,
    );
    expect(audit.length).toBeGreaterThan(exports.length);
    expect((await getJson(w, w.as.analyst, "/api/v1/worklists/duties.csv")).statusCode).toBe(403);
  });

  it("XLSX holds the same rows", async () => {
    const res = await getJson(
      w,
      w.head,
      `/api/v1/worklists/duties.xlsx?scope=region&territoryId=${w.d1.id}&lang=ru`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    const sheet = readStoredZip(res.rawPayload).get("xl/worksheets/sheet1.xml")!;
    const screen = await duties(w.head, `scope=region&territoryId=${w.d1.id}`);
    expect(sheet.match(/<row /g)).toHaveLength(screen.total + 1);
    expect(sheet).toContain("п. 3 ст. 51 Закона «О профилактике правонарушений»");
    expect(sheet).not.toMatch(UUID);
  });

  it("the checks export carries withinDays and territoryId like the screen", async () => {
    const screen = await checks(w.head, `scope=region&withinDays=90&territoryId=${w.d1.id}`);
    const res = await getJson(
      w,
      w.head,
      `/api/v1/worklists/checks.csv?scope=region&withinDays=90&territoryId=${w.d1.id}`,
    );
    expect(csvLines(res.body)).toHaveLength(screen.total + 1);
  });
});

describe("an export past the row limit says it was cut", () => {
  it("holds the most urgent rows, ends with a #truncated row, and the headers say so", async () => {
    const head = await w.t.db
      .selectFrom("app_user as u")
      .innerJoin("body as b", "b.id", "u.body_id")
      .innerJoin("territory as t", "t.id", "b.territory_id")
      .select(["u.id", "u.body_id", "u.roles", "t.path"])
      .where("u.username", "=", "head")
      .executeTakeFirstOrThrow();
    const ctx = {
      actor: {
        userId: head.id,
        roles: head.roles as Role[],
        bodyId: head.body_id,
        territoryPath: head.path,
        territoryLevel: "region",
      },
      userId: head.id,
      audit: {
        actorId: head.id,
        actorName: "head",
        role: "police_head",
        bodyId: head.body_id,
        route: null,
        ip: null,
        requestId: null,
      },
    } as unknown as ActCtx;
    const deps = measureDeps({ db: w.t.db, config: { law: DEFAULT_LAW_CONFIG } });
    const q = { scope: "region", withinDays: 0, lang: "en" } as const;
    const whole = await exportDuties(deps, ctx, q);
    expect(whole.total).toBe(3);
    const cut = await exportDuties(deps, ctx, q, 2);
    expect(cut.total).toBe(3);
    expect(cut.rows).toEqual(whole.rows.slice(0, 2));
    expect(exportHeaders(cut)).toEqual({
      "x-export-rows": "2",
      "x-export-total": "3",
      "x-export-truncated": "true",
    });
    const en = exportWords("en");
    const lines = csvLines(csvOf(cut, en));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^#truncated,2 of 3 rows exported/);
    const sheet = readStoredZip(xlsxOfTable("Due duties", cut, en)).get("xl/worksheets/sheet1.xml")!;
    expect(sheet).toContain("2 of 3 rows exported");
    expect(csvLines(csvOf(cut, exportWords("ru"))).at(-1)).toMatch(/^#truncated,"Выгружено 2 из 3 строк/);
    expect(csvLines(csvOf(whole, en)).at(-1)).not.toContain("#truncated");
  });
});
