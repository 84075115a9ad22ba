import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody, Family, FamilyPage } from "@aldyn/contract";
import {
  getJson,
  incidentsWorld,
  postJson,
  victimAndChild,
  type IncidentsWorld,
} from "../domestic-violence/incidents.fixture.ts";

let w: IncidentsWorld;
beforeAll(async () => {
  w = await incidentsWorld();
}, 120_000);
afterAll(async () => {
  await w?.close();
});

async function familyRows(): Promise<number> {
  const r = await w.t.db
    .selectFrom("family")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

describe("families (001 Art. 54(1): persons (families) in difficult life situations)", () => {
  it("the centre records a family with its members; the victim's card becomes confidential (83(2))", async () => {
    const p = await victimAndChild(w);
    const res = await postJson(w, w.as.family, "/api/v1/families", {
      label: "Сейтқалиевтер",
      members: [
        { personId: p.adult, relation: "victim" },
        { personId: p.child, relation: "child" },
        { personId: p.offender, relation: "spouse" },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as { id: string }).id;
    const f = (await getJson(w, w.as.family, `/api/v1/families/${id}`)).json() as Family;
    expect(f.label).toBe("Сейтқалиевтер");
    expect(f.territory.id).toBe(w.d1.id);
    expect(f.members.map((m) => m.relation).sort()).toEqual(["child", "spouse", "victim"]);
    expect(f.members.every((m) => m.person.personal !== null)).toBe(true);
    expect(f.incidents).toEqual([]);
    expect((await getJson(w, w.school, `/api/v1/persons/${p.adult}`)).statusCode).toBe(403);
    // The read is audited, and each member shown as a read of the person.
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select(["action", "record_id"])
      .where("action", "in", ["family.create", "family.read"])
      .where("record_id", "=", id)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["family.create", "family.read"]);
    // Found by a member's name.
    const found = (await getJson(w, w.as.family, "/api/v1/families?q=Сейт")).json() as FamilyPage;
    expect(found.items.map((x) => x.id)).toContain(id);
  });

  it("adds a member and ends one, never before the day the person joined", async () => {
    const p = await victimAndChild(w);
    const created = await postJson(w, w.dv, "/api/v1/families", {
      label: "Family",
      members: [{ personId: p.adult, relation: "victim", since: "2025-01-10" }],
    });
    const id = (created.json() as { id: string }).id;
    const added = await postJson(w, w.dv, `/api/v1/families/${id}/members`, {
      personId: p.child,
      relation: "child",
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((added.json() as Family).members).toHaveLength(2);
    const again = await postJson(w, w.dv, `/api/v1/families/${id}/members`, {
      personId: p.child,
      relation: "child",
    });
    expect(again.statusCode).toBe(409);
    const early = await postJson(w, w.dv, `/api/v1/families/${id}/members/${p.adult}/end`, {
      until: "2024-12-31",
    });
    expect(early.statusCode).toBe(400);
    expect((early.json() as ErrorBody).error.field).toBe("until");
    const ended = await postJson(w, w.dv, `/api/v1/families/${id}/members/${p.adult}/end`, {
      until: "2025-06-01",
    });
    expect(ended.statusCode, ended.body).toBe(201);
    expect((ended.json() as Family).members.find((m) => m.person.id === p.adult)?.until).toBe("2025-06-01");
    const none = await postJson(w, w.dv, `/api/v1/families/${id}/members/${p.offender}/end`, {
      until: "2025-06-01",
    });
    expect(none.statusCode).toBe(404);
  });

  it("refuses an unknown member with a 400 on the field and a local inspector's change with a 403, writing nothing", async () => {
    const before = await familyRows();
    const res = await postJson(w, w.dv, "/api/v1/families", {
      label: "Nobody",
      members: [{ personId: "00000000-0000-4000-8000-000000000000", relation: "victim" }],
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.field).toBe("members.0.personId");
    expect(await familyRows()).toBe(before);
    const p = await victimAndChild(w);
    const created = await postJson(w, w.dv, "/api/v1/families", {
      label: "Family",
      members: [{ personId: p.adult, relation: "victim" }],
    });
    const id = (created.json() as { id: string }).id;
    const cop = await postJson(w, w.as.cop1, `/api/v1/families/${id}/members`, {
      personId: p.child,
      relation: "child",
    });
    expect(cop.statusCode).toBe(403);
    const school = await postJson(w, w.school, "/api/v1/families", {
      label: "Family",
      members: [{ personId: p.child, relation: "child" }],
    });
    expect(school.statusCode).toBe(403);
    const members = await w.t.db
      .selectFrom("family_member")
      .select("person_id")
      .where("family_id", "=", id)
      .execute();
    expect(members.map((m) => m.person_id)).toEqual([p.adult]);
  });
});
