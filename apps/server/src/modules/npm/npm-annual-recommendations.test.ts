import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import { get, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

const YEAR = 2019;
const SECRET = "Жанна Секретова";

interface Report {
  version: number;
  figures: { visitsTotal: number; visitsByKind: Record<string, number>; recommendationsTotal: number };
  recommendations: { id: string; addressee: string; text: string; status: string; included: boolean }[];
}

/** A visit written to the tables: `started` if it took place, with recommendations of its report. */
async function visit(
  startsOn: string,
  started: boolean,
  recs: [string, string, string][],
): Promise<string[]> {
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
      starts_on: startsOn,
      ends_on: startsOn,
      created_by: by,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (started)
    await db
      .insertInto("npm_visit_fact")
      .values({ visit_id: v.id, type: "started", data: JSON.stringify({ on: startsOn }), recorded_by: by })
      .execute();
  const ids: string[] = [];
  for (const [addressee, text, status] of recs)
    ids.push(
      (
        await db
          .insertInto("npm_recommendation")
          .values({ visit_id: v.id, addressee, text, status })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id,
    );
  return ids;
}

function editDraft(body: unknown): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method: "PUT",
    url: `/api/v1/npm/annual-reports/${YEAR}/draft`,
    headers: w.council.headers,
    payload: body as object,
  });
}

describe("the recommendations in the annual report (000 Art. 34(2))", () => {
  it("prints the included recommendations with addressee, text and status; visits still planned are left out", async () => {
    const { t, council } = w;
    const [cameras, named] = await visit(`${YEAR}-03-04`, true, [
      ["Penal Execution Committee", "Install cameras in the search room", "in_progress"],
      ["Penal Execution Committee", `Examine the case of ${SECRET}`, "open"],
    ]);
    const [planned] = await visit(`${YEAR}-11-04`, false, [["Ministry of Health", "Never made", "open"]]);

    const created = await post(t, council, "/api/v1/npm/annual-reports", { year: YEAR });
    expect(created.statusCode, created.body).toBe(201);
    let report = created.json() as Report;
    // The planned visit is not a visit of the year, nor are its recommendations.
    expect(report.figures).toMatchObject({
      visitsTotal: 1,
      visitsByKind: { periodic: 1 },
      recommendationsTotal: 2,
    });
    expect(report.recommendations.map((r) => [r.id, r.included])).toEqual([
      [cameras, false],
      [named, false],
    ]);

    // Only recommendations of the year's held visits may be included.
    for (const id of [planned!, randomUUID()]) {
      const bad = await editDraft({
        version: report.version,
        legislationSuggestions: [],
        recommendationIds: [id],
      });
      expect(bad.statusCode, bad.body).toBe(400);
    }
    const edited = await editDraft({
      version: report.version,
      legislationSuggestions: ["Amend Art. 46"],
      recommendationIds: [cameras],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    report = edited.json() as Report;
    expect(report.recommendations.find((r) => r.id === cameras)).toMatchObject({
      addressee: "Penal Execution Committee",
      text: "Install cameras in the search room",
      status: "in_progress",
      included: true,
    });
    // Editing the suggestions alone keeps the recommendations chosen.
    const again = await editDraft({ version: report.version, legislationSuggestions: ["Amend Art. 47"] });
    expect((again.json() as Report).recommendations.filter((r) => r.included).map((r) => r.id)).toEqual([
      cameras,
    ]);

    const pdf = await pdfText(
      (await get(t, council, `/api/v1/npm/annual-reports/${YEAR}/report.pdf?lang=ru`)).rawPayload,
    );
    const html = (await get(t, council, `/api/v1/npm/annual-reports/${YEAR}/report.html?lang=ru`)).body;
    for (const text of [pdf.replace(/\s+/g, " "), html]) {
      expect(text).toContain("Penal Execution Committee: Install cameras in the search room");
      // The recommendation not included, and the planned visit's, stay out.
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain("Never made");
    }
  });

  it("approval needs at least one recommendation included, not merely made on the year's visits (000 Art. 34(2))", async () => {
    const { t, council } = w;
    const year = 2009;
    const [repair] = await visit(`${year}-05-05`, true, [
      ["Ministry of Justice", "Repair the cells", "open"],
    ]);
    const { visit_id } = await t.db
      .selectFrom("npm_recommendation")
      .select("visit_id")
      .where("id", "=", repair!)
      .executeTakeFirstOrThrow();
    const cost = await post(t, w.rep, `/api/v1/npm/visits/${visit_id}/costs`, {
      item: "Fuel",
      amountKzt: 10,
    });
    expect(cost.statusCode, cost.body).toBe(201);
    const created = await post(t, council, "/api/v1/npm/annual-reports", { year });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as Report;
    expect(draft.figures.recommendationsTotal).toBe(1);

    // The year has a recommendation, but the draft includes none: the report would contain none.
    const approve = (version: number) =>
      post(t, council, `/api/v1/npm/annual-reports/${year}/approve`, {
        version,
        approvedOn: `${year + 1}-01-20`,
      });
    const refused = await approve(draft.version);
    expect(refused.statusCode, refused.body).toBe(422);
    const error = (
      refused.json() as { error: { code: string; article?: string; details?: { code: string }[] } }
    ).error;
    expect(error).toMatchObject({
      code: "npm_annual_report.recommendations_not_included",
      article: "000 Art. 34(2)",
    });
    expect(error.details?.map((d) => d.code)).toEqual(["npm_annual_report.recommendations_not_included"]);
    expect(
      ((await get(t, council, `/api/v1/npm/annual-reports/${year}`)).json() as { status: string }).status,
    ).toBe("draft");

    const included = await w.t.app.inject({
      method: "PUT",
      url: `/api/v1/npm/annual-reports/${year}/draft`,
      headers: council.headers,
      payload: { version: draft.version, legislationSuggestions: [], recommendationIds: [repair] },
    });
    expect(included.statusCode, included.body).toBe(200);
    const ok = await approve((included.json() as Report).version);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: "approved" });
  });
});
