import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { legalDateOf } from "@aldyn/law";
import { login, testApp, type TestApp } from "../test/app.ts";
import { seedDemo } from "./seed-demo.ts";
import { populateDemo, type DemoPopulation } from "./populate-demo.ts";

// The demo population (README): the demo users' work today, every state of a measure, confidential
// victims, the NPM side, the register's kept counts, and a second run that writes nothing. A smaller
// population than `npm start`'s keeps it quick; the designated cases are all there whatever the size.
const PASSWORD = "Demo-test-Passw0rd-2026";
const PERSONS = 300;
let t: TestApp;
let written: DemoPopulation;

const count = async (query: string, params: unknown[] = []): Promise<number> =>
  Number((await t.tdb.pool.query<{ n: string }>(query, params)).rows[0]!.n);

interface Counts {
  overdue: number;
  due: number;
  upcoming: number;
}

async function worklist(username: string, list: "checks" | "duties"): Promise<Counts> {
  const who = await login(t.app, username, PASSWORD);
  const res = await t.app.inject({
    method: "GET",
    url: `/api/v1/worklists/${list}?scope=mine&withinDays=0`,
    headers: who.headers,
  });
  expect(res.statusCode).toBe(200);
  return (res.json() as { counts: Counts }).counts;
}

beforeAll(async () => {
  t = await testApp();
  written = await seedDemo(t.db, PASSWORD, undefined, { persons: PERSONS });
}, 120_000);
afterAll(async () => {
  await t.close();
});

describe("demo population", () => {
  it("gives the inspector's district checks due today and overdue, and duties due and overdue", async () => {
    const checks = await worklist("inspector", "checks");
    expect(checks.due).toBeGreaterThan(0);
    expect(checks.overdue).toBeGreaterThan(0);
    const duties = await worklist("inspector", "duties");
    expect(duties.due).toBeGreaterThan(0);
    expect(duties.overdue).toBeGreaterThan(0);
    // Every check of the inspector's lies in the inspector's district (police_d1's).
    const outside = await count(
      `SELECT count(*) AS n FROM measure m JOIN app_user u ON u.id = m.issuer_user_id
       JOIN body b ON b.id = u.body_id JOIN territory t ON t.id = b.territory_id
       WHERE u.username = 'inspector' AND m.person_id IS NOT NULL
         AND m.territory_path NOT LIKE t.path || '%'`,
    );
    expect(outside).toBe(0);
  });

  it("gives the other inspectors checks due today and overdue (juvenile, domestic violence, inspector2)", async () => {
    for (const username of ["juvenile", "dv.inspector", "inspector2"]) {
      const checks = await worklist(username, "checks");
      expect(checks.due, username).toBeGreaterThan(0);
      expect(checks.overdue, username).toBeGreaterThan(0);
    }
  });

  it("holds a measure in every state a measure can be stored in", async () => {
    const states = (await t.tdb.pool.query<{ status: string }>("SELECT DISTINCT status FROM measure")).rows;
    expect(states.map((s) => s.status).sort()).toEqual(
      [
        "active",
        "annulled",
        "awaiting_sanction",
        "completed",
        "expired",
        "issued",
        "pending_start",
        "refused",
        "served",
        "terminated",
      ].sort(),
    );
    // The school, the family support centre and the commission hold cases of their own.
    for (const username of ["school", "family.centre", "commission.secretary", "police.head"])
      expect(
        await count(
          "SELECT count(*) AS n FROM measure m JOIN app_user u ON u.id = m.issuer_user_id WHERE u.username = $1",
          [username],
        ),
        username,
      ).toBeGreaterThan(0);
  });

  it("places persons on the register in both districts, with the checks it carries", async () => {
    const districts = await count(
      "SELECT count(DISTINCT territory_path) AS n FROM register_entry WHERE status = 'active'",
    );
    expect(districts).toBe(2);
    expect(
      await count("SELECT count(*) AS n FROM register_fact WHERE type = 'control_check'"),
    ).toBeGreaterThan(0);
    // An entry's next check follows its own checks (001 Art. 59(10)), not its placement alone.
    const stale = await count(
      `SELECT count(*) AS n FROM register_entry e WHERE e.status = 'active' AND EXISTS (
         SELECT 1 FROM register_fact f WHERE f.entry_id = e.id AND f.type = 'control_check'
           AND f."on" >= e.next_control_due)`,
    );
    expect(stale).toBe(0);
  });

  it("keeps the register summary's counts as a rebuild from the tables computes them", async () => {
    const today = legalDateOf(new Date());
    const snapshot = async () =>
      (
        await t.tdb.owner.pool.query<{ k: string; n: string }>(
          `SELECT territory_path || '|' || counter || '|' || key AS k, sum(n) AS n FROM register_count
           WHERE day <= $1 GROUP BY 1 HAVING sum(n) <> 0 ORDER BY 1`,
          [today],
        )
      ).rows;
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(0);
    await t.tdb.owner.pool.query("SELECT register_count_rebuild($1::date - 1)", [today]);
    expect(await snapshot()).toEqual(kept);
  });

  it("lists every person written in the persons list, with the official in charge", async (ctx) => {
    // The list's kept rows come with the persons list's migration (0027).
    if ((await count("SELECT count(to_regclass('person_overview')) AS n")) === 0) return ctx.skip();
    expect(
      await count(
        `SELECT count(*) AS n FROM person p WHERE NOT EXISTS (
           SELECT 1 FROM person_overview o WHERE o.person_id = p.id)`,
      ),
    ).toBe(0);
    expect(
      await count("SELECT count(*) AS n FROM person_overview WHERE responsible_user_id IS NOT NULL"),
    ).toBeGreaterThan(0);
  });

  it("keeps victims confidential: the orders' victims and a victim's own card (001 Art. 83(2))", async () => {
    expect(
      await count("SELECT count(*) AS n FROM measure_confidential WHERE barrier = 'victim'"),
    ).toBeGreaterThan(0);
    expect(await count("SELECT count(*) AS n FROM person_confidential")).toBeGreaterThan(0);
  });

  it("has the region's NPM institutions, an approved plan, visits with reports and one awaiting its report", async () => {
    expect(await count("SELECT count(*) AS n FROM npm_institution")).toBeGreaterThanOrEqual(8);
    expect(await count("SELECT count(*) AS n FROM npm_plan WHERE approved_on IS NOT NULL")).toBeGreaterThan(
      0,
    );
    expect(await count("SELECT count(*) AS n FROM npm_visit")).toBeGreaterThan(5);
    expect(await count("SELECT count(*) AS n FROM npm_report")).toBeGreaterThan(3);
    const awaited = await count(
      `SELECT count(*) AS n FROM npm_visit v WHERE NOT EXISTS (SELECT 1 FROM npm_visit_fact f
       WHERE f.visit_id = v.id AND f.type = 'report_submitted')`,
    );
    expect(awaited).toBeGreaterThan(0);
  });

  it("writes every row it builds: no two cases share an id", async () => {
    // The families' registrations and plans (demo-families.ts) are the centre's own, issued through the app.
    expect(
      await count(
        "SELECT count(*) AS n FROM measure m WHERE NOT EXISTS (SELECT 1 FROM family_measure f WHERE f.measure_id = m.id)",
      ),
    ).toBe(written.measures);
    expect(await count("SELECT count(*) AS n FROM register_entry")).toBe(written.registerEntries);
    expect(await count("SELECT count(*) AS n FROM person")).toBe(written.persons);
    expect(written.persons).toBeGreaterThan(PERSONS);
  });

  it("writes nothing on a second run", async () => {
    const tables = ["person", "measure", "measure_fact", "register_entry", "register_fact", "npm_visit_fact"];
    const before = await Promise.all(tables.map((x) => count(`SELECT count(*) AS n FROM ${x}`)));
    const again = await populateDemo(t.db, { persons: PERSONS });
    expect(again.persons).toBe(0);
    expect(await Promise.all(tables.map((x) => count(`SELECT count(*) AS n FROM ${x}`)))).toEqual(before);
  });
});

describe("demo reports and hand-offs", () => {
  const inbox = async (username: string, query = "") => {
    const who = await login(t.app, username, PASSWORD);
    const res = await t.app.inject({
      method: "GET",
      url: `/api/v1/handoffs/inbox?${query}`,
      headers: who.headers,
    });
    expect(res.statusCode).toBe(200);
    return res.json() as {
      items: { ground: string; state: string; overdue: boolean }[];
      counts: Record<string, number>;
    };
  };

  it("files reports from every channel, some waiting for triage, one triaged, others routed and answered", async () => {
    const rows = await t.tdb.pool.query<{ channel: string; status: string; n: string }>(
      "SELECT channel, status, count(*) AS n FROM citizen_report GROUP BY 1, 2",
    );
    const by = (f: (r: { channel: string; status: string }) => boolean) =>
      rows.rows.filter(f).reduce((s, r) => s + Number(r.n), 0);
    for (const channel of ["web", "hotline", "messenger", "in_person"])
      expect(by((r) => r.channel === channel)).toBeGreaterThan(0);
    expect(by((r) => r.status === "received")).toBeGreaterThanOrEqual(4);
    expect(by((r) => r.status === "triaged")).toBeGreaterThan(0);
    expect(by((r) => r.status === "routed")).toBeGreaterThan(0);
    expect(by((r) => r.status === "answered")).toBeGreaterThan(0);
    // Every routed report went to the bodies the law's table names, each with its clock (001 Art. 39(3)).
    expect(
      await count(`SELECT count(*) AS n FROM citizen_report r WHERE r.status IN ('routed', 'answered')
         AND NOT EXISTS (SELECT 1 FROM handoff h WHERE h.record_type = 'citizen_report' AND h.record_id = r.id)`),
    ).toBe(0);
  });

  it("gives each receiving body hand-offs to acknowledge, to answer and overdue, and the prosecutor a warning's copy", async () => {
    const guardianship = await inbox("guardianship.officer");
    expect(guardianship.counts.overdue).toBeGreaterThan(0);
    expect(guardianship.counts.accepted).toBeGreaterThan(0);
    expect((await inbox("guardianship.head")).counts.overdue).toBeGreaterThan(0);
    expect((await inbox("health.officer")).counts.overdue).toBeGreaterThan(0);
    expect((await inbox("health.officer")).counts.answered).toBeGreaterThan(0);
    expect((await inbox("education.officer")).counts.accepted).toBeGreaterThan(0);
    // What goes to the internal affairs body reaches the district's police unit (001 Art. 13).
    const police = [await inbox("inspector"), await inbox("inspector2")];
    expect(police.some((p) => (p.counts.answered ?? 0) > 0)).toBe(true);
    // 001 Art. 51(3): the copy sent yesterday waits for the prosecutor's office to acknowledge it.
    const copies = await inbox("prosecutor", "ground=official_warning.prosecutor_copy&state=sent");
    expect(copies.items.length).toBeGreaterThan(0);
    // The copies sent before hand-offs existed in the system were received outside it (migration 0028).
    expect(
      (await inbox("prosecutor", "ground=official_warning.prosecutor_copy")).counts.received,
    ).toBeGreaterThan(0);
  });

  it("answers the report the README names: its tracking code reads the body's answer and nothing else", async () => {
    const { DEMO_TRACKING_KEY, demoTrackingCode } = await import("../../../../tools/synthetic/demo/index.ts");
    const code = demoTrackingCode(245, DEMO_TRACKING_KEY);
    const res = await t.app.inject({ method: "GET", url: `/api/v1/public/reports/${code}` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { status: string; answers: { text: string }[] };
    expect(body.status).toBe("answered");
    expect(body.answers).toHaveLength(1);
    expect(Object.keys(body).sort()).toEqual(["answers", "receivedAt", "registrationNumber", "status"]);
  });
});

describe("demo build", () => {
  it("is the same on every first start of one day, whatever the hour", async () => {
    const { buildDemo, DEMO_ACTORS, DEMO_SEED } = await import("../../../../tools/synthetic/demo/index.ts");
    const actors = Object.fromEntries(
      DEMO_ACTORS.map((a, i) => [
        a,
        {
          bodyId: `00000000-0000-4000-8000-0000000000${10 + i}`,
          userId: `00000000-0000-4000-8000-0000000001${10 + i}`,
        },
      ]),
    ) as never;
    const world = (now: string) => ({
      seed: DEMO_SEED,
      now,
      region: { code: "ABA", path: "KZ.ABA" },
      districts: [
        {
          id: "00000000-0000-4000-8000-000000000001",
          path: "KZ.ABA.ABA01",
          weight: 0.65,
          town: "г. Семей",
          police: {
            bodyId: "00000000-0000-4000-8000-000000000010",
            userId: "00000000-0000-4000-8000-000000000110",
          },
        },
        {
          id: "00000000-0000-4000-8000-000000000002",
          path: "KZ.ABA.ABA02",
          weight: 0.35,
          town: "г. Курчатов",
          police: {
            bodyId: "00000000-0000-4000-8000-000000000011",
            userId: "00000000-0000-4000-8000-000000000111",
          },
        },
      ] as never,
      actors,
      competent: Object.fromEntries(
        ["police_department", "prosecutor_office", "guardianship_body", "healthcare_department"]
          .concat(["education_department", "family_support_centre", "minors_commission"])
          .map((type, i) => [
            type,
            [
              `00000000-0000-4000-8000-0000000002${10 + i}`,
              `00000000-0000-4000-8000-0000000003${10 + i}`,
            ] as const,
          ]),
      ),
    });
    const a = buildDemo(world("2026-12-05T19:00:00.000Z"), 50);
    expect(buildDemo(world("2026-12-05T19:00:00.000Z"), 50)).toEqual(a);
    expect(a.refusals).toEqual([]);
  });
});
