import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConfidentialGrant, ConfidentialGrantList } from "@aldyn/contract";
import { login, makeUser } from "../test/app.ts";
import type { ErrorJson } from "../modules/persons/persons.fixture.ts";
import {
  confidentialityWorld,
  giveGrant,
  type ConfidentialityWorld,
} from "../modules/preventive-measures/confidentiality.fixture.ts";
import { getJson, postJson } from "../modules/preventive-measures/measures.fixture.ts";

/**
 * Grants to confidential data (R11.1): only administrators give and revoke them, each with its audit
 * row in the same transaction; NPM data are never granted (000 Art. 35; 003 p.29).
 */

let w: ConfidentialityWorld;
beforeAll(async () => {
  w = await confidentialityWorld();
});
afterAll(async () => w.close());

async function auditOf(userId: string, action: string) {
  return w.t.db
    .selectFrom("audit_log")
    .select(["actor_id", "fields", "record_type"])
    .where("record_id", "=", userId)
    .where("action", "=", action)
    .execute();
}

async function grantRows(userId: string) {
  return w.t.db
    .withTables<{ confidential_grant: { user_id: string; barrier: string; revoked_at: Date | null } }>()
    .selectFrom("confidential_grant")
    .select(["barrier", "revoked_at"])
    .where("user_id", "=", userId)
    .execute();
}

describe("giving and revoking grants (R11.1)", () => {
  it("a system administrator gives and revokes; each is audited with who did it; the list shows both", async () => {
    const given = await giveGrant(w, w.admin, w.ids.dv, "health", "Seconded to the medical liaison desk");
    expect(given.statusCode, given.body).toBe(201);
    const g = given.json() as ConfidentialGrant;
    expect(g).toMatchObject({
      barrier: "health",
      reason: "Seconded to the medical liaison desk",
      givenBy: { id: w.ids.admin, username: "admin1" },
      revokedAt: null,
    });
    expect(await auditOf(w.ids.dv, "user.grant")).toEqual([
      { actor_id: w.ids.admin, fields: ["grants.health"], record_type: "user" },
    ]);
    const revoked = await postJson(w, w.admin, `/api/v1/users/${w.ids.dv}/grants/${g.id}/revoke`, {});
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(await auditOf(w.ids.dv, "user.grant_revoke")).toEqual([
      { actor_id: w.ids.admin, fields: ["grants.health"], record_type: "user" },
    ]);
    const again = await postJson(w, w.admin, `/api/v1/users/${w.ids.dv}/grants/${g.id}/revoke`, {});
    expect(again.statusCode).toBe(409);
    expect((again.json() as ErrorJson).error.code).toBe("confidential_grant.already_revoked");

    const list = await getJson(w, w.admin, `/api/v1/users/${w.ids.dv}/grants`);
    expect(list.statusCode).toBe(200);
    expect((list.json() as ConfidentialGrantList).items).toEqual([
      expect.objectContaining({ id: g.id, revokedBy: expect.objectContaining({ id: w.ids.admin }) }),
    ]);
  });

  it("no one but an administrator gives or revokes: a police head, the user himself, a prosecutor get 403 and nothing is written", async () => {
    for (const who of [w.head, w.as.cop1, w.as.prosecutor]) {
      const res = await giveGrant(w, who, w.ids.cop1, "victim");
      expect(res.statusCode).toBe(403);
      expect((res.json() as ErrorJson).error.code).toBe("access.role");
    }
    expect(await grantRows(w.ids.cop1)).toEqual([]);
    const g = (await giveGrant(w, w.admin, w.ids.cop1, "victim")).json() as ConfidentialGrant;
    const res = await postJson(w, w.head, `/api/v1/users/${w.ids.cop1}/grants/${g.id}/revoke`, {});
    expect(res.statusCode).toBe(403);
    expect((await grantRows(w.ids.cop1)).map((r) => r.revoked_at)).toEqual([null]);
    expect(await auditOf(w.ids.cop1, "user.grant_revoke")).toEqual([]);
  });

  it("the roles whose task victims are cannot pass their clearance on: a grant by the DV inspector, the centre or a mobile group is 403 and writes nothing", async () => {
    const body = await w.t.db
      .selectFrom("app_user")
      .select("body_id")
      .where("id", "=", w.ids.dv)
      .executeTakeFirstOrThrow();
    const target = await makeUser(w.t.db, {
      username: "grant-target",
      roles: ["police_inspector_local"],
      bodyId: body.body_id,
    });
    for (const role of ["police_inspector_dv", "family_centre_specialist", "mobile_group_member"] as const) {
      await makeUser(w.t.db, { username: `giver-${role}`, roles: [role], bodyId: body.body_id });
      const res = await giveGrant(w, await login(w.t.app, `giver-${role}`), target, "victim");
      expect(res.statusCode, role).toBe(403);
      expect((res.json() as ErrorJson).error.code).toBe("access.role");
    }
    expect(await grantRows(target)).toEqual([]);
    expect(await auditOf(target, "user.grant")).toEqual([]);
  });

  it("NPM data are never granted (000 Art. 35; 003 p.29); nor a grant to oneself, to a service account, or twice", async () => {
    const npm = await giveGrant(w, w.admin, w.ids.head, "npm");
    expect(npm.statusCode).toBe(422);
    expect((npm.json() as ErrorJson).error).toMatchObject({
      code: "confidential_grant.npm_not_grantable",
      field: "barrier",
      article: "000 Art. 35; 003 p.29",
    });
    const self = await giveGrant(w, w.admin, w.ids.admin, "victim");
    expect((self.json() as ErrorJson).error.code).toBe("confidential_grant.own_account");
    const body = await w.t.db
      .selectFrom("app_user")
      .select("body_id")
      .where("id", "=", w.ids.head)
      .executeTakeFirstOrThrow();
    const service = await makeUser(w.t.db, {
      username: "svc-grants",
      roles: ["police_inspector_local"],
      bodyId: body.body_id,
      service: true,
    });
    const svc = await giveGrant(w, w.admin, service, "victim");
    expect((svc.json() as ErrorJson).error.code).toBe("confidential_grant.service_account");
    expect((await giveGrant(w, w.admin, w.ids.head, "victim")).statusCode).toBe(201);
    const twice = await giveGrant(w, w.admin, w.ids.head, "victim");
    expect(twice.statusCode).toBe(409);
    expect((twice.json() as ErrorJson).error.code).toBe("confidential_grant.already_active");
    expect(await grantRows(w.ids.head)).toHaveLength(1);
    expect(await grantRows(service)).toEqual([]);
  });

  it("an administrator of another region may not grant to this region's users", async () => {
    const other = await w.t.db
      .selectFrom("territory")
      .select("id")
      .where("code", "=", w.otherDistrict.code)
      .executeTakeFirstOrThrow();
    const body = await w.t.db
      .insertInto("body")
      .values({
        name_kk: "O",
        name_ru: "O",
        name_en: "O",
        type: "system_operator",
        territory_id: other.id,
        parent_id: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await makeUser(w.t.db, { username: "admin-other", roles: ["system_admin"], bodyId: body.id });
    const res = await giveGrant(w, await login(w.t.app, "admin-other"), w.ids.dv, "victim");
    expect(res.statusCode).toBeGreaterThanOrEqual(403);
    expect(res.statusCode).toBeLessThanOrEqual(404);
    expect(
      (await grantRows(w.ids.dv)).filter((r) => r.revoked_at === null && r.barrier === "victim"),
    ).toEqual([]);
  });
});
