import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  MinorsCaseCreated,
  MinorsCaseDetail,
  MinorsCaseInbox,
  MinorsCasePage,
  MinorsCommissionSummary,
} from "@aldyn/contract";
import {
  call,
  codeOf,
  commissionsWorld,
  counts,
  errorOf,
  newMinor,
  refusalReferral,
  type CommissionsWorld,
} from "./minors-commissions.fixture.ts";
import { bornYearsAgo, newPerson } from "../preventive-measures/measures.fixture.ts";

let w: CommissionsWorld;
beforeAll(async () => {
  w = await commissionsWorld();
}, 120_000);
afterAll(async () => {
  await w.close();
});

async function detail(id: string): Promise<MinorsCaseDetail> {
  const res = await call(w, w.mc.sec1, "GET", `/minors-cases/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as MinorsCaseDetail;
}

describe("a case opened from a hand-off addressed to the commission (001 Arts. 78(4), 79(6)(9))", () => {
  it("the school's refusal referral becomes a case with source school_refusal, the hand-off accepted in the same transaction; the minor's second hand-off joins it", async () => {
    const minor = await newMinor(w);
    const { handoffId } = await refusalReferral(w, minor);
    const inbox = (await call(w, w.mc.sec1, "GET", "/minors-cases/inbox")).json() as MinorsCaseInbox;
    const item = inbox.items.find((i) => i.handoff.id === handoffId);
    expect(item).toMatchObject({ source: "school_refusal", minor: { id: minor }, openCaseId: null });

    const res = await call(w, w.mc.sec1, "POST", "/minors-cases", { fromHandoffId: handoffId });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json() as MinorsCaseCreated;
    expect(created.joined).toBe(false);
    expect(created.number).toMatch(/^\d{4}-\d{3}$/);
    const d = await detail(created.id);
    expect(d).toMatchObject({
      source: "school_refusal",
      state: "gathering",
      minor: { id: minor },
      subject: "minor",
    });
    expect(d.persons).toEqual([expect.objectContaining({ id: minor, role: "minor" })]);
    expect(d.materialsList).toHaveLength(1);
    expect(d.materialsList[0]).toMatchObject({
      kind: "handoff",
      handoff: { id: handoffId, ground: "pedagogical_support.refusal_referral", state: "accepted" },
    });
    expect(d.events.map((e) => e.type)).toEqual(["opened"]);
    const h = await w.t.db
      .selectFrom("handoff")
      .select(["state", "received_by"])
      .where("id", "=", handoffId)
      .executeTakeFirstOrThrow();
    expect(h).toEqual({ state: "accepted", received_by: w.users.sec1 });
    const facts = await w.t.db
      .selectFrom("handoff_fact")
      .select("type")
      .where("handoff_id", "=", handoffId)
      .orderBy("seq")
      .execute();
    expect(facts.map((f) => f.type)).toEqual(["sent", "received", "accepted"]);
    // Out of the inbox once it is a material; the same hand-off does not open a second case.
    const after = (await call(w, w.mc.sec1, "GET", "/minors-cases/inbox")).json() as MinorsCaseInbox;
    expect(after.items.map((i) => i.handoff.id)).not.toContain(handoffId);
    const again = await call(w, w.mc.sec1, "POST", "/minors-cases", { fromHandoffId: handoffId });
    expect(again.statusCode).toBe(409);
    expect(codeOf(again)).toBe("minors_case.handoff_used");

    // The same minor's second referral joins the open case as a material.
    const second = await refusalReferral(w, minor);
    const inbox2 = (await call(w, w.mc.sec1, "GET", "/minors-cases/inbox")).json() as MinorsCaseInbox;
    expect(inbox2.items.find((i) => i.handoff.id === second.handoffId)?.openCaseId).toBe(created.id);
    const joined = await call(w, w.mc.sec1, "POST", "/minors-cases", { fromHandoffId: second.handoffId });
    expect(joined.statusCode, joined.body).toBe(201);
    expect(joined.json()).toMatchObject({ id: created.id, joined: true, number: created.number });
    const d2 = await detail(created.id);
    expect(d2.materialsList.map((m) => m.handoff?.id)).toEqual([handoffId, second.handoffId]);
    expect(d2.events.map((e) => e.type)).toEqual(["opened", "material_added"]);
  });

  it("a hand-off addressed to another commission is answered as unknown (404), its sending school is refused (403); nothing written", async () => {
    const minor = await newMinor(w);
    const { handoffId } = await refusalReferral(w, minor);
    const before = await counts(w);
    // Another district's commission: the hand-off was not sent to it, so it does not exist for it.
    const other = await call(w, w.mc.sec2, "POST", "/minors-cases", { fromHandoffId: handoffId });
    expect(other.statusCode).toBe(404);
    const byRegion = await call(w, w.mc.regSec, "POST", "/minors-cases", { fromHandoffId: handoffId });
    expect(byRegion.statusCode).toBe(404);
    // The sending school keeps no cases of the commission (79(4)).
    const bySchool = await call(w, w.mc.school1, "POST", "/minors-cases", { fromHandoffId: handoffId });
    expect(bySchool.statusCode).toBe(403);
    expect(codeOf(bySchool)).toBe("minors_commission.not_commission");
    expect(await counts(w)).toEqual(before);
  });

  it("a case without a minor is refused with the field (422) and writes nothing", async () => {
    const before = await counts(w);
    const res = await call(w, w.mc.sec1, "POST", "/minors-cases", {
      subject: "parents",
      summary: "The parents leave the child without supervision",
      source: "police_materials",
    });
    expect(res.statusCode).toBe(422);
    expect(await counts(w)).toEqual(before);
    expect(errorOf(res)).toMatchObject({
      code: "minors_case.minor_required",
      field: "minorPersonId",
      article: "001 Art. 79(6)(9)",
    });
    // An adult is no minor (79(6)(9)).
    const grown = await newPerson(w, w.as.cop1, { born: bornYearsAgo(30) });
    const before2 = await counts(w);
    const adult = await call(w, w.mc.sec1, "POST", "/minors-cases", {
      minorPersonId: grown,
      summary: "x",
      source: "own",
    });
    expect(adult.statusCode).toBe(422);
    expect(codeOf(adult)).toBe("minors_case.not_a_minor");
    expect(await counts(w)).toEqual(before2);
  });
});

describe("the persons of a case, invited with the minor (001 Art. 79(6)(9))", () => {
  it("the minor's parent linked on record is on the case opened from the referral; the secretary adds another representative once", async () => {
    const minor = await newMinor(w);
    const mother = await newPerson(w, w.as.cop1, { born: bornYearsAgo(38) });
    const aunt = await newPerson(w, w.as.cop1, { born: bornYearsAgo(45) });
    await w.t.db
      .insertInto("person_link")
      .values({ minor_id: minor, representative_id: mother, kind: "parent", since: "2013-01-01" })
      .execute();
    const { handoffId } = await refusalReferral(w, minor);
    const res = await call(w, w.mc.sec1, "POST", "/minors-cases", { fromHandoffId: handoffId });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json() as MinorsCaseCreated;
    expect((await detail(id)).persons.map((p) => [p.id, p.role]).sort()).toEqual(
      [
        [minor, "minor"],
        [mother, "parent"],
      ].sort(),
    );
    const added = await call(w, w.mc.sec1, "POST", `/minors-cases/${id}/persons`, {
      personId: aunt,
      role: "legal_representative",
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((added.json() as MinorsCaseDetail).persons.map((p) => p.id)).toContain(aunt);
    const twice = await call(w, w.mc.sec1, "POST", `/minors-cases/${id}/persons`, {
      personId: aunt,
      role: "other",
    });
    expect(codeOf(twice)).toBe("conflict.duplicate");
    expect(
      (await call(w, w.mc.mem1, "POST", `/minors-cases/${id}/persons`, { personId: aunt, role: "other" }))
        .statusCode,
    ).toBe(403);
  });
});

describe("a case opened directly and worked by the secretary (001 Art. 79(4),(6)(9))", () => {
  it("opens, takes materials, is marked ready once, is refused a second open case, and closes", async () => {
    const minor = await newMinor(w);
    const res = await call(w, w.mc.sec1, "POST", "/minors-cases", {
      minorPersonId: minor,
      subject: "minor",
      summary: "Police materials on a theft by the minor",
      source: "police_materials",
      urgent: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json() as MinorsCaseCreated;
    const dup = await call(w, w.mc.sec1, "POST", "/minors-cases", {
      minorPersonId: minor,
      summary: "again",
      source: "own",
    });
    expect(dup.statusCode).toBe(409);
    expect(codeOf(dup)).toBe("minors_case.open_exists");

    const mat = await call(w, w.mc.sec1, "POST", `/minors-cases/${id}/materials`, {
      kind: "note",
      title: "Characteristic from the school",
      receivedOn: "2026-01-10",
    });
    expect(mat.statusCode, mat.body).toBe(201);
    const badRef = await call(w, w.mc.sec1, "POST", `/minors-cases/${id}/materials`, {
      kind: "measure",
      title: "A measure",
      receivedOn: "2026-01-10",
    });
    expect(badRef.statusCode).toBe(400);
    expect(errorOf(badRef).field).toBe("measureId");

    // A member reads the case but does not write it.
    expect((await call(w, w.mc.mem1, "GET", `/minors-cases/${id}`)).statusCode).toBe(200);
    const byMember = await call(w, w.mc.mem1, "POST", `/minors-cases/${id}/ready`, {});
    expect(byMember.statusCode).toBe(403);
    // Another district's secretary neither reads nor writes it; the region's commission reads it (79(6)(4)).
    expect((await call(w, w.mc.sec2, "GET", `/minors-cases/${id}`)).statusCode).toBe(403);
    expect((await call(w, w.mc.regMem, "GET", `/minors-cases/${id}`)).statusCode).toBe(200);
    expect((await call(w, w.mc.regSec, "POST", `/minors-cases/${id}/ready`, {})).statusCode).toBe(403);

    const ready = await call(w, w.mc.sec1, "POST", `/minors-cases/${id}/ready`, {});
    expect(ready.statusCode, ready.body).toBe(200);
    expect((ready.json() as MinorsCaseDetail).state).toBe("ready");
    const twice = await call(w, w.mc.sec1, "POST", `/minors-cases/${id}/ready`, {});
    expect(codeOf(twice)).toBe("minors_case.not_gathering");

    const list = (await call(w, w.mc.sec1, "GET", "/minors-cases?state=ready")).json() as MinorsCasePage;
    expect(list.items.map((i) => i.id)).toContain(id);
    const summary = (
      await call(w, w.mc.sec1, "GET", "/minors-commissions/summary")
    ).json() as MinorsCommissionSummary;
    expect(summary.ready).toBeGreaterThanOrEqual(1);
    expect(summary.commission?.bodyId).toBe(w.bodies.c1);

    const closedRes = await call(w, w.mc.sec1, "POST", `/minors-cases/${id}/close`, {
      reason: "Materials withdrawn by the police",
    });
    expect(closedRes.statusCode, closedRes.body).toBe(200);
    expect((closedRes.json() as MinorsCaseDetail).state).toBe("closed");
    const late = await call(w, w.mc.sec1, "POST", `/minors-cases/${id}/materials`, {
      kind: "note",
      title: "late",
      receivedOn: "2026-01-10",
    });
    expect(codeOf(late)).toBe("minors_case.closed");
    const events = (await detail(id)).events.map((e) => e.type);
    expect(events).toEqual(["opened", "material_added", "ready", "closed"]);
  });
});
