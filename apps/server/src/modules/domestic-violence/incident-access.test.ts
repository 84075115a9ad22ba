import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DvIncidentPage, DvIncidentSummary, ErrorBody, FamilyPage } from "@aldyn/contract";
import { protectiveOrder } from "../preventive-measures/confidentiality.fixture.ts";
import {
  getJson,
  HOUR,
  incidentBody,
  incidentsWorld,
  postJson,
  readOk,
  readVia,
  record,
  victimAndChild,
  type IncidentsWorld,
} from "./incidents.fixture.ts";

let w: IncidentsWorld;
beforeAll(async () => {
  w = await incidentsWorld();
}, 120_000);
afterAll(async () => {
  await w?.close();
});

describe("an incident's victims behind the victim barrier (R11.1; 001 Art. 83(2))", () => {
  it("is not opened by a school council member or a local inspector without a grant, nor are the victims' cards", async () => {
    const p = await victimAndChild(w);
    const created = await record(
      w,
      w.dv,
      incidentBody(p.adult, { childrenPresent: [{ personId: p.child }] }),
    );
    const school = await readVia(w, w.school, created.id);
    expect(school.statusCode).toBe(403);
    const cop = await readVia(w, w.as.cop1, created.id);
    expect(cop.statusCode).toBe(403);
    expect((cop.json() as ErrorBody).error.code).toMatch(/^access\./);
    // The victim's and the child's own cards: withheld from the school's council member.
    for (const id of [p.adult, p.child]) {
      const card = await getJson(w, w.school, `/api/v1/persons/${id}`);
      expect(card.statusCode).toBe(403);
      expect((card.json() as ErrorBody).error.code).toBe("access.confidential");
    }
    // The family's page too.
    expect((await getJson(w, w.as.cop1, `/api/v1/families/${created.familyId}`)).statusCode).toBe(403);
    // The centre's specialist and the DV inspector see them.
    expect((await readOk(w, w.as.family, created.id)).persons).toHaveLength(2);
    expect((await getJson(w, w.as.family, `/api/v1/persons/${p.adult}`)).statusCode).toBe(200);
  });

  it("lists a local inspector's territory's incidents withheld — no family, no names — and finds none by name", async () => {
    const p = await victimAndChild(w);
    const created = await record(w, w.dv, incidentBody(p.adult));
    const list = await getJson(w, w.as.cop1, "/api/v1/dv-incidents?pageSize=100");
    expect(list.statusCode).toBe(200);
    const row = (list.json() as DvIncidentPage).items.find((r) => r.id === created.id)!;
    expect(row.familyLabel).toBeNull();
    expect(row.victims).toEqual([]);
    expect(row.withheld).toEqual([expect.objectContaining({ field: "*", barrier: "victim" })]);
    const byName = await getJson(w, w.as.cop1, `/api/v1/dv-incidents?q=${encodeURIComponent("Сейт")}`);
    expect((byName.json() as DvIncidentPage).total).toBe(0);
    const families = await getJson(w, w.as.cop1, "/api/v1/families?pageSize=100");
    expect((families.json() as FamilyPage).items.every((f) => f.label === null)).toBe(true);
    // The DV inspector sees the row whole.
    const own = await getJson(w, w.dv, "/api/v1/dv-incidents?pageSize=100");
    const mine = (own.json() as DvIncidentPage).items.find((r) => r.id === created.id)!;
    expect(mine.familyLabel).not.toBeNull();
    expect(mine.victims).toHaveLength(1);
    expect(mine.withheld).toBeUndefined();
    // What each list showed is audited: the DV inspector's read of the family and the victim, none for
    // the local inspector's withheld rows (R11.2).
    const audited = await w.t.db
      .selectFrom("audit_log as a")
      .innerJoin("app_user as u", "u.id", "a.actor_id")
      .select(["u.username", "a.action", "a.record_id"])
      .where("a.record_id", "in", [created.familyId, p.adult])
      .where("a.action", "in", ["family.read", "person.read"])
      .execute();
    expect(audited.filter((a) => a.username === "cop1")).toEqual([]);
    expect(
      audited
        .filter((a) => a.username === "dv1")
        .map((a) => a.action)
        .sort(),
    ).toEqual(["family.read", "person.read"]);
    // A school's council member may not list family cases at all.
    expect((await getJson(w, w.school, "/api/v1/dv-incidents")).statusCode).toBe(403);
  });
});

describe("the inspector's worklist of notifications (001 Art. 72(3)(2))", () => {
  it("shows an incident whose notifications are past 24 hours as overdue, and one within them as pending", async () => {
    const p = await victimAndChild(w);
    const late = await record(
      w,
      w.dv,
      incidentBody(p.adult, {
        occurredAt: new Date(Date.now() - 30 * HOUR).toISOString(),
        reportedAt: new Date(Date.now() - 26 * HOUR).toISOString(),
      }),
    );
    const fresh = await record(w, w.dv, incidentBody(p.offender));
    const ids = async (filter: string) =>
      (
        (
          await getJson(w, w.dv, `/api/v1/dv-incidents?filter=${filter}&pageSize=200`)
        ).json() as DvIncidentPage
      ).items.map((r) => r.id);
    expect(await ids("notify_overdue")).toContain(late.id);
    expect(await ids("notify_overdue")).not.toContain(fresh.id);
    expect(await ids("notify_pending")).toContain(fresh.id);
    expect(await ids("notify_pending")).not.toContain(late.id);
    const summary = (await getJson(w, w.dv, "/api/v1/dv-incidents/summary")).json() as DvIncidentSummary;
    expect(summary.notifyOverdue).toBeGreaterThanOrEqual(1);
    expect(summary.notifyPending).toBeGreaterThanOrEqual(1);
    expect(summary.incidentsThisMonth).toBeGreaterThanOrEqual(1);
    // Once the centre acknowledges its notification, the incident leaves both lists.
    const hs = await w.t.db
      .selectFrom("handoff")
      .select("id")
      .where("record_type", "=", "dv_incident")
      .where("record_id", "=", late.id)
      .execute();
    for (const h of hs) {
      const res = await postJson(w, w.as.family, `/api/v1/handoffs/${h.id}/receive`, {});
      expect(res.statusCode, res.body).toBeLessThan(300);
    }
    expect(await ids("notify_overdue")).not.toContain(late.id);
    expect((await readOk(w, w.dv, late.id)).notifyState).toBe("received");
  });
});

describe("measures on an incident", () => {
  it("links a protective order issued with the incident and sends no second copy to the centre (72(3)(2))", async () => {
    const p = await victimAndChild(w);
    const created = await record(w, w.dv, incidentBody(p.adult, { offenderPersonId: p.offender }));
    const res = await postJson(w, w.dv, "/api/v1/measures", {
      ...protectiveOrder(p.offender),
      incidentId: created.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    const measureId = (res.json() as { id: string }).id;
    const copies = await w.t.db
      .selectFrom("handoff")
      .select("id")
      .where("record_type", "=", "measure")
      .where("record_id", "=", measureId)
      .execute();
    expect(copies).toEqual([]);
    const incident = await readOk(w, w.dv, created.id);
    expect(incident.measures.map((m) => m.id)).toEqual([measureId]);
    expect(incident.events.map((e) => e.type)).toEqual(["responded", "measure_linked"]);
    const family = (await getJson(w, w.dv, `/api/v1/families/${created.familyId}`)).json() as {
      measures: { id: string }[];
    };
    expect(family.measures.map((m) => m.id)).toEqual([measureId]);
    // Without the incident the order sends its own copy, as before.
    const alone = await postJson(w, w.dv, "/api/v1/measures", protectiveOrder(p.offender));
    expect(alone.statusCode, alone.body).toBe(201);
    const own = await w.t.db
      .selectFrom("handoff")
      .select("ground")
      .where("record_id", "=", (alone.json() as { id: string }).id)
      .execute();
    expect(own.map((h) => h.ground)).toEqual(["protective_order.copy"]);
  });

  it("refuses an order naming an unknown incident with a 400, writing no measure", async () => {
    const p = await victimAndChild(w);
    const count = async () =>
      Number(
        (
          await w.t.db
            .selectFrom("measure")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const res = await postJson(w, w.dv, "/api/v1/measures", {
      ...protectiveOrder(p.offender),
      incidentId: "00000000-0000-4000-8000-000000000000",
    });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.field).toBe("incidentId");
    expect(await count()).toBe(before);
  });

  it("records order ensured while the victim removed her belongings (72(3)(3)), not before the incident", async () => {
    const p = await victimAndChild(w);
    const created = await record(w, w.dv, incidentBody(p.adult));
    const ok = await postJson(w, w.dv, `/api/v1/dv-incidents/${created.id}/events`, {
      type: "belongings_removal_secured",
      at: new Date(Date.now() - HOUR).toISOString(),
      note: "Documents and winter clothes taken",
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const before = await postJson(w, w.dv, `/api/v1/dv-incidents/${created.id}/events`, {
      type: "note",
      at: new Date(Date.now() - 10 * HOUR).toISOString(),
      note: "Before",
    });
    expect(before.statusCode).toBe(400);
    expect((before.json() as ErrorBody).error.field).toBe("at");
    const unknown = await postJson(w, w.dv, `/api/v1/dv-incidents/${created.id}/events`, {
      type: "measure_linked",
      at: new Date().toISOString(),
    });
    expect(unknown.statusCode).toBe(400);
    expect((await readOk(w, w.dv, created.id)).events.map((e) => e.type)).toEqual([
      "responded",
      "belongings_removal_secured",
    ]);
    // A local inspector without the barrier may not add to it.
    const cop = await postJson(w, w.as.cop1, `/api/v1/dv-incidents/${created.id}/events`, {
      type: "note",
      at: new Date().toISOString(),
      note: "x",
    });
    expect(cop.statusCode).toBe(403);
  });
});
