import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserChoice } from "@aldyn/contract";
import { makeBody, makeUser } from "../../test/app.ts";
import { CLEAN_CANDIDATE, get, npmWorld, post, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
let free: string; // an unlinked login with the participant's role
let police: string; // a login without it

beforeAll(async () => {
  w = await npmWorld();
  const office = await makeBody(w.t.db, "KZ", "commissioner_office", "Office 2");
  free = await makeUser(w.t.db, { username: "npm-free", roles: ["npm_participant"], bodyId: office });
  await makeUser(w.t.db, { username: "npm-gone", roles: ["npm_participant"], bodyId: office, active: false });
  police = await makeUser(w.t.db, { username: "cop-x", roles: ["police_inspector_local"], bodyId: office });
});
afterAll(async () => w.close());

const logins = async (q = "") => {
  const res = await get(w.t, w.rep, `/api/v1/npm/participants/logins${q ? `?q=${q}` : ""}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: UserChoice[] }).items;
};
const select = (userId: string, n: number) =>
  post(w.t, w.rep, "/api/v1/npm/participants", {
    fullName: `Candidate ${n}`,
    userId,
    categories: ["lawyer"],
    specialisations: [],
    regionCode: "ABA",
    selectedOn: "2026-01-15",
    candidate: CLEAN_CANDIDATE,
  });

describe("a participant's login is picked from a list, not pasted (000 Art. 26(3))", () => {
  it("lists the active, unlinked logins with the participant's role, by name or login, with their body", async () => {
    const all = await logins();
    expect(all.map((u) => u.username)).toEqual(["npm-free"]);
    expect(all[0]).toMatchObject({ id: free, fullName: "User npm-free", bodyName: { en: "Office 2" } });
    expect((await logins("FREE")).map((u) => u.id)).toEqual([free]);
    expect(await logins("nobody")).toEqual([]);
  });

  it("is the Commissioner's office's: a participant or the police get 403", async () => {
    for (const who of [w.p[0]!, w.outsiders.get("police_inspector_local")!]) {
      expect((await get(w.t, who, "/api/v1/npm/participants/logins")).statusCode).toBe(403);
    }
  });

  it("refuses a login without the role (400 on userId) or already linked (409), and links a free one", async () => {
    const wrong = await select(police, 1);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ error: { code: "validation.failed", field: "userId" } });
    const p1 = (await get(w.t, w.rep, `/api/v1/npm/participants/${w.pid[0]}`)).json() as { userId: string };
    const taken = await select(p1.userId, 2);
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ error: { code: "conflict.duplicate", field: "userId" } });
    const ok = await select(free, 3);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await logins()).toEqual([]);
  });
});
