import { randomUUID } from "node:crypto";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Measure, RegisterEntryList } from "@aldyn/contract";
import { login, makeBody, makeUser, territories, type LoggedIn } from "../test/app.ts";
import {
  getJson,
  issue,
  measuresWorld,
  newPerson,
  warningBody,
  type MeasuresWorld,
} from "../modules/preventive-measures/measures.fixture.ts";

let w: MeasuresWorld;
let personId: string; // district 1
let neighbourId: string; // district 1: the other side of links and merges
let m: Measure;
let entryId: string;
let attachmentId: string;

beforeAll(async () => {
  w = await measuresWorld();
  personId = await newPerson(w, w.as.cop1);
  neighbourId = await newPerson(w, w.as.cop1);
  m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 3600_000)));
  const entries = (await getJson(w, w.as.cop1, `/api/v1/persons/${personId}/register-entries`)).json();
  entryId = (entries as RegisterEntryList).items[0]!.id;
  const cop1 = await w.t.db
    .selectFrom("app_user")
    .select("id")
    .where("username", "=", "cop1")
    .executeTakeFirstOrThrow();
  // The file itself is never reached: the refusal comes first.
  const a = await w.t.db
    .insertInto("attachment")
    .values({
      record_type: "person",
      record_id: personId,
      file_name: "statement.pdf",
      media_type: "application/pdf",
      size_bytes: 4,
      sha256: "0".repeat(64),
      storage_key: `2026/01/${randomUUID()}`,
      uploaded_by: cop1.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  attachmentId = a.id;
});
afterAll(async () => w.close());

function send(who: LoggedIn, method: "GET" | "POST" | "PATCH", url: string, payload?: object) {
  return w.t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
}

/** The answer as the client sees it, but for the request id every answer has its own of. */
function shape(res: LightMyRequestResponse) {
  return {
    status: res.statusCode,
    type: res.headers["content-type"],
    body: res.body.replace(/"requestId":"[0-9a-f-]{36}"/, '"requestId":"-"'),
  };
}

function refusalRows(recordId: string) {
  return w.t.db
    .selectFrom("audit_log")
    .selectAll()
    .where("record_id", "=", recordId)
    .where("action", "like", "%refused")
    .orderBy("id")
    .execute();
}

describe("a refusal is audited (R11.2)", () => {
  it("a 403 (role) writes one audit row naming the actor, the route and the record", async () => {
    const before = (await refusalRows(personId)).length;
    const res = await getJson(w, w.as.analyst, `/api/v1/persons/${personId}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: { code: "access.role" } });
    const rows = (await refusalRows(personId)).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "person.read_refused",
      actor_name: "analyst",
      record_type: "person",
      record_id: personId,
      route: "GET /api/v1/persons/:id",
      request_id: (res.json() as { error: { requestId: string } }).error.requestId,
      fields: [],
    });
  });

  it("a refused write and a refused measure read name their records; an attachment is named by its person", async () => {
    const before = {
      person: (await refusalRows(personId)).length,
      measure: (await refusalRows(m.id)).length,
    };
    expect(
      (await send(w.as.prosecutor, "PATCH", `/api/v1/persons/${personId}`, { version: 1 })).statusCode,
    ).toBe(403);
    expect((await getJson(w, w.as.analyst, `/api/v1/measures/${m.id}`)).statusCode).toBe(403);
    expect((await getJson(w, w.as.analyst, `/api/v1/attachments/${attachmentId}`)).statusCode).toBe(403);
    const person = (await refusalRows(personId)).slice(before.person);
    expect(person.map((r) => [r.action, r.actor_name, r.fields])).toEqual([
      ["person.write_refused", "prosecutor", []],
      ["attachment.read_refused", "analyst", [`attachment.${attachmentId}`]],
    ]);
    const measure = (await refusalRows(m.id)).slice(before.measure);
    expect(measure.map((r) => [r.action, r.record_type])).toEqual([["measure.read_refused", "measure"]]);
  });

  it("a refusal naming no record is audited under its domain; a 401 is not audited", async () => {
    const count = async () =>
      (
        await w.t.db
          .selectFrom("audit_log")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("action", "=", "worklist.read_refused")
          .executeTakeFirstOrThrow()
      ).n;
    const before = Number(await count());
    expect((await getJson(w, w.as.analyst, "/api/v1/worklists/checks")).statusCode).toBe(403);
    expect(Number(await count())).toBe(before + 1);
    const anonymous = await w.t.app.inject({ method: "GET", url: `/api/v1/persons/${personId}` });
    expect(anonymous.statusCode).toBe(401);
    expect(Number(await count())).toBe(before + 1);
  });
});

describe("a record outside the territory answers as one that does not exist (R11.1)", () => {
  const reads = () => [
    `/api/v1/persons/${personId}`,
    `/api/v1/persons/${personId}/measures`,
    `/api/v1/persons/${personId}/register-entries`,
    `/api/v1/persons/${personId}/links`,
    `/api/v1/persons/${personId}/duplicates`,
    `/api/v1/persons/${personId}/views`,
    `/api/v1/measures/${m.id}`,
    `/api/v1/measures/${m.id}/document.pdf`,
    `/api/v1/register/${entryId}`,
    `/api/v1/register/${entryId}/notice.pdf`,
    `/api/v1/register/${entryId}/likelihood`,
    `/api/v1/attachments/${attachmentId}`,
    `/api/v1/attachments?recordType=person&recordId=${personId}`,
    `/api/v1/attachments?recordType=measure&recordId=${m.id}`,
  ];

  it("every read of an id in the path: byte-identical 404 to a random uuid's, apart from the request id", async () => {
    const ids = [personId, m.id, entryId, attachmentId];
    for (const url of reads()) {
      const random = ids.reduce((u, id) => u.replace(id, randomUUID()), url);
      const outside = await getJson(w, w.as.cop2, url);
      const unknown = await getJson(w, w.as.cop2, random);
      expect(outside.statusCode, url).toBe(404);
      expect(shape(outside), url).toEqual(shape(unknown));
      // The district's own inspector (the region's police head for the viewers) reads it: the route works.
      const reader = url.endsWith("/views") ? w.head : w.as.cop1;
      const own = await getJson(w, reader, url);
      // The test stored no file behind the attachment: its owner gets past access to the missing file.
      if (url.startsWith(`/api/v1/attachments/${attachmentId}`)) expect(own.statusCode, url).toBe(500);
      else expect(own.statusCode, url).toBe(200);
    }
  });

  it("writes naming a record in the path or a person in the body: the same answer as for an unknown id", async () => {
    const r = randomUUID();
    const fact = { version: 1, type: "served", at: new Date().toISOString(), channel: "in_person" };
    const likelihood = { version: 1, level: "low", reason: "Works steadily" };
    const own = await newPerson(w, w.as.cop2, { districtId: w.d2.id });
    const cases: [method: "POST" | "PATCH", outside: [string, object], unknown: [string, object]][] = [
      ["PATCH", [`/api/v1/persons/${personId}`, { version: 1 }], [`/api/v1/persons/${r}`, { version: 1 }]],
      [
        "POST",
        [`/api/v1/persons/${personId}/merge`, { otherId: neighbourId, version: 1 }],
        [`/api/v1/persons/${r}/merge`, { otherId: neighbourId, version: 1 }],
      ],
      [
        "POST",
        [`/api/v1/persons/${personId}/links`, { representativeId: neighbourId, kind: "parent" }],
        [`/api/v1/persons/${r}/links`, { representativeId: neighbourId, kind: "parent" }],
      ],
      // The other side of a link lies in another district: hidden too, from the inspector's own record.
      [
        "POST",
        [`/api/v1/persons/${own}/links`, { representativeId: personId, kind: "parent" }],
        [`/api/v1/persons/${own}/links`, { representativeId: r, kind: "parent" }],
      ],
      ["POST", [`/api/v1/measures/${m.id}/facts`, fact], [`/api/v1/measures/${r}/facts`, fact]],
      [
        "POST",
        [`/api/v1/register/${entryId}/likelihood`, likelihood],
        [`/api/v1/register/${r}/likelihood`, likelihood],
      ],
      [
        "POST",
        ["/api/v1/measures", warningBody(personId, new Date())],
        ["/api/v1/measures", warningBody(r, new Date())],
      ],
    ];
    for (const [method, [url, body], [randomUrl, randomBody]] of cases) {
      const outside = await send(w.as.cop2, method, url, body);
      const unknown = await send(w.as.cop2, method, randomUrl, randomBody);
      expect(outside.statusCode, `${method} ${url}`).toBe(404);
      expect(shape(outside), `${method} ${url}`).toEqual(shape(unknown));
    }
  });

  it("users and bodies of another region: an administrator's edit answers as for an unknown id", async () => {
    const { region, otherRegion } = await territories(w.t.db);
    const adminBody = await makeBody(w.t.db, region, "police_unit", "Region administration");
    const farBody = await makeBody(w.t.db, otherRegion, "police_unit", "Far police");
    await makeUser(w.t.db, { username: "region.admin", roles: ["system_admin"], bodyId: adminBody });
    const far = await makeUser(w.t.db, {
      username: "far.cop",
      roles: ["police_inspector_local"],
      bodyId: farBody,
    });
    const admin = await login(w.t.app, "region.admin");
    const r = randomUUID();
    for (const [url, unknownUrl, body] of [
      [`/api/v1/users/${far}`, `/api/v1/users/${r}`, { version: 1, fullName: "X" }],
      [`/api/v1/bodies/${farBody}`, `/api/v1/bodies/${r}`, { version: 1, type: "police_unit" }],
    ] as const) {
      const outside = await send(admin, "PATCH", url, body);
      expect(outside.statusCode, url).toBe(404);
      expect(shape(outside), url).toEqual(shape(await send(admin, "PATCH", unknownUrl, body)));
    }
  });

  it("the hidden refusal is audited with the record it names", async () => {
    const before = (await refusalRows(m.id)).length;
    expect((await getJson(w, w.as.cop2, `/api/v1/measures/${m.id}`)).statusCode).toBe(404);
    const rows = (await refusalRows(m.id)).slice(before);
    expect(rows.map((r) => [r.action, r.actor_name, r.record_type])).toEqual([
      ["measure.read_refused", "cop2", "measure"],
    ]);
  });

  it("within the territory a refusal keeps its 403; a moved person's destination outside keeps it too", async () => {
    expect((await getJson(w, w.as.analyst, `/api/v1/persons/${personId}`)).statusCode).toBe(403);
    const move = await send(w.as.cop1, "PATCH", `/api/v1/persons/${neighbourId}`, {
      version: 1,
      actualAddress: { text: "elsewhere", territoryId: w.otherDistrict.id },
    });
    expect(move.statusCode).toBe(403);
    expect(move.json()).toMatchObject({ error: { code: "access.territory" } });
  });
});
