import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LightMyRequestResponse } from "fastify";
import type { LoggedIn } from "../../test/app.ts";
import { NON_NPM_ROLES, get, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";

/**
 * Who prepares, edits, approves and publishes the annual consolidated report (000 Art. 34(1)-(3),
 * 36(2)): the Council drafts and approves, a participant drafts but never approves, the Commissioner's
 * office records sending, posting and answers; the approved text no longer changes.
 */
let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

interface Report {
  status: string;
  version: number;
  legislationSuggestions: string[];
  publication: { postedOn: string | null; sentToBodiesOn: string | null } | null;
  recipients: { id: string; version: number; answeredOn: string | null }[];
}
interface Err {
  error: { code: string; article?: string; message: string };
}

/**
 * A year the law lets the Council approve (000 Art. 34(2)): one recommendation, one recorded cost.
 * Returns the recommendation, which the draft includes.
 */
async function approvableYear(year: number): Promise<string> {
  const db = w.t.db;
  const { id: by } = await db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", "rep")
    .executeTakeFirstOrThrow();
  const v = await db
    .insertInto("npm_visit")
    .values({
      kind: "periodic",
      form: "one_time",
      institution_ids: [],
      members: "[]",
      starts_on: `${year}-04-01`,
      ends_on: `${year}-04-01`,
      created_by: by,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  // The visit took place: a visit still planned is left out of the annual report (000 Art. 34).
  await db
    .insertInto("npm_visit_fact")
    .values({
      visit_id: v.id,
      type: "started",
      data: JSON.stringify({ on: `${year}-04-01` }),
      recorded_by: by,
    })
    .execute();
  const rec = await db
    .insertInto("npm_recommendation")
    .values({ visit_id: v.id, addressee: "Ministry of Justice", text: "Repair cells" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("npm_visit_cost")
    .values({ visit_id: v.id, item: "Fuel", amount_kzt: "10", recorded_by: by })
    .execute();
  return rec.id;
}

function editDraft(who: LoggedIn, year: number, body: unknown): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method: "PUT",
    url: `/api/v1/npm/annual-reports/${year}/draft`,
    headers: who.headers,
    payload: body as object,
  });
}

async function auditCount(year: number, action: string): Promise<number> {
  const rows = await w.t.db
    .selectFrom("audit_log")
    .select("id")
    .where("record_type", "=", "npm_annual_report")
    .where("record_id", "=", String(year))
    .where("action", "=", action)
    .execute();
  return rows.length;
}

describe("the annual report's draft (000 Art. 34(1)-(3))", () => {
  it("the Council drafts, edits the suggestions, approves; after approval the text is not edited", async () => {
    const { t, council, p } = w;
    const included = await approvableYear(2015);
    const created = await post(t, council, "/api/v1/npm/annual-reports", {
      year: 2015,
      legislationSuggestions: ["Amend Art. 5"],
      recommendationIds: [included],
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as Report;

    const edited = await editDraft(council, 2015, {
      version: draft.version,
      legislationSuggestions: ["Amend Art. 5 of the Penal Execution Code", "Repeal p.3 of the rules"],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const e = edited.json() as Report;
    expect(e).toMatchObject({
      status: "draft",
      version: draft.version + 1,
      legislationSuggestions: ["Amend Art. 5 of the Penal Execution Code", "Repeal p.3 of the rules"],
    });
    expect(await auditCount(2015, "npm_annual_report.draft")).toBe(1);

    // A stale version is refused and changes nothing.
    const stale = await editDraft(p[0]!, 2015, { version: draft.version, legislationSuggestions: [] });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as Err).error.code).toBe("conflict.stale_version");
    // A participant holds the visit reports and may edit the draft too, but never approve it.
    const byParticipant = await editDraft(p[0]!, 2015, {
      version: e.version,
      legislationSuggestions: [...e.legislationSuggestions, "Add video recording of searches"],
    });
    expect(byParticipant.statusCode, byParticipant.body).toBe(200);
    const d = byParticipant.json() as Report;
    const approve = { version: d.version, approvedOn: "2016-01-20" };
    const notByParticipant = await post(t, p[0]!, "/api/v1/npm/annual-reports/2015/approve", approve);
    expect(notByParticipant.statusCode).toBe(403);
    const approved = await post(t, council, "/api/v1/npm/annual-reports/2015/approve", approve);
    expect(approved.statusCode, approved.body).toBe(200);
    const a = approved.json() as Report;
    expect(a.status).toBe("approved");

    for (const who of [council, p[0]!]) {
      const late = await editDraft(who, 2015, { version: a.version, legislationSuggestions: ["Changed"] });
      expect(late.statusCode).toBe(422);
      const err = (late.json() as Err).error;
      expect(err).toMatchObject({ code: "npm_annual_report.already_approved", article: "000 Art. 34(3)" });
      expect(err.message).toContain("000 Art. 34(3)");
    }
    const after = (await get(t, council, "/api/v1/npm/annual-reports/2015")).json() as Report;
    expect(after.version).toBe(a.version);
    expect(after.legislationSuggestions).toEqual(d.legislationSuggestions);
    expect(await auditCount(2015, "npm_annual_report.draft")).toBe(2);
  });

  it("the Commissioner's office records sending, posting and an answer; it neither drafts nor approves", async () => {
    const { t, rep, council, p } = w;
    const included = await approvableYear(2014);
    expect((await post(t, rep, "/api/v1/npm/annual-reports", { year: 2014 })).statusCode).toBe(403);
    const draft = (
      await post(t, p[1]!, "/api/v1/npm/annual-reports", { year: 2014, recommendationIds: [included] })
    ).json() as Report;
    expect(
      (await editDraft(rep, 2014, { version: draft.version, legislationSuggestions: ["X"] })).statusCode,
    ).toBe(403);
    const approve = { version: draft.version, approvedOn: "2015-01-20" };
    expect((await post(t, rep, "/api/v1/npm/annual-reports/2014/approve", approve)).statusCode).toBe(403);
    const a = (await post(t, council, "/api/v1/npm/annual-reports/2014/approve", approve)).json() as Report;

    const pub = await post(t, rep, "/api/v1/npm/annual-reports/2014/publication", {
      version: a.version,
      sentToBodiesOn: "2015-02-01",
      postedOn: "2015-02-02",
    });
    expect(pub.statusCode, pub.body).toBe(200);
    expect((pub.json() as Report).publication).toMatchObject({
      sentToBodiesOn: "2015-02-01",
      postedOn: "2015-02-02",
    });
    const rec = await post(t, rep, "/api/v1/npm/annual-reports/2014/recipients", {
      bodyName: "Ministry of Internal Affairs",
      receivedOn: "2015-02-03",
    });
    expect(rec.statusCode, rec.body).toBe(201);
    const r = (rec.json() as Report).recipients[0]!;
    const answered = await post(t, rep, `/api/v1/npm/annual-reports/2014/recipients/${r.id}/answer`, {
      version: r.version,
      answeredOn: "2015-04-01",
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((answered.json() as Report).recipients[0]!.answeredOn).toBe("2015-04-01");
    const answers = await t.db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "npm_annual_report.answer")
      .where("record_id", "=", r.id)
      .execute();
    expect(answers).toHaveLength(1);
    expect(await auditCount(2014, "npm_annual_report.publication")).toBe(1);
  });

  it("refuses every role outside the NPM the draft edit, police and prosecutor included, and changes nothing", async () => {
    const { t, p, council } = w;
    await post(t, p[0]!, "/api/v1/npm/annual-reports", { year: 2013, legislationSuggestions: ["Keep"] });
    for (const role of NON_NPM_ROLES) {
      const res = await editDraft(w.outsiders.get(role)!, 2013, {
        version: 1,
        legislationSuggestions: ["Leak"],
      });
      expect(res.statusCode, role).toBe(403);
    }
    const r = (await get(t, council, "/api/v1/npm/annual-reports/2013")).json() as Report;
    expect(r).toMatchObject({ version: 1, legislationSuggestions: ["Keep"] });
  });

  it("bad input: an unknown year is 404, an empty suggestion is 400, neither writes", async () => {
    const { council } = w;
    expect((await editDraft(council, 2001, { version: 1, legislationSuggestions: [] })).statusCode).toBe(404);
    await post(w.t, council, "/api/v1/npm/annual-reports", { year: 2012 });
    const bad = await editDraft(council, 2012, { version: 1, legislationSuggestions: ["  "] });
    expect(bad.statusCode).toBe(400);
    expect(await auditCount(2012, "npm_annual_report.draft")).toBe(0);
  });
});
