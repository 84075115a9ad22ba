import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import { NON_NPM_ROLES, get, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

const ID = "00000000-0000-4000-8000-000000000001";

/**
 * A year whose report passes the content check of 000 Art. 34(2): one recommendation, one cost.
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
  const cost = await post(w.t, w.p[0]!, `/api/v1/npm/visits/${v.id}/costs`, { item: "Fuel", amountKzt: 10 });
  expect(cost.statusCode, cost.body).toBe(201);
  return rec.id;
}

interface Report {
  version: number;
  publication: {
    dueBy: string;
    sentToBodiesOn: string | null;
    postedOn: string | null;
    sendingOverdue: boolean;
    publicationOverdue: boolean;
  } | null;
  recipients: { id: string; version: number }[];
}

describe("annual report publication (000 Art. 34(3)) and its guards", () => {
  it("records sending and posting against the one-month term; a late posting is shown", async () => {
    const { t, p, rep, council } = w;
    const included = await approvableYear(2018);
    const draft = (
      await post(t, p[0]!, "/api/v1/npm/annual-reports", {
        year: 2018,
        recommendationIds: [included],
        legislationSuggestions: ['<script>alert("x")</script> & amend Art. 5'],
      })
    ).json() as Report;
    // Not approved: nothing to publish yet (000 Art. 34(3)).
    const early = await post(t, rep, "/api/v1/npm/annual-reports/2018/publication", {
      version: draft.version,
      postedOn: "2019-01-25",
    });
    expect(early.statusCode).toBe(400);
    expect((early.json() as { error: { article: string } }).error.article).toBe("000 Art. 34(3)");
    const approved = await post(t, council, "/api/v1/npm/annual-reports/2018/approve", {
      version: draft.version,
      approvedOn: "2019-01-31",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const a = approved.json() as Report;
    // 31 January + one month → 28 February (law addMonths).
    expect(a.publication?.dueBy).toBe("2019-02-28");
    expect(a.publication).toMatchObject({ sendingOverdue: true, publicationOverdue: true });
    const pub = await post(t, rep, "/api/v1/npm/annual-reports/2018/publication", {
      version: a.version,
      sentToBodiesOn: "2019-02-10",
      postedOn: "2019-03-05",
    });
    expect(pub.statusCode, pub.body).toBe(200);
    expect((pub.json() as Report).publication).toEqual({
      dueBy: "2019-02-28",
      sentToBodiesOn: "2019-02-10",
      postedOn: "2019-03-05",
      sendingOverdue: false,
      publicationOverdue: true,
    });
    // A second approval and a stale version are refused.
    const again = await post(t, council, "/api/v1/npm/annual-reports/2018/approve", {
      version: a.version + 1,
      approvedOn: "2019-02-01",
    });
    expect(again.statusCode).toBe(409);
    const stale = await post(t, rep, "/api/v1/npm/annual-reports/2018/publication", {
      version: a.version,
      postedOn: "2019-03-06",
    });
    expect(stale.statusCode).toBe(409);
    // The same year cannot be drafted twice.
    expect((await post(t, p[0]!, "/api/v1/npm/annual-reports", { year: 2018 })).statusCode).toBe(409);

    const html = (await get(t, council, "/api/v1/npm/annual-reports/2018/report.html?lang=ru")).body;
    expect(html).not.toContain("<script>");
    expect(html).toContain("&#60;script&#62;");
  });

  it("receipts only of an approved report; answers on an unknown receipt are 404, on a stale version 409", async () => {
    const { t, p, rep, council } = w;
    const included = await approvableYear(2017);
    await post(t, p[0]!, "/api/v1/npm/annual-reports", { year: 2017, recommendationIds: [included] });
    const receipt = { bodyName: "Ministry of Justice", receivedOn: "2018-02-01" };
    const early = await post(t, rep, "/api/v1/npm/annual-reports/2017/recipients", receipt);
    expect(early.statusCode).toBe(400);
    expect((early.json() as { error: { article: string } }).error.article).toBe("000 Art. 34(3)");
    const ok = await post(t, council, "/api/v1/npm/annual-reports/2017/approve", {
      version: 1,
      approvedOn: "2018-01-20",
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const r = (
      await post(t, rep, "/api/v1/npm/annual-reports/2017/recipients", {
        bodyName: "Ministry of Justice",
        receivedOn: "2018-02-01",
      })
    ).json() as Report;
    const rec = r.recipients[0]!;
    const url = `/api/v1/npm/annual-reports/2017/recipients`;
    expect(
      (await post(t, rep, `${url}/${ID}/answer`, { version: 1, answeredOn: "2018-03-01" })).statusCode,
    ).toBe(404);
    expect(
      (
        await post(t, rep, `${url}/${rec.id}/answer`, {
          version: rec.version + 5,
          answeredOn: "2018-03-01",
        })
      ).statusCode,
    ).toBe(409);
    expect((await get(t, p[0]!, "/api/v1/npm/annual-reports/2005")).statusCode).toBe(404);
  });

  it("refuses non-NPM roles the costs, publication, receipts and answers; the Council records no costs", async () => {
    const { t, council } = w;
    const writes: ReadonlyArray<[string, unknown]> = [
      [`/api/v1/npm/visits/${ID}/costs`, { item: "X", amountKzt: 1 }],
      ["/api/v1/npm/annual-reports/2018/publication", { version: 1, postedOn: "2019-01-01" }],
      ["/api/v1/npm/annual-reports/2018/recipients", { bodyName: "B", receivedOn: "2019-01-01" }],
      [`/api/v1/npm/annual-reports/2018/recipients/${ID}/answer`, { version: 1, answeredOn: "2019-01-01" }],
    ];
    for (const role of NON_NPM_ROLES)
      for (const [url, body] of writes)
        expect((await post(t, w.outsiders.get(role)!, url, body)).statusCode, `${role} ${url}`).toBe(403);
    expect((await post(t, council, writes[0]![0], writes[0]![1])).statusCode).toBe(403);
    // Publication, receipts and answers are the Commissioner's office's (000 Arts. 34(3), 36(2)).
    for (const who of [council, w.p[0]!])
      for (const [url, body] of writes.slice(1))
        expect((await post(t, who, url, body)).statusCode, url).toBe(403);
  });

  it("a terminated participant's certificate prints as no longer valid (000 Art. 31; 003 p.16); none issued is 404", async () => {
    const { t, rep, council, pid } = w;
    const end = await post(t, rep, `/api/v1/npm/participants/${pid[3]}/termination`, {
      version: 1,
      ground: "resignation",
      on: "2026-02-01",
    });
    expect(end.statusCode, end.body).toBe(200);
    const text = await pdfText(
      (await get(t, council, `/api/v1/npm/participants/${pid[3]}/certificate.pdf?lang=ru`)).rawPayload,
    );
    expect(text).toContain("NPM-C-4");
    expect(text).toContain("полномочия прекращены 01.02.2026");
    const bare = await post(t, rep, "/api/v1/npm/participants", {
      fullName: "No Certificate",
      categories: ["lawyer"],
      regionCode: "ABA",
      selectedOn: "2026-01-15",
      candidate: { citizenOfKazakhstan: true },
    });
    const id = (bare.json() as { id: string }).id;
    expect((await get(t, council, `/api/v1/npm/participants/${id}/certificate.pdf`)).statusCode).toBe(404);
  });
});
