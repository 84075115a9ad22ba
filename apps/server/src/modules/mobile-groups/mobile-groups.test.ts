import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { MobileGroupDetail, MobileGroupPage } from "@aldyn/contract";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import { count, groupOfThree, groupsWorld, send, type GroupsWorld } from "./mobile-groups.fixture.ts";

let w: GroupsWorld;
beforeAll(async () => {
  w = await groupsWorld();
});
afterAll(async () => w?.close());

describe("mobile groups (001 Art. 10(2)(8))", () => {
  it("the centre establishes a group; its composition names the participant still missing", async () => {
    const g = await groupOfThree(w);
    expect(g.organiserBody.id).toBe(w.bodies.centre);
    expect(g.activeMembers).toBe(3);
    expect(g.composition).toEqual({ complete: false, missing: ["healthcare"], article: "001 Art. 10(2)(8)" });
    expect(g.mayManage).toBe(true);
    // The account's name is the member's when none is given.
    expect(g.members.find((m) => m.userId === w.ids.dv)?.fullName).toBe("User dv1");
    const audit = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log
      WHERE action = 'mobile_group.create' AND record_id = ${g.id}`.execute(w.t.db);
    expect(audit.rows[0]!.n).toBe(1);

    const added = await send(w, w.as.family, "POST", `/api/v1/mobile-groups/${g.id}/members`, {
      bodyId: w.bodies.health,
      fullName: "Dr. Health",
      since: "2026-02-01",
    });
    expect(added.statusCode).toBe(200);
    expect((added.json() as MobileGroupDetail).composition.complete).toBe(true);

    const list = await send(w, w.mg.dv, "GET", "/api/v1/mobile-groups");
    expect(list.statusCode).toBe(200);
    expect((list.json() as MobileGroupPage).items.map((x) => x.id)).toContain(g.id);
  });

  it("a member of a body that cannot take part is refused with the article, nothing written", async () => {
    const g = await groupOfThree(w);
    const before = await count(w, "mobile_group_member");
    const res = await send(w, w.as.family, "POST", `/api/v1/mobile-groups/${g.id}/members`, {
      bodyId: w.bodies.prosecutor,
      fullName: "A prosecutor",
      since: "2026-02-01",
    });
    expect(res.statusCode).toBe(422);
    const e = (res.json() as ErrorJson).error;
    expect(e.code).toBe("mobile_group.member_body_type");
    expect(e.article).toBe("001 Art. 10(2)(8)");
    expect(e.field).toBe("member.bodyId");
    expect(await count(w, "mobile_group_member")).toBe(before);

    // The same in a new group's members: no group is written either.
    const groups = await count(w, "mobile_group");
    const created = await send(w, w.as.family, "POST", "/api/v1/mobile-groups", {
      name: "Wrong group",
      formedOn: "2026-02-01",
      members: [{ bodyId: w.bodies.prosecutor, fullName: "A prosecutor", since: "2026-02-01" }],
    });
    expect(created.statusCode).toBe(422);
    expect((created.json() as ErrorJson).error.code).toBe("mobile_group.member_body_type");
    expect(await count(w, "mobile_group")).toBe(groups);
  });

  it("only the centre organises a group; others are refused", async () => {
    const body = { name: "Police group", formedOn: "2026-02-01", members: [] };
    // The DV inspector works with family cases but is not the centre (001 Art. 10(2)(8)).
    const dv = await send(w, w.mg.dv, "POST", "/api/v1/mobile-groups", body);
    expect(dv.statusCode).toBe(422);
    expect((dv.json() as ErrorJson).error).toMatchObject({
      code: "mobile_group.organiser_not_centre",
      article: "001 Art. 10(2)(8)",
    });
    // A local inspector or a school does not reach family cases at all.
    for (const who of [w.as.cop1, w.mg.school]) {
      const res = await send(w, who, "POST", "/api/v1/mobile-groups", body);
      expect(res.statusCode).toBe(403);
    }
    const g = await groupOfThree(w);
    const add = await send(w, w.mg.dv, "POST", `/api/v1/mobile-groups/${g.id}/members`, {
      bodyId: w.bodies.health,
      fullName: "Dr. Health",
      since: "2026-02-01",
    });
    expect(add.statusCode).toBe(422);
    expect((await send(w, w.mg.dv, "GET", `/api/v1/mobile-groups/${g.id}`)).json()).toMatchObject({
      mayManage: false,
      mayRecordVisits: true,
    });
    // The school council member reads no family case.
    expect((await send(w, w.mg.school, "GET", `/api/v1/mobile-groups/${g.id}`)).statusCode).toBe(403);
  });

  it("a participation ends on its last day; it cannot end twice", async () => {
    const g = await groupOfThree(w);
    const edu = g.members.find((m) => m.body.id === w.bodies.education)!;
    const url = `/api/v1/mobile-groups/${g.id}/members/${edu.id}/end`;
    const ended = await send(w, w.as.family, "POST", url, { until: "2026-03-01" });
    expect(ended.statusCode).toBe(200);
    const d = ended.json() as MobileGroupDetail;
    expect(d.members.find((m) => m.id === edu.id)).toMatchObject({ until: "2026-03-01", active: false });
    expect(d.composition.missing).toEqual(["education", "healthcare"]);
    const again = await send(w, w.as.family, "POST", url, { until: "2026-03-02" });
    expect(again.statusCode).toBe(409);
    expect((again.json() as ErrorJson).error.code).toBe("mobile_group.member_already_ended");
  });
});
