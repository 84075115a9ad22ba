import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DvAssessmentDetail, DvAssessmentPage, DvAssessmentSchedule } from "@aldyn/contract";
import { tokenHash } from "../../auth/tokens.ts";
import { makeUser } from "../../test/app.ts";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import { send } from "../mobile-groups/mobile-groups.fixture.ts";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import { figureLine } from "./pdf-figures.test-helper.ts";
import { PACK_DOC } from "./assessment.messages.ts";
import {
  oneMoreIncident,
  packWorld,
  writeRecords,
  type PackWorld,
  type Written,
} from "./dv-assessment.fixture.ts";

let w: PackWorld;
let written: Written;
let pack: DvAssessmentDetail;
beforeAll(async () => {
  w = await packWorld();
  written = await writeRecords(w);
});
afterAll(async () => w?.close());

const valuesOf = (p: DvAssessmentDetail) => Object.fromEntries(p.figures.map((f) => [f.code, f.value]));

describe("the six-monthly assessment pack (001 Art. 72(4),(7))", () => {
  it("a district's officer or another role cannot open a pack; the region's akimat can, once", async () => {
    for (const who of [w.ak.district, w.as.analyst, w.as.family, w.as.prosecutor]) {
      const res = await send(w, who, "POST", "/api/v1/dv-assessments", {});
      expect(res.statusCode).toBe(403);
      expect((res.json() as ErrorJson).error).toMatchObject({
        code: "dv_assessment.not_region_akimat",
        article: "001 Art. 72(4)",
      });
    }
    const res = await send(w, w.ak.region, "POST", "/api/v1/dv-assessments", {});
    expect(res.statusCode).toBe(201);
    pack = res.json() as DvAssessmentDetail;
    expect(pack.period).toEqual(w.period);
    expect(pack.status).toBe("draft");
    expect(pack.mayEdit).toBe(true);
    const again = await send(w, w.ak.region, "POST", "/api/v1/dv-assessments", {});
    expect(again.statusCode).toBe(409);
    expect((again.json() as ErrorJson).error.code).toBe("dv_assessment.already_exists");
    const next =
      w.period.half === 1 ? { year: w.period.year, half: 2 } : { year: w.period.year + 1, half: 1 };
    const future = await send(w, w.ak.region, "POST", "/api/v1/dv-assessments", next);
    expect(future.statusCode).toBe(422);
    expect((future.json() as ErrorJson).error.code).toBe("dv_assessment.period_not_started");
  });

  it("the figures equal the counts of the region's records of the half-year", async () => {
    expect(valuesOf(pack)).toEqual(written.expected);
    expect(pack.onTimeShare).toBe(0.5);
    expect(pack.figures.find((f) => f.code === "notifications_on_time")?.article).toBe("001 Art. 72(3)(2)");
    // Read by the region's prosecutor and analyst; not by a district's user or another region's akimat.
    for (const who of [w.as.prosecutor, w.as.analyst]) {
      const res = await send(w, who, "GET", `/api/v1/dv-assessments/${pack.id}`);
      expect(res.statusCode).toBe(200);
      expect((res.json() as DvAssessmentDetail).mayEdit).toBe(false);
    }
    for (const who of [w.ak.district, w.as.family, w.ak.otherRegion])
      expect((await send(w, who, "GET", `/api/v1/dv-assessments/${pack.id}`)).statusCode).toBe(403);
    const list = await send(w, w.as.analyst, "GET", "/api/v1/dv-assessments");
    expect((list.json() as DvAssessmentPage).items.map((p) => p.id)).toEqual([pack.id]);
  });

  it("approval needs the meeting in the half-year and the conclusions, then freezes the figures", async () => {
    const url = `/api/v1/dv-assessments/${pack.id}`;
    const noMeeting = await send(w, w.ak.region, "POST", `${url}/approve`, { version: pack.version });
    expect(noMeeting.statusCode).toBe(422);
    expect((noMeeting.json() as ErrorJson).error.code).toBe("dv_assessment.meeting_required");
    const outside = await send(w, w.ak.region, "PATCH", url, {
      version: pack.version,
      meetingOn: w.before.from,
    });
    expect(outside.statusCode).toBe(422);
    expect((outside.json() as ErrorJson).error).toMatchObject({
      code: "dv_assessment.meeting_outside_period",
      field: "meetingOn",
    });
    const met = await send(w, w.ak.region, "PATCH", url, { version: pack.version, meetingOn: w.period.from });
    expect(met.statusCode).toBe(200);
    let p = met.json() as DvAssessmentDetail;
    const noConclusions = await send(w, w.ak.region, "POST", `${url}/approve`, { version: p.version });
    expect(noConclusions.statusCode).toBe(422);
    expect((noConclusions.json() as ErrorJson).error.code).toBe("dv_assessment.conclusions_required");
    const stale = await send(w, w.ak.region, "PATCH", url, { version: pack.version, conclusions: "x" });
    expect(stale.statusCode).toBe(409);
    p = (
      await send(w, w.ak.region, "PATCH", url, {
        version: p.version,
        conclusions: "Repeat incidents stay high: more outreach in district 1.",
      })
    ).json() as DvAssessmentDetail;

    // A draft is counted on each read: a new incident shows at once.
    await oneMoreIncident(w, written.familyId);
    const draft = (await send(w, w.as.analyst, "GET", url)).json() as DvAssessmentDetail;
    expect(valuesOf(draft).incidents).toBe(written.expected.incidents! + 1);

    // A service account of the akimat's system fills a draft but does not approve it (a human act).
    const svc = await makeUser(w.t.db, {
      username: "svc.akimat",
      roles: ["akimat_officer"],
      bodyId: (
        await w.t.db
          .selectFrom("app_user")
          .select("body_id")
          .where("username", "=", "akregion")
          .executeTakeFirstOrThrow()
      ).body_id,
      service: true,
    });
    await w.t.db
      .insertInto("service_token")
      .values({ token_hash: tokenHash("svc-akimat-token-0123456789"), user_id: svc })
      .execute();
    const bySystem = await w.t.app.inject({
      method: "POST",
      url: `${url}/approve`,
      headers: { authorization: "Bearer svc-akimat-token-0123456789" },
      payload: { version: p.version },
    });
    expect(bySystem.statusCode).toBe(403);
    expect((bySystem.json() as ErrorJson).error.code).toBe("access.role");

    const approved = await send(w, w.ak.region, "POST", `${url}/approve`, { version: p.version });
    expect(approved.statusCode).toBe(200);
    const a = approved.json() as DvAssessmentDetail;
    expect(a.status).toBe("approved");
    expect(a.approvedBy?.fullName).toBe("User akregion");
    expect(valuesOf(a).incidents).toBe(written.expected.incidents! + 1);

    // Later records do not change an approved pack, and it no longer changes.
    await oneMoreIncident(w, written.familyId);
    const frozen = (await send(w, w.as.prosecutor, "GET", url)).json() as DvAssessmentDetail;
    expect(valuesOf(frozen)).toEqual(valuesOf(a));
    expect(frozen.figuresAt).toBe(a.figuresAt);
    const edit = await send(w, w.ak.region, "PATCH", url, { version: a.version, conclusions: "Changed" });
    expect(edit.statusCode).toBe(409);
    expect((edit.json() as ErrorJson).error.code).toBe("dv_assessment.approved");

    // The commission's copy in both state languages, with the conclusions and the frozen counts.
    for (const lang of ["kk", "ru"] as const) {
      const pdf = await send(w, w.as.analyst, "GET", `${url}/pdf?lang=${lang}`);
      expect(pdf.statusCode).toBe(200);
      expect(pdf.headers["content-type"]).toBe("application/pdf");
      const text = await pdfText(pdf.rawPayload);
      expect(text).toContain("Repeat incidents stay high");
      expect(text).toMatch(figureLine(PACK_DOC[lang].names.incidents, written.expected.incidents! + 1));
    }

    // The schedule counts the half-year as assessed at its meeting.
    const s = (
      await send(w, w.as.analyst, "GET", "/api/v1/dv-assessments/schedule")
    ).json() as DvAssessmentSchedule;
    const current = s.periods.find((x) => x.year === w.period.year && x.half === w.period.half);
    expect(current).toMatchObject({ state: "done", assessedOn: w.period.from, packId: pack.id });
    expect(s.missed).toBe(s.periods.filter((x) => x.state === "missed").length);
  });
});
