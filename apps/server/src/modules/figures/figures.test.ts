import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays } from "@aldyn/law";
import type { NationalFigures, RegisterSummary } from "@aldyn/contract";
import type { LoggedIn } from "../../test/app.ts";
import { attachReplica, readOnlyUrl, reportReader } from "../../db/replica.ts";
import { figuresWorld, type FiguresWorld } from "./figures.fixture.ts";

let w: FiguresWorld;
beforeAll(async () => {
  w = await figuresWorld();
});
afterAll(async () => w?.close());

async function get(who: LoggedIn, url: string) {
  return w.t.app.inject({ method: "GET", url, headers: who.headers });
}

function summaryUrl(territory?: string): string {
  const q = new URLSearchParams({ from: addCalendarDays(w.today, -30), to: w.today });
  if (territory) q.set("territory", territory);
  return `/api/v1/register/summary?${q.toString()}`;
}

/** No name, IIN or person id may appear in a figures response (001 Art. 59(6)). */
function expectNoPersonalData(body: string): void {
  for (const s of w.secrets) expect(body).not.toContain(s);
  expect(body).not.toMatch(/"(personId|personName|iin|lastName|firstName|birthDate)"/);
}

describe("register summary of a territory (issue 6 item 2)", () => {
  it("counts the region's entries by ground and district, openings, closings, overdue checks, minors", async () => {
    const res = await get(w.as.head, summaryUrl(w.codes.region));
    expect(res.statusCode).toBe(200);
    const s = res.json() as RegisterSummary;
    expect(s.territory.code).toBe(w.codes.region);
    expect(s).toMatchObject({
      active: 3,
      activeByGround: { "59.2.5_official_warning": 2, "59.2.6_protective_order": 1 },
      activeMeasuresByKind: { official_warning: 1, protective_order: 1 },
      opened: 2, // the annulled placement is no placement (001 Art. 59(5))
      closed: 1,
      overdueChecks: { registerEntries: 2, measures: 1 },
      minors: 2,
    });
    const part = (code: string) => s.parts.find((p) => p.territory.code === code)!;
    expect(part(w.codes.d1)).toMatchObject({ active: 2, opened: 1, closed: 1, overdueChecks: 2, minors: 1 });
    expect(part(w.codes.d2)).toMatchObject({ active: 1, opened: 1, closed: 0, overdueChecks: 1, minors: 1 });
    expect(s.parts.every((p) => p.territory.level === "district")).toBe(true);
  });

  it("a district inspector gets their district by default and is refused the region and another district", async () => {
    const own = await get(w.as.cop1, "/api/v1/register/summary");
    expect(own.statusCode).toBe(200);
    expect((own.json() as RegisterSummary).territory.code).toBe(w.codes.d1);
    for (const code of [w.codes.region, w.codes.d2, w.codes.otherRegion]) {
      const res = await get(w.as.cop1, summaryUrl(code));
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: "access.territory" } });
    }
    expect((await get(w.as.otherHead, summaryUrl(w.codes.region))).statusCode).toBe(403);
  });

  it("analysts read aggregates in their reach and never a personal field", async () => {
    const national = await get(w.as.analyst, summaryUrl("KZ"));
    expect(national.statusCode).toBe(200);
    const s = national.json() as RegisterSummary;
    expect(s.parts.length).toBe(20); // 17 regions and 3 cities
    expect(s.active).toBe(4); // the region's three and last year's entry of the other region
    expectNoPersonalData(national.body);
    const region = await get(w.as.regionAnalyst, summaryUrl(w.codes.region));
    expect(region.statusCode).toBe(200);
    expectNoPersonalData(region.body);
    expect((await get(w.as.regionAnalyst, summaryUrl("KZ"))).statusCode).toBe(403);
  });

  it("NPM and administrators are refused by role (000 Art. 35; no case data for administrators)", async () => {
    for (const who of [w.as.npm, w.as.admin]) {
      const res = await get(who, summaryUrl(w.codes.region));
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code: "access.role" } });
    }
  });

  it("bad territory or period is a 400 with a stable code and the field", async () => {
    const cases: [string, string][] = [
      ["/api/v1/register/summary?territory=NOPE99", "territory"],
      ["/api/v1/register/summary?territory=a%20b", "querystring.territory"],
      ["/api/v1/register/summary?from=2026-13-01", "querystring.from"],
      ["/api/v1/register/summary?from=2026-05-02&to=2026-05-01", "from"],
      ["/api/v1/register/summary?extra=1", "querystring"],
    ];
    for (const [url, field] of cases) {
      const res = await get(w.as.head, url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json(), url).toMatchObject({ error: { code: "validation.failed" } });
      expect((res.json() as { error: { field?: string } }).error.field ?? "querystring", url).toBe(field);
    }
  });
});

describe("annual national figures (issue 6 item 2)", () => {
  const url = () => `/api/v1/figures/national?year=${w.lastYear}`;

  it("per region: measures by kind, register opened/closed/active at year end, checks done and missed, violations", async () => {
    const res = await get(w.as.analyst, url());
    expect(res.statusCode).toBe(200);
    const f = res.json() as NationalFigures;
    expect(f.asOf).toBe(`${w.lastYear}-12-31`);
    expect(f.regions).toHaveLength(20);
    const other = f.regions.find((r) => r.territory.code === w.codes.otherRegion)!;
    expect(other).toMatchObject({
      // The order of 31 December 23:30 counts; the one of 1 January 02:00 (Almaty) does not.
      measuresIssued: { official_warning: 1, protective_order: 1 },
      registerOpened: 1,
      registerClosed: 1,
      registerActiveAtEnd: 1,
      checksDone: 3, // two on the measure, one on the entry; 1 January 01:00 is next year's
      checksMissed: 2, // the measure's due 10 June and the entry's due 1 November, both still open
      violations: 1,
    });
    expect(f.totals.measuresIssued.protective_order).toBe(1);
    expectNoPersonalData(res.body);
  });

  it("national analysts and prosecutors read it; regional readers, NPM and administrators do not", async () => {
    expect((await get(w.as.prosecutor, url())).statusCode).toBe(200);
    for (const [who, code] of [
      [w.as.regionAnalyst, "access.territory"],
      [w.as.head, "access.territory"],
      [w.as.cop1, "access.territory"],
      [w.as.npm, "access.role"],
      [w.as.admin, "access.role"],
    ] as const) {
      const res = await get(who, url());
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: { code } });
    }
  });

  it("a missing, malformed or future year is a 400 with a stable code", async () => {
    const next = Number(w.today.slice(0, 4)) + 1;
    for (const q of ["", "?year=abc", "?year=1850", `?year=${next}`, `?year=${w.lastYear}&x=1`]) {
      const res = await get(w.as.analyst, `/api/v1/figures/national${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json(), q).toMatchObject({ error: { code: "validation.failed" } });
    }
  });
});

describe("figures on a read-only replica connection (DATABASE_REPLICA_URL; issue 6 item 5)", () => {
  it("give the same answers through a pool whose sessions are read-only", async () => {
    const summary = summaryUrl(w.codes.region);
    const national = `/api/v1/figures/national?year=${w.lastYear}`;
    const before = [(await get(w.as.head, summary)).json(), (await get(w.as.analyst, national)).json()];
    const replica = attachReplica(w.t.db, readOnlyUrl(w.t.tdb.url))!;
    try {
      expect(reportReader(w.t.db)).toBe(replica.db);
      const s = await get(w.as.head, summary);
      const n = await get(w.as.analyst, national);
      expect([s.statusCode, n.statusCode]).toEqual([200, 200]);
      expect([s.json(), n.json()]).toEqual(before);
    } finally {
      await replica.close();
    }
  });
});
