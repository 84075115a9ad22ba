import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type {
  CommissionMemberCreate,
  LowerCommissionsView,
  MinorsCaseCreated,
  MinorsCasePage,
  MinorsCommissionDetail,
  MinorsCommissionList,
} from "@aldyn/contract";
import { login, makeBody, makeUser } from "../../test/app.ts";
import {
  call,
  codeOf,
  commissionsWorld,
  counts,
  errorOf,
  newMinor,
  type CommissionsWorld,
} from "./minors-commissions.fixture.ts";

let w: CommissionsWorld;
beforeAll(async () => {
  w = await commissionsWorld();
}, 120_000);
afterAll(async () => {
  await w.close();
});

const member = (over: Partial<CommissionMemberCreate>): CommissionMemberCreate => ({
  fullName: "Әбдіраманова Гүлнар",
  position: "Head of the district education department",
  role: "member",
  represents: "education",
  since: "2026-01-01",
  ...over,
});

describe("registering a commission (001 Art. 79(2),(3))", () => {
  it("the akimat registers a settlement commission under the district's; the law refuses a wrong level, a missing approval; nothing written", async () => {
    const before = await counts(w);
    const wrongLevel = await call(w, w.mc.akimat1, "POST", "/minors-commissions", {
      bodyId: w.bodies.unregistered1,
      level: "region",
      establishedOn: "2026-01-10",
      establishedBy: "Resolution No. 5",
    });
    expect(wrongLevel.statusCode).toBe(422);
    expect(errorOf(wrongLevel)).toMatchObject({ code: "minors_commission.level_territory", field: "level" });
    const noApproval = await call(w, w.mc.akimat1, "POST", "/minors-commissions", {
      bodyId: w.bodies.unregistered1,
      level: "settlement",
      parentBodyId: w.bodies.c1,
      settlementName: "Қаратөбе",
      establishedOn: "2026-01-10",
      establishedBy: "Resolution No. 5",
    });
    expect(noApproval.statusCode).toBe(422);
    expect(errorOf(noApproval)).toMatchObject({
      code: "minors_commission.settlement_approval_required",
      field: "maslikhatApproval",
      article: "001 Art. 79(3)",
    });
    // A secretary does not establish commissions.
    const bySecretary = await call(w, w.mc.sec1, "POST", "/minors-commissions", {
      bodyId: w.bodies.unregistered1,
      level: "settlement",
      parentBodyId: w.bodies.c1,
      settlementName: "Қаратөбе",
      maslikhatApproval: "Maslikhat decision No. 3",
      establishedOn: "2026-01-10",
      establishedBy: "Resolution No. 5",
    });
    expect(bySecretary.statusCode).toBe(403);
    expect(await counts(w)).toEqual(before);

    const ok = await call(w, w.mc.akimat1, "POST", "/minors-commissions", {
      bodyId: w.bodies.unregistered1,
      level: "settlement",
      parentBodyId: w.bodies.c1,
      settlementName: "Қаратөбе",
      maslikhatApproval: "Maslikhat decision No. 3",
      establishedOn: "2026-01-10",
      establishedBy: "Resolution No. 5",
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({
      level: "settlement",
      parent: { bodyId: w.bodies.c1 },
      gaps: { missingRoles: ["chair", "deputy_chair", "member", "secretary"] },
    });
    const again = await call(w, w.mc.akimat1, "POST", "/minors-commissions", {
      bodyId: w.bodies.unregistered1,
      level: "settlement",
      parentBodyId: w.bodies.c1,
      settlementName: "Қаратөбе",
      maslikhatApproval: "Maslikhat decision No. 3",
      establishedOn: "2026-01-10",
      establishedBy: "Resolution No. 5",
    });
    expect(codeOf(again)).toBe("minors_commission.already_registered");
    const list = (await call(w, w.mc.akimat1, "GET", "/minors-commissions")).json() as MinorsCommissionList;
    expect(list.items.map((i) => i.bodyId)).toEqual(
      expect.arrayContaining([w.bodies.c1, w.bodies.unregistered1]),
    );
    expect(list.items.map((i) => i.bodyId)).not.toContain(w.bodies.c2);
  });
});

describe("the composition (001 Art. 79(4),(5))", () => {
  it("one chair who is the deputy akim, one secretary: the law's refusals are 422 with the field and article and write nothing", async () => {
    const url = `/minors-commissions/${w.bodies.c1}/members`;
    const chair = await call(w, w.mc.sec1, "POST", url, {
      ...member({ role: "chair", represents: "akimat", position: "Deputy akim of the district" }),
      fullName: "Сейтқали Болат",
      chairIsDeputyAkim: true,
    });
    expect(chair.statusCode, chair.body).toBe(201);
    const secretary = await call(w, w.mc.akimat1, "POST", url, {
      ...member({ role: "secretary", represents: "akimat", position: "Chief specialist of the akimat" }),
      userId: w.users.sec1,
    });
    expect(secretary.statusCode, secretary.body).toBe(201);
    const before = await counts(w);
    const secondChair = await call(w, w.mc.sec1, "POST", url, {
      ...member({ role: "chair", represents: "akimat", position: "Another deputy akim" }),
      chairIsDeputyAkim: true,
    });
    expect(secondChair.statusCode).toBe(422);
    expect(errorOf(secondChair)).toMatchObject({
      code: "minors_commission.one_chair",
      article: "001 Art. 79(4)",
    });
    const secondSecretary = await call(
      w,
      w.mc.sec1,
      "POST",
      url,
      member({ role: "secretary", represents: "akimat" }),
    );
    expect(secondSecretary.statusCode).toBe(422);
    expect(codeOf(secondSecretary)).toBe("minors_commission.one_secretary");
    const notDeputyAkim = await call(w, w.mc.sec2, "POST", `/minors-commissions/${w.bodies.c2}/members`, {
      ...member({ role: "chair", represents: "education", position: "Head of education" }),
    });
    expect(notDeputyAkim.statusCode).toBe(422);
    expect(errorOf(notDeputyAkim)).toMatchObject({
      code: "minors_commission.chair_position",
      field: "chairIsDeputyAkim",
    });
    // Another district's secretary does not change this commission; a member reads it only.
    expect((await call(w, w.mc.sec2, "POST", url, member({}))).statusCode).toBe(403);
    expect((await call(w, w.mc.mem1, "POST", url, member({}))).statusCode).toBe(403);
    expect(await counts(w)).toEqual(before);

    const added = await call(w, w.mc.sec1, "POST", url, member({ userId: w.users.mem1 }));
    expect(added.statusCode, added.body).toBe(201);
    const d = added.json() as MinorsCommissionDetail;
    expect(
      d.members
        .filter((m) => m.active)
        .map((m) => m.role)
        .sort(),
    ).toEqual(["chair", "member", "secretary"]);
    expect(d.gaps.missingRoles).toEqual(["deputy_chair"]);
    expect(d.gaps.missingBodies).toContain("internal_affairs");
    expect(d.gaps.missingBodies).not.toContain("education");

    // The chair's membership ends; a new chair may then be added.
    const chairId = d.members.find((m) => m.role === "chair")!.id;
    const ended = await call(w, w.mc.sec1, "POST", `${url}/${chairId}/end`, {
      endedOn: "2026-03-01",
      reason: "Appointed to another office",
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(
      codeOf(
        await call(w, w.mc.sec1, "POST", `${url}/${chairId}/end`, { endedOn: "2026-03-01", reason: "x" }),
      ),
    ).toBe("commission_member.ended");
    const newChair = await call(w, w.mc.sec1, "POST", url, {
      ...member({
        role: "chair",
        represents: "akimat",
        position: "Deputy akim of the district",
        since: "2026-03-02",
      }),
      chairIsDeputyAkim: true,
    });
    expect(newChair.statusCode, newChair.body).toBe(201);
  });
});

describe("the lower commissions' figures and decisions (001 Art. 79(6)(4))", () => {
  it("the region's commission sees a district's cases and final decisions; a district's does not see another district's", async () => {
    const minor = await newMinor(w);
    const opened = await call(w, w.mc.sec2, "POST", "/minors-cases", {
      minorPersonId: minor,
      summary: "Materials on the minor's conduct",
      source: "police_materials",
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = (opened.json() as MinorsCaseCreated).id;
    const sec2 = await w.t.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", "sec2")
      .executeTakeFirstOrThrow();
    // A held meeting of district 2 with its protocol signed and the case decided (commission-meetings' tables).
    await sql`
      WITH m AS (
        INSERT INTO commission_meeting (commission_body_id, year, number, scheduled_at, place, state, opened_at,
          chair_signed_at, chair_signed_by, secretary_signed_at, secretary_signed_by, closed_at, created_by)
        VALUES (${w.bodies.c2}::uuid, extract(year FROM now())::int, 1, now() - interval '1 hour', 'Akimat, hall 2', 'held',
          now() - interval '1 hour', now(), ${sec2.id}::uuid, now(), ${sec2.id}::uuid, now(), ${sec2.id}::uuid)
        RETURNING id)
      INSERT INTO meeting_item (meeting_id, seq, kind, case_id, title, decision, decision_text, article, decided_at, decided_by)
      SELECT m.id, 1, 'case', ${caseId}::uuid, 'The case', 'warning_to_parents', 'Warn the parents', '001 Art. 79(6)(9)',
        now() - interval '30 minutes', ${sec2.id}::uuid FROM m`.execute(w.t.db);

    const res = await call(w, w.mc.regSec, "GET", `/minors-commissions/${w.bodies.region}/lower`);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json() as LowerCommissionsView;
    const d2 = view.commissions.find((c) => c.bodyId === w.bodies.c2)!;
    expect(d2).toMatchObject({ meetingsHeld: 1, decisionsByCode: { warning_to_parents: 1 } });
    expect(d2.cases.gathering).toBeGreaterThanOrEqual(1);
    expect(view.commissions.map((c) => c.bodyId)).toContain(w.bodies.c1);
    expect(view.decisions).toContainEqual(
      expect.objectContaining({
        commissionBodyId: w.bodies.c2,
        decision: "warning_to_parents",
        article: "001 Art. 79(6)(9)",
      }),
    );
    // No names in the figures.
    expect(res.body).not.toContain("Сейтқали");
    // The region's member reads the district's cases; the district's do not read each other's.
    const regCases = (
      await call(w, w.mc.regMem, "GET", `/minors-cases?commissionBodyId=${w.bodies.c2}`)
    ).json() as MinorsCasePage;
    expect(regCases.items.map((i) => i.id)).toContain(caseId);
    expect((await call(w, w.mc.sec1, "GET", `/minors-commissions/${w.bodies.c2}/lower`)).statusCode).toBe(
      403,
    );
    expect((await call(w, w.mc.sec1, "GET", `/minors-commissions/${w.bodies.c2}`)).statusCode).toBe(403);
    expect(
      (await call(w, w.mc.mem1, "GET", `/minors-cases?commissionBodyId=${w.bodies.c2}`)).statusCode,
    ).toBe(403);
    expect((await call(w, w.mc.sec1, "GET", `/minors-cases/${caseId}`)).statusCode).toBe(403);
    // The region's akimat, which forms the commissions (79(2),(3)), reads the figures but not the cases.
    const akimatBody = await makeBody(w.t.db, w.regionCode, "akimat", "Region akimat");
    await makeUser(w.t.db, { username: "akimatreg", roles: ["akimat_officer"], bodyId: akimatBody });
    const akimatReg = await login(w.t.app, "akimatreg");
    const byAkimat = await call(w, akimatReg, "GET", `/minors-commissions/${w.bodies.region}/lower`);
    expect(byAkimat.statusCode, byAkimat.body).toBe(200);
    expect((byAkimat.json() as LowerCommissionsView).commissions.map((c) => c.bodyId)).toContain(w.bodies.c2);
    expect(
      (await call(w, akimatReg, "GET", `/minors-cases?commissionBodyId=${w.bodies.c2}`)).statusCode,
    ).toBe(403);
    // A district's commission does not read the region's above it either.
    expect((await call(w, w.mc.sec1, "GET", `/minors-commissions/${w.bodies.region}/lower`)).statusCode).toBe(
      403,
    );
    const own = (
      await call(w, w.mc.sec1, "GET", `/minors-commissions/${w.bodies.c1}/lower`)
    ).json() as LowerCommissionsView;
    expect(own.commissions.map((c) => c.bodyId)).not.toContain(w.bodies.c2);
  });
});
