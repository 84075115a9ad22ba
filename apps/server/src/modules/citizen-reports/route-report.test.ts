import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { Measure, ReportRouting } from "@aldyn/contract";
import { makeBody } from "../../test/app.ts";
import { personInput } from "../persons/persons.fixture.ts";
import {
  call,
  childInDanger,
  codeOf,
  countsOf,
  fileReport,
  ok,
  triageWorld,
  type TriageWorld,
} from "./triage.fixture.ts";

let w: TriageWorld;
beforeAll(async () => {
  w = await triageWorld();
});
afterAll(async () => w.close());

async function triaged(): Promise<string> {
  const id = await fileReport(w, { territoryPath: w.region.path });
  await ok(call(w, w.as.operator, "POST", `/api/v1/reports/${id}/triage`, childInDanger(w)));
  return id;
}

const toPoliceAndGuardianship = () => ({
  receivers: [
    { bodyId: w.bodies.guardianship, ground: "report.inform_competent_body" },
    { bodyId: w.bodies.police, ground: "report.inform_competent_body" },
  ],
});

describe("routing by legal duty (R6; 001 Art. 39(3))", () => {
  it("proposes every body the law names for the category, each with the body covering the place", async () => {
    const id = await triaged();
    const routing = await ok<ReportRouting>(call(w, w.as.operator, "GET", `/api/v1/reports/${id}/routing`));
    expect(routing.article).toBe("001 Art. 39(3)");
    const byType = new Map(routing.items.map((p) => [p.bodyType, p]));
    expect([...byType.keys()].sort()).toEqual(["guardianship_body", "police_department"]);
    expect(byType.get("guardianship_body")).toMatchObject({
      ground: "report.inform_competent_body",
      clock: "immediately",
      body: { id: w.bodies.guardianship },
    });
    expect(byType.get("police_department")?.body?.id).toBe(w.bodies.police);
    // The district 2 police may be chosen instead, within the report's region.
    expect(byType.get("police_department")?.alternatives.map((b) => b.id)).toContain(w.bodies.policeD2);
  });

  it("refuses routing before triage (409 report.not_triaged) and writes nothing", async () => {
    const id = await fileReport(w, { territoryPath: w.region.path });
    const res = await call(
      w,
      w.as.operator,
      "POST",
      `/api/v1/reports/${id}/route`,
      toPoliceAndGuardianship(),
    );
    expect(res.statusCode).toBe(409);
    expect(codeOf(res)).toBe("report.not_triaged");
    expect(await countsOf(w, id)).toEqual({ handoffs: 0, facts: 1 });
  });

  it("sends one hand-off to each confirmed body, clocked from the report's receipt", async () => {
    const id = await triaged();
    const d = await ok(
      call(w, w.as.operator, "POST", `/api/v1/reports/${id}/route`, toPoliceAndGuardianship()),
    );
    expect(d.status).toBe("routed");
    expect(d.handoffs.map((h) => h.receiverBody.id).sort()).toEqual(
      [w.bodies.guardianship, w.bodies.police].sort(),
    );
    for (const h of d.handoffs) {
      expect(h).toMatchObject({
        state: "sent",
        ground: "report.inform_competent_body",
        clock: "immediately",
      });
      // "Immediately" read as one hour from receipt (the law package's reading of 39(3)).
      expect(new Date(h.dueAt).getTime()).toBe(new Date(d.receivedAt).getTime() + 3600_000);
    }
    expect(d.facts.map((f) => f.type)).toEqual(["filed", "triaged", "routed"]);
    // The receiving body's inbox holds it.
    const inbox = await sql<{ sender_body_id: string }>`SELECT sender_body_id FROM handoff
      WHERE record_id = ${id}::uuid`.execute(w.t.db);
    expect(inbox.rows.every((h) => h.sender_body_id === w.bodies.centre)).toBe(true);

    const twice = await call(
      w,
      w.as.operator,
      "POST",
      `/api/v1/reports/${id}/route`,
      toPoliceAndGuardianship(),
    );
    expect(codeOf(twice)).toBe("report.already_routed");
    expect((await countsOf(w, id)).handoffs).toBe(2);
  });

  it("refuses a body outside the routing (422 with the article) and sends nothing at all", async () => {
    const id = await triaged();
    const res = await call(w, w.as.operator, "POST", `/api/v1/reports/${id}/route`, {
      receivers: [
        { bodyId: w.bodies.guardianship, ground: "report.inform_competent_body" },
        { bodyId: w.bodies.prosecutor, ground: "report.inform_competent_body" },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { code: "report.receiver_not_in_routing", field: "receivers.1", article: "001 Art. 39(3)" },
    });
    expect(await countsOf(w, id)).toEqual({ handoffs: 0, facts: 2 });
    const d = await ok(call(w, w.as.operator, "GET", `/api/v1/reports/${id}`));
    expect(d.status).toBe("triaged");
  });

  it("re-routes a wrongly categorised report: the new body is told, the old hand-offs are withdrawn with the reason, none deleted", async () => {
    const id = await triaged();
    await ok(call(w, w.as.operator, "POST", `/api/v1/reports/${id}/route`, toPoliceAndGuardianship()));
    const notYet = await call(w, w.as.operator, "POST", `/api/v1/reports/${await triaged()}/reroute`, {
      category: "school_dropout",
      receivers: [{ bodyId: w.bodies.education, ground: "report.inform_competent_body" }],
      reason: "A pupil missing school, not a child in danger",
    });
    expect(codeOf(notYet)).toBe("report.not_routed");

    const d = await ok(
      call(w, w.as.operator, "POST", `/api/v1/reports/${id}/reroute`, {
        category: "school_dropout",
        flags: ["minor_involved"],
        receivers: [{ bodyId: w.bodies.education, ground: "report.inform_competent_body" }],
        reason: "A pupil missing school, not a child in danger",
      }),
    );
    expect(d.category).toBe("school_dropout");
    expect(d.handoffs).toHaveLength(3);
    const byBody = new Map(d.handoffs.map((h) => [h.receiverBody.id, h]));
    expect(byBody.get(w.bodies.education)?.state).toBe("sent");
    // The old hand-offs are withdrawn with the reason: declined, never deleted.
    expect(byBody.get(w.bodies.guardianship)?.state).toBe("declined");
    expect(byBody.get(w.bodies.police)?.state).toBe("declined");
    const old = [byBody.get(w.bodies.guardianship)!.id, byBody.get(w.bodies.police)!.id].sort();
    const fact = d.facts.at(-1)!;
    expect(fact).toMatchObject({
      type: "rerouted",
      data: { fromCategory: "child_in_danger", category: "school_dropout" },
    });
    expect([...(fact.data.withdrawn as string[])].sort()).toEqual(old);
    expect(fact.data.reason).toBe("A pupil missing school, not a child in danger");
    const reasons = await sql<{ decline_reason: string }>`SELECT decline_reason FROM handoff
      WHERE id = ANY (${old}::uuid[])`.execute(w.t.db);
    expect(reasons.rows.map((r) => r.decline_reason)).toEqual([
      "A pupil missing school, not a child in danger",
      "A pupil missing school, not a child in danger",
    ]);
    // The new body's clock still runs from the report's receipt.
    expect(byBody.get(w.bodies.education)?.dueAt).toBe(byBody.get(w.bodies.police)?.dueAt);
    // The routing under the new category proposes the education management body (001 Art. 21).
    const routing = await ok<ReportRouting>(call(w, w.as.operator, "GET", `/api/v1/reports/${id}/routing`));
    expect(routing.items.map((p) => p.bodyType)).toContain("education_department");
  });

  it("a district's police unit receives what the law sends to the internal affairs body (001 Art. 13)", async () => {
    const d1 = await sql<{ code: string }>`SELECT code FROM territory WHERE id = ${w.d1.id}::uuid`.execute(
      w.t.db,
    );
    const unit = await makeBody(w.t.db, d1.rows[0]!.code, "police_unit", "District 1 local police unit");
    const id = await triaged();
    const routing = await ok<ReportRouting>(call(w, w.as.operator, "GET", `/api/v1/reports/${id}/routing`));
    const police = routing.items.find((p) => p.bodyType === "police_department");
    expect([police?.body?.id, ...(police?.alternatives.map((b) => b.id) ?? [])]).toContain(unit);
    await ok(
      call(w, w.as.operator, "POST", `/api/v1/reports/${id}/route`, {
        receivers: [{ bodyId: unit, ground: "report.inform_competent_body" }],
      }),
    );
    const sent = await sql<{ receiver_body_id: string }>`SELECT receiver_body_id FROM handoff
      WHERE record_type = 'citizen_report' AND record_id = ${id}::uuid`.execute(w.t.db);
    expect(sent.rows.map((r) => r.receiver_body_id)).toEqual([unit]);
  });
});

describe("the answer to the reporter (R6; 001 Arts. 6(4), 49(2))", () => {
  it("is published once from the triage desk; a second answer is a 409", async () => {
    const id = await triaged();
    const d = await ok(
      call(w, w.as.operator, "POST", `/api/v1/reports/${id}/answer`, {
        text: "Сообщение передано в органы опеки.",
      }),
    );
    expect(d).toMatchObject({ status: "answered", answerOverdue: false });
    expect(d.answers).toEqual([
      { at: d.answeredAt, text: "Сообщение передано в органы опеки.", byBody: null },
    ]);
    const again = await call(w, w.as.operator, "POST", `/api/v1/reports/${id}/answer`, { text: "Ещё раз" });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      error: { code: "report.already_answered", article: "001 Art. 49(2)" },
    });
  });

  it("publishes a receiving body's words for the reporter when it answers its hand-off", async () => {
    const id = await triaged();
    const d = await ok(
      call(w, w.as.operator, "POST", `/api/v1/reports/${id}/route`, toPoliceAndGuardianship()),
    );
    const police = d.handoffs.find((h) => h.receiverBody.id === w.bodies.police)!;
    // The district police acknowledge, accept and answer with words for the reporter (the hand-offs' API).
    for (const act of ["receive", "accept"])
      await ok(call(w, w.as.cop, "POST", `/api/v1/handoffs/${police.id}/${act}`, {}));
    await ok(
      call(w, w.as.cop, "POST", `/api/v1/handoffs/${police.id}/answer`, {
        outcome: "A preventive conversation with the parents",
        answerForReporter: "Участковый провёл беседу с родителями.",
      }),
    );
    const after = await ok(call(w, w.as.operator, "GET", `/api/v1/reports/${id}`));
    expect(after.status).toBe("answered");
    expect(after.answers).toMatchObject([
      { text: "Участковый провёл беседу с родителями.", byBody: { id: w.bodies.police } },
    ]);
    expect(after.facts.at(-1)).toMatchObject({ type: "answer_published", data: { handoffId: police.id } });
  });
});

describe("the answer of a report that came through the bot", () => {
  it("is also queued for the reporter's chat", async () => {
    const id = await fileReport(w, { territoryPath: w.region.path, chatId: "4242", phone: null, name: null });
    await ok(call(w, w.as.operator, "POST", `/api/v1/reports/${id}/answer`, { text: "Спасибо, проверено." }));
    const out = await sql<{ kind: string; text: string }>`SELECT kind, text FROM messenger_outbox
      WHERE report_id = ${id}::uuid`.execute(w.t.db);
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0]).toMatchObject({ kind: "answer" });
    expect(out.rows[0]!.text).toContain("Спасибо, проверено.");
  });
});

describe("a report as the ground of a measure (001 Art. 49(1)(1))", () => {
  it("keeps the link both ways, and refuses another ground for a measure taken on a report", async () => {
    const id = await triaged();
    const person = await ok<{ id: string }>(
      call(w, w.as.cop, "POST", "/api/v1/persons", personInput(w.d1.id)),
      201,
    );
    const measure = {
      kind: "official_warning",
      personId: person.id,
      issuedAt: new Date(Date.now() - 60_000).toISOString(),
      justification: { basis: "antisocial_behaviour", text: "Leaves the child alone at night" },
      details: {},
      rightsExplained: true,
      groundReportId: id,
    };
    const wrong = await call(w, w.as.cop, "POST", "/api/v1/measures", {
      ...measure,
      legalGround: "direct_discovery",
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({
      error: { code: "measure.ground_report_mismatch", field: "legalGround", article: "001 Art. 49(1)(1)" },
    });
    const m = await ok<Measure>(call(w, w.as.cop, "POST", "/api/v1/measures", measure), 201);
    expect(m.input.legalGround).toBe("report_or_statement");
    const d0 = await ok(call(w, w.as.operator, "GET", `/api/v1/reports/${id}`));
    expect(d0.facts.at(-1)).toMatchObject({ type: "linked_measure", data: { measureId: m.id } });
    const read = await ok<Measure>(call(w, w.as.cop, "GET", `/api/v1/measures/${m.id}`));
    expect(read.groundReport).toEqual({ id, registrationNumber: d0.registrationNumber });
    const d = await ok(call(w, w.as.cop, "GET", `/api/v1/reports/${id}`));
    expect(d.measures).toEqual([
      { id: m.id, kind: "official_warning", issuedAt: m.issuedAt, status: m.status },
    ]);
    // The operator cannot read police measures: the report lists none to it.
    expect(d0.measures).toEqual([]);
  });
});
