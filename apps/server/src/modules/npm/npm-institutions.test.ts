import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LightMyRequestResponse } from "fastify";
import { get, institution, npmWorld, specialVisit, type NpmWorld } from "./npm.fixture.ts";
import type { LoggedIn } from "../../test/app.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

interface Institution {
  id: string;
  name: string;
  subjectSince: string | null;
  version: number;
  coverage: { dueBy: string | null; overdue: boolean; due: boolean; neverVisited: boolean };
}

function patch(who: LoggedIn, id: string, payload: object): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method: "PATCH",
    url: `/api/v1/npm/institutions/${id}`,
    headers: who.headers,
    payload,
  });
}

const code = (res: LightMyRequestResponse) => (res.json() as { error: { code: string } }).error.code;

describe("correcting an institution of the catalogue (000 Art. 26(2); 003 pp.1, 3(1))", () => {
  it("the Commissioner's office corrects it with its version; the four-year limit follows subjectSince", async () => {
    const id = await institution(w, "Colony No. 7");
    const read = await get(w.t, w.rep, `/api/v1/npm/institutions/${id}`);
    expect(read.statusCode, read.body).toBe(200);
    const before = read.json() as Institution;
    // Never visited and no date of becoming subject to visits: overdue at once.
    expect(before.coverage).toMatchObject({ neverVisited: true, overdue: true, due: false, dueBy: null });

    // Subject to visits since a date: overdue only four years later (003 p.3(1)).
    const today = new Date().toISOString().slice(0, 10);
    const since = `${Number(today.slice(0, 4)) - 3}-${today.slice(5, 7)}-01`;
    const done = await patch(w.rep, id, {
      version: before.version,
      name: "Colony No. 7 (LA-155/7)",
      subjectSince: since,
    });
    expect(done.statusCode, done.body).toBe(200);
    const after = done.json() as Institution;
    expect(after).toMatchObject({
      name: "Colony No. 7 (LA-155/7)",
      subjectSince: since,
      version: before.version + 1,
    });
    expect(after.coverage).toMatchObject({ neverVisited: true, overdue: false, due: true });
    expect(after.coverage.dueBy).toBe(`${Number(since.slice(0, 4)) + 4}${since.slice(4)}`);

    // The audit row was written with the change, naming the fields changed.
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select(["action", "fields"])
      .where("record_type", "=", "npm_institution")
      .where("record_id", "=", id)
      .where("action", "=", "npm_institution.update")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.fields).toEqual(["name", "subjectSince"]);

    // A stale version is a conflict, and nothing changes.
    const stale = await patch(w.rep, id, { version: before.version, name: "Overwritten" });
    expect(stale.statusCode).toBe(409);
    expect(code(stale)).toBe("conflict.stale_version");
    const again = (await get(w.t, w.rep, `/api/v1/npm/institutions/${id}`)).json() as Institution;
    expect(again.name).toBe("Colony No. 7 (LA-155/7)");

    // An unknown kind is refused; an unknown institution is a 404.
    expect((await patch(w.rep, id, { version: after.version, kind: "hotel" })).statusCode).toBe(400);
    const missing = await patch(w.rep, "00000000-0000-4000-8000-000000000000", { version: 1, name: "X" });
    expect(missing.statusCode).toBe(404);
  });

  it("only the Commissioner's office corrects it: participants, the Council and roles outside the NPM get 403", async () => {
    const id = await institution(w, "Centre for temporary isolation");
    const before = (await get(w.t, w.rep, `/api/v1/npm/institutions/${id}`)).json() as Institution;
    const outsider = w.outsiders.get("police_inspector_local")!;
    for (const who of [w.p[0]!, w.council, outsider, w.outsiders.get("system_admin")!]) {
      const res = await patch(who, id, { version: before.version, name: "Renamed" });
      expect(res.statusCode, res.body).toBe(403);
    }
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select("id")
      .where("record_id", "=", id)
      .where("action", "=", "npm_institution.update")
      .execute();
    expect(audit).toHaveLength(0);
  });

  it("its page lists the visits made to it with their status, derived from the visit's facts", async () => {
    const v = await specialVisit(w, "2026-03-02");
    const res = await get(w.t, w.council, `/api/v1/npm/institutions/${v.institutionId}`);
    expect(res.statusCode, res.body).toBe(200);
    const inst = res.json() as { visits: { id: string; kind: string; startsOn: string; status: string }[] };
    expect(inst.visits).toEqual([
      { id: v.id, kind: "special", form: "one_time", startsOn: "2026-03-02", status: "planned" },
    ]);
  });
});
