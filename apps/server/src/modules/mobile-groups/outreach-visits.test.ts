import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { OutreachVisitCreated, OutreachVisitDetail, OutreachVisitPage } from "@aldyn/contract";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import {
  count,
  groupOfThree,
  groupsWorld,
  send,
  twoPersons,
  type GroupsWorld,
} from "./mobile-groups.fixture.ts";

let w: GroupsWorld;
let groupId: string;
beforeAll(async () => {
  w = await groupsWorld();
  groupId = (await groupOfThree(w)).id;
});
afterAll(async () => w?.close());

const visit = (persons: { personId: string; role: string }[], over: Record<string, unknown> = {}) => ({
  visitedOn: "2026-03-10",
  place: "Abai St. 12, flat 4",
  findings: "Bruises on the mother; the children are afraid of their father.",
  signsOfViolence: true,
  persons,
  ...over,
});

describe("outreach visits of a mobile group (001 Art. 11)", () => {
  it("a visit with signs of violence informs the police by a hand-off in the same transaction", async () => {
    const [victim, child] = await twoPersons(w);
    const res = await send(
      w,
      w.as.family,
      "POST",
      `/api/v1/mobile-groups/${groupId}/visits`,
      visit([
        { personId: victim, role: "victim" },
        { personId: child, role: "child" },
      ]),
    );
    expect(res.statusCode).toBe(201);
    const created = res.json() as OutreachVisitCreated;
    expect(created.handoffs).toHaveLength(1);
    expect(created.handoffs[0]).toMatchObject({
      ground: "mobile_group.inform",
      article: "001 Art. 11(2)",
      receiverBody: { id: w.bodies.police1 },
      state: "sent",
    });
    const h = await sql<{ record_type: string; sender_body_id: string }>`SELECT record_type, sender_body_id
      FROM handoff WHERE record_id = ${created.id}::uuid`.execute(w.t.db);
    expect(h.rows).toEqual([{ record_type: "outreach_visit", sender_body_id: w.bodies.centre }]);
    // The victim and the child of a family with violence: their cards are confidential (001 Art. 83(2)).
    const marks = await sql<{ person_id: string }>`SELECT person_id FROM person_confidential_case
      WHERE record_type = 'outreach_visit' AND record_id = ${created.id}::uuid ORDER BY person_id`.execute(
      w.t.db,
    );
    expect(marks.rows.map((m) => m.person_id).sort()).toEqual([victim, child].sort());
    const audit = await sql<{ fields: string[] }>`SELECT fields FROM audit_log
      WHERE action = 'outreach_visit.create' AND record_id = ${created.id}`.execute(w.t.db);
    expect(audit.rows).toEqual([{ fields: ["place", "findings", "persons"] }]);

    // The police's own participant records one: the police know it, no hand-off to itself.
    const own = await send(w, w.mg.dv, "POST", `/api/v1/mobile-groups/${groupId}/visits`, visit([]));
    expect(own.statusCode).toBe(201);
    expect((own.json() as OutreachVisitCreated).handoffs).toEqual([]);

    const read = await send(w, w.as.family, "GET", `/api/v1/outreach-visits/${created.id}`);
    expect(read.statusCode).toBe(200);
    const d = read.json() as OutreachVisitDetail;
    expect(d.place).toBe("Abai St. 12, flat 4");
    expect(d.persons.map((p) => p.role).sort()).toEqual(["child", "victim"]);
    expect(d.withheld).toEqual([]);
    // The police are told already; the centre's own official registers the family instead of referring.
    expect(d.mayInform).not.toContain("police_department");
    expect(d.mayRefer).toBe(false);
    // Victims' data: a school council member and a local inspector do not read the visit.
    for (const who of [w.mg.school, w.as.cop1])
      expect((await send(w, who, "GET", `/api/v1/outreach-visits/${created.id}`)).statusCode).toBe(403);
  });

  it("when no police body can be told, the visit is not written either", async () => {
    // The far centre's district has no internal affairs body registered.
    const g = await send(w, w.mg.farFamily, "POST", "/api/v1/mobile-groups", {
      name: "Far group",
      formedOn: "2026-01-10",
      members: [],
    });
    expect(g.statusCode).toBe(201);
    const before = await count(w, "outreach_visit");
    const handoffs = await count(w, "handoff");
    const res = await send(
      w,
      w.mg.farFamily,
      "POST",
      `/api/v1/mobile-groups/${g.json().id}/visits`,
      visit([]),
    );
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error.code).toBe("handoff.no_competent_body");
    expect(await count(w, "outreach_visit")).toBe(before);
    expect(await count(w, "handoff")).toBe(handoffs);
    // Without signs of violence nobody must be told: the visit is recorded.
    const quiet = await send(
      w,
      w.mg.farFamily,
      "POST",
      `/api/v1/mobile-groups/${g.json().id}/visits`,
      visit([], { signsOfViolence: false }),
    );
    expect(quiet.statusCode).toBe(201);
    expect((quiet.json() as OutreachVisitCreated).handoffs).toEqual([]);
  });

  it("only the group's participants record its visits, within the group's term", async () => {
    const url = `/api/v1/mobile-groups/${groupId}/visits`;
    const cop = await send(w, w.as.cop1, "POST", url, visit([]));
    expect(cop.statusCode).toBe(403);
    const far = await send(w, w.mg.farFamily, "POST", url, visit([]));
    expect(far.statusCode).toBe(403);
    const early = await send(w, w.mg.dv, "POST", url, visit([], { visitedOn: "2026-01-01" }));
    expect(early.statusCode).toBe(422);
    expect((early.json() as ErrorJson).error).toMatchObject({
      code: "outreach_visit.outside_group_term",
      field: "visitedOn",
    });
  });

  it("informs other bodies and refers the family to the centre by hand-offs", async () => {
    const res = await send(w, w.mg.dv, "POST", `/api/v1/mobile-groups/${groupId}/visits`, visit([]));
    const id = (res.json() as OutreachVisitCreated).id;
    const inform = (bodyType: string) =>
      send(w, w.mg.dv, "POST", `/api/v1/outreach-visits/${id}/inform`, { bodyType });
    // The police's own participant does not inform its own body (it knows).
    const self = await inform("police_department");
    expect(self.statusCode).toBe(409);
    expect((await send(w, w.mg.dv, "GET", `/api/v1/outreach-visits/${id}`)).json()).toMatchObject({
      mayRefer: true,
    });
    expect(
      ((await send(w, w.mg.dv, "GET", `/api/v1/outreach-visits/${id}`)).json() as OutreachVisitDetail)
        .mayInform,
    ).not.toContain("police_department");
    const prosecutor = await inform("prosecutor_office");
    expect(prosecutor.statusCode).toBe(200);
    expect((prosecutor.json() as OutreachVisitDetail).handoffs.map((h) => h.receiverBody.id)).toContain(
      w.bodies.prosecutor,
    );
    expect((await inform("prosecutor_office")).statusCode).toBe(409);
    const akimat = await inform("akimat");
    expect(akimat.statusCode).toBe(422);
    expect((akimat.json() as ErrorJson).error).toMatchObject({
      code: "handoff.receiver_not_competent",
      article: "001 Art. 11(2)",
    });

    // The police's member refers the family to the centre (001 Art. 72(2)); the centre itself does not.
    const byCentre = await send(w, w.as.family, "POST", `/api/v1/outreach-visits/${id}/refer`, {});
    expect(byCentre.statusCode).toBe(422);
    expect((byCentre.json() as ErrorJson).error.code).toBe("outreach_visit.refer_by_centre");
    const refer = await send(w, w.mg.dv, "POST", `/api/v1/outreach-visits/${id}/refer`, {});
    expect(refer.statusCode).toBe(200);
    const d = refer.json() as OutreachVisitDetail;
    expect(
      d.handoffs.find((h) => h.ground === "difficult_life_situation.inform_centre")?.receiverBody.id,
    ).toBe(w.bodies.centre);
    expect(d.mayRefer).toBe(false);
    expect((await send(w, w.mg.dv, "POST", `/api/v1/outreach-visits/${id}/refer`, {})).statusCode).toBe(409);
  });

  it("a family's visits are listed for the family page, without personal fields", async () => {
    const fam = await sql<{
      id: string;
    }>`INSERT INTO family (territory_id, label, created_by, created_body_id)
      VALUES (${w.d1.id}::uuid, 'Family', ${w.ids.family}::uuid, ${w.bodies.centre}::uuid) RETURNING id`.execute(
      w.t.db,
    );
    const familyId = fam.rows[0]!.id;
    const res = await send(
      w,
      w.mg.dv,
      "POST",
      `/api/v1/mobile-groups/${groupId}/visits`,
      visit([], { familyId, signsOfViolence: false }),
    );
    expect(res.statusCode).toBe(201);
    const list = await send(w, w.as.family, "GET", `/api/v1/outreach-visits?familyId=${familyId}`);
    expect(list.statusCode).toBe(200);
    const page = list.json() as OutreachVisitPage;
    expect(page.items.map((v) => v.id)).toEqual([(res.json() as OutreachVisitCreated).id]);
    expect(Object.keys(page.items[0]!)).not.toContain("place");
    expect(
      (await send(w, w.mg.school, "GET", `/api/v1/outreach-visits?familyId=${familyId}`)).statusCode,
    ).toBe(403);
  });
});
