import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { legalDateOf } from "@aldyn/law";
import type { DvIncidentCreate, ErrorBody } from "@aldyn/contract";
import {
  caseCounts,
  HOUR,
  incidentBody,
  incidentsWorld,
  readOk,
  record,
  recordVia,
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

async function handoffRows(incidentId: string) {
  return w.t.db
    .selectFrom("handoff as h")
    .innerJoin("body as b", "b.id", "h.receiver_body_id")
    .select(["b.type", "h.ground", "h.article", "h.event_at", "h.due_at", "h.state"])
    .where("h.record_type", "=", "dv_incident")
    .where("h.record_id", "=", incidentId)
    .orderBy("b.type")
    .execute();
}

describe("recording an incident of domestic violence (001 Art. 72)", () => {
  it("with a child present tells the centre, guardianship and the commission within 24 hours of the report, with the incident (72(3)(2))", async () => {
    const p = await victimAndChild(w);
    const body = incidentBody(p.adult, {
      offenderPersonId: p.offender,
      childrenPresent: [{ personId: p.child }],
    });
    const created = await record(w, w.dv, body);
    const rows = await handoffRows(created.id);
    expect(rows.map((r) => r.type)).toEqual([
      "family_support_centre",
      "guardianship_body",
      "minors_commission",
    ]);
    const due = new Date(body.reportedAt).getTime() + 24 * HOUR;
    for (const r of rows) {
      expect(r.ground).toBe("domestic_violence.incident_notice");
      expect(new Date(r.event_at).toISOString()).toBe(body.reportedAt);
      expect(new Date(r.due_at).getTime()).toBe(due);
      expect(r.state).toBe("sent");
    }
    expect(created.handoffs.map((h) => h.receiver.id).sort()).toEqual(
      [w.bodyIds.centre, w.bodyIds.guardianship, w.bodyIds.commission].sort(),
    );
    expect(created.unnotified).toEqual([]);
    // The family was made from the victim, the child is its member, and the victims' cards are marked.
    const incident = await readOk(w, w.dv, created.id);
    expect(incident.family.id).toBe(created.familyId);
    expect(incident.childrenPresent).toBe(true);
    expect(incident.repeatNumber).toBe(1);
    expect(incident.notifyState).toBe("pending");
    expect(incident.events.map((e) => e.type)).toEqual(["responded"]);
    expect(incident.persons.map((x) => x.role).sort()).toEqual(["child_present", "offender", "victim"]);
    const marks = await w.t.db
      .selectFrom("person_confidential_case")
      .select("person_id")
      .where("record_id", "=", created.id)
      .execute();
    expect(marks.map((m) => m.person_id).sort()).toEqual([p.adult, p.child].sort());
    // Its persons are the family's members from the day it occurred.
    const members = await w.t.db
      .selectFrom("family_member")
      .select(["person_id", "relation", "since"])
      .where("family_id", "=", created.familyId)
      .execute();
    expect(members.map((m) => m.relation).sort()).toEqual(["child", "offender", "victim"]);
    expect(new Set(members.map((m) => m.since))).toEqual(new Set([legalDateOf(new Date(body.occurredAt))]));
  });

  it("with an injury tells the healthcare body too, and the injury is health data (72(3)(2); 83(2))", async () => {
    const p = await victimAndChild(w);
    const created = await record(
      w,
      w.dv,
      incidentBody(p.adult, { injuryRecorded: true, injury: "Bruises on the forearms" }),
    );
    expect((await handoffRows(created.id)).map((r) => r.type)).toEqual([
      "family_support_centre",
      "healthcare_department",
    ]);
    // The author sees what they wrote; another DV inspector gets it withheld with the marker.
    expect((await readOk(w, w.dv, created.id)).injury).toBe("Bruises on the forearms");
    const other = await readOk(w, w.dv2, created.id);
    expect(other.injury).toBeNull();
    expect(other.withheld).toEqual([expect.objectContaining({ field: "injury", barrier: "health" })]);
  });

  const refused: [string, (v: string) => Partial<DvIncidentCreate>, string, string, string][] = [
    ["no form", () => ({ forms: [] }), "domestic_violence.forms_required", "forms", "001 Art. 72(1)"],
    ["no victim", () => ({ victims: [] }), "domestic_violence.victim_required", "victims", "001 Art. 1(27)"],
    [
      "no immediate response",
      () => ({ immediateResponse: "  " }),
      "domestic_violence.response_required",
      "immediateResponse",
      "001 Art. 72(3)(1)",
    ],
    [
      "a report before the incident",
      () => ({
        occurredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
        reportedAt: new Date(Date.now() - 3 * HOUR).toISOString(),
      }),
      "domestic_violence.reported_before_occurred",
      "reportedAt",
      "001 Art. 72(3)(1)",
    ],
  ];
  it.each(refused)(
    "refuses %s with its code, field and article, writing nothing",
    async (_, over, code, field, article) => {
      const p = await victimAndChild(w);
      const before = await caseCounts(w);
      const res = await recordVia(w, w.dv, incidentBody(p.adult, over(p.adult)));
      expect(res.statusCode).toBe(422);
      const e = (res.json() as ErrorBody).error;
      expect(e).toMatchObject({ code, field, article });
      expect(await caseCounts(w)).toEqual(before);
    },
  );

  it("refuses an unknown victim with a 400 on the field, writing nothing", async () => {
    const before = await caseCounts(w);
    const res = await recordVia(w, w.dv, incidentBody("00000000-0000-4000-8000-000000000000"));
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorBody).error.field).toBe("victims.0.personId");
    expect(await caseCounts(w)).toEqual(before);
  });

  it("counts a repeat incident in the same family, an earlier one recorded late taking its place", async () => {
    const p = await victimAndChild(w);
    const first = await record(w, w.dv, incidentBody(p.adult, { offenderPersonId: p.offender }));
    const second = await record(
      w,
      w.dv,
      incidentBody(p.adult, {
        familyId: first.familyId,
        occurredAt: new Date(Date.now() - 1.5 * HOUR).toISOString(),
        reportedAt: new Date(Date.now() - HOUR).toISOString(),
      }),
    );
    expect(second.familyId).toBe(first.familyId);
    expect(second.repeatNumber).toBe(2);
    const late = await record(
      w,
      w.dv,
      incidentBody(p.adult, {
        familyId: first.familyId,
        occurredAt: new Date(Date.now() - 30 * 24 * HOUR).toISOString(),
        reportedAt: new Date(Date.now() - 30 * 24 * HOUR + HOUR).toISOString(),
      }),
    );
    expect(late.repeatNumber).toBe(1);
    expect((await readOk(w, w.dv, second.id)).repeatNumber).toBe(3);
    const family = await w.t.app.inject({
      method: "GET",
      url: `/api/v1/families/${first.familyId}`,
      headers: w.dv.headers,
    });
    expect(family.statusCode).toBe(200);
    const f = family.json() as { repeatIncidents: number; incidents: { repeatNumber: number }[] };
    expect(f.repeatIncidents).toBe(2);
    expect(f.incidents.map((i) => i.repeatNumber)).toEqual([1, 2, 3]);
  });

  it("joins the victim's own family when none is named, so the repeat is counted", async () => {
    const p = await victimAndChild(w);
    const first = await record(w, w.dv, incidentBody(p.adult));
    const again = await record(
      w,
      w.dv,
      incidentBody(p.adult, {
        occurredAt: new Date(Date.now() - 1.5 * HOUR).toISOString(),
        reportedAt: new Date(Date.now() - HOUR).toISOString(),
      }),
    );
    expect(again.familyId).toBe(first.familyId);
    expect(again.repeatNumber).toBe(2);
  });

  it("writes once for a retry with the same Idempotency-Key", async () => {
    const p = await victimAndChild(w);
    const body = incidentBody(p.adult);
    const headers = { "idempotency-key": `dv-incident-${p.adult}` };
    const a = await recordVia(w, w.dv, body, headers);
    const before = await caseCounts(w);
    const b = await recordVia(w, w.dv, body, headers);
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json()).toEqual(a.json());
    expect(await caseCounts(w)).toEqual(before);
  });
});
