import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import {
  act,
  call,
  codeOf,
  detail,
  handoffsWorld,
  page,
  tableCounts,
  warningCopied,
  type HandoffsWorld,
} from "./handoffs.fixture.ts";
import { HOUR } from "../preventive-measures/measures.fixture.ts";
import { withdrawHandoffs } from "./withdraw-handoffs.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";

let w: HandoffsWorld;
beforeAll(async () => {
  w = await handoffsWorld();
});
afterAll(async () => w.close());

describe("the copy of an official warning to the prosecutor is a hand-off (001 Art. 51(3))", () => {
  it("recording the copy sends it to the prosecutor's office covering the measure, due 24 hours after issuance", async () => {
    const { measure, handoffId } = await warningCopied(w, 2);
    const h = detail(await call(w, w.as.prosecutor, "GET", `/api/v1/handoffs/${handoffId}`));
    expect(h).toMatchObject({
      ground: "official_warning.prosecutor_copy",
      article: "001 Art. 51(3)",
      clock: "hours_24",
      state: "sent",
      overdue: false,
      receiverSide: true,
      senderBody: { id: w.bodies.police1 },
      receiverBody: { id: w.bodies.region },
      record: {
        type: "measure",
        id: measure.id,
        kind: "official_warning",
        label: expect.stringMatching(/^\d+\/\d{4}$/),
      },
    });
    expect(new Date(h.dueAt).getTime()).toBe(new Date(measure.issuedAt).getTime() + 24 * HOUR);
    expect(h.facts.map((f) => f.type)).toEqual(["sent"]);
    // The sender's duty is done by the same fact.
    expect(measure.duties.find((d) => d.code === "official_warning.prosecutor_copy")?.doneAt).toBeTruthy();
    // The gateway's notice names the article and the due date in words, and no person.
    const notice = await w.t.db
      .selectFrom("handoff_notice_outbox")
      .selectAll()
      .where("handoff_id", "=", handoffId)
      .executeTakeFirstOrThrow();
    expect(notice).toMatchObject({ receiver_body_id: w.bodies.region, channel: "email", status: "pending" });
    expect(notice.text).toContain("51-бабының 3-тармағы");
    expect(notice.text).toContain("п. 3 ст. 51");
    const person = await w.t.db
      .selectFrom("person")
      .select(["last_name_cyr", "first_name_cyr", "iin"])
      .where("id", "=", measure.personId!)
      .executeTakeFirstOrThrow();
    for (const v of Object.values(person)) if (v) expect(notice.text).not.toContain(v);
    expect(notice.text).not.toContain("001 Art.");
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select(["action", "actor_id"])
      .where("record_id", "=", handoffId)
      .where("action", "=", "handoff.send")
      .execute();
    expect(audit).toEqual([{ action: "handoff.send", actor_id: w.ids.cop1 }]);
  });

  it("the prosecutor's inbox and the police's outbox hold it, with counts by state", async () => {
    const { handoffId } = await warningCopied(w);
    const inbox = page(
      await call(w, w.as.prosecutor, "GET", "/api/v1/handoffs/inbox?ground=official_warning.prosecutor_copy"),
    );
    expect(inbox.items.map((i) => i.id)).toContain(handoffId);
    expect(inbox.counts.sent).toBeGreaterThanOrEqual(1);
    expect(inbox.total).toBe(
      inbox.counts.sent +
        inbox.counts.received +
        inbox.counts.accepted +
        inbox.counts.declined +
        inbox.counts.answered,
    );
    const outbox = page(await call(w, w.as.cop1, "GET", "/api/v1/handoffs/outbox"));
    expect(outbox.items.map((i) => i.id)).toContain(handoffId);
    // Another district's police sent nothing, a prosecutor of another region was sent nothing.
    expect(page(await call(w, w.as.cop2, "GET", "/api/v1/handoffs/outbox")).total).toBe(0);
    expect(page(await call(w, w.hoAs.otherProsecutor, "GET", "/api/v1/handoffs/inbox")).total).toBe(0);
  });
});

describe("a body cannot read or act on another's hand-off", () => {
  it("a body that is neither sender nor receiver gets the unknown id's 404; the sender may not act (403)", async () => {
    const { handoffId } = await warningCopied(w);
    for (const who of [w.hoAs.otherProsecutor, w.as.cop2, w.as.family]) {
      const r = await call(w, who, "GET", `/api/v1/handoffs/${handoffId}`);
      expect(r.statusCode).toBe(404);
      expect(codeOf(r)).toBe("not_found");
      expect((await act(w, who, handoffId, "receive")).statusCode).toBe(404);
    }
    const before = await tableCounts(w);
    const bySender = await act(w, w.as.cop1, handoffId, "receive");
    expect(bySender.statusCode).toBe(403);
    expect(codeOf(bySender)).toBe("handoff.not_receiver");
    expect(await tableCounts(w)).toEqual(before);
    // The sender reads it (not as the receiver).
    expect(detail(await call(w, w.as.cop1, "GET", `/api/v1/handoffs/${handoffId}`)).receiverSide).toBe(false);
  });

  it("a role that works no hand-offs has no inbox (403 access.role)", async () => {
    const r = await call(w, w.as.analyst, "GET", "/api/v1/handoffs/inbox");
    expect(r.statusCode).toBe(403);
    expect(codeOf(r)).toBe("access.role");
  });
});

describe("each state change, and each refusal with nothing written", () => {
  it("received → accepted → answered; then nothing more (handoff.already_closed)", async () => {
    const { handoffId } = await warningCopied(w);
    const received = detail(await act(w, w.as.prosecutor, handoffId, "receive"));
    expect(received).toMatchObject({ state: "received", overdue: false });
    expect(received.receivedAt).toBeTruthy();
    expect(received.facts.map((f) => f.type)).toEqual(["sent", "received"]);
    expect(received.facts[1]!.byName).toBe("User prosecutor");

    const before = await tableCounts(w);
    const twice = await act(w, w.as.prosecutor, handoffId, "receive");
    expect(twice.statusCode).toBe(422);
    expect(twice.json()).toMatchObject({
      error: { code: "handoff.already_received", article: "001 Art. 39(2)(2)" },
    });
    const early = await act(w, w.as.prosecutor, handoffId, "answer", { outcome: "Checked the warning" });
    expect(codeOf(early)).toBe("handoff.answer_requires_acceptance");
    expect(await tableCounts(w)).toEqual(before);

    const accepted = detail(
      await act(w, w.as.prosecutor, handoffId, "accept", { version: received.version }),
    );
    expect(accepted.state).toBe("accepted");
    const answered = detail(
      await act(w, w.as.prosecutor, handoffId, "answer", { outcome: "Checked: lawful" }),
    );
    expect(answered).toMatchObject({ state: "answered", outcome: "Checked: lawful" });
    expect(answered.facts.map((f) => f.type)).toEqual(["sent", "received", "accepted", "answered"]);
    const after = await act(w, w.as.prosecutor, handoffId, "decline", { reason: "too late" });
    expect(codeOf(after)).toBe("handoff.already_closed");
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select("action")
      .where("record_id", "=", handoffId)
      .where("action", "<>", "handoff.read")
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "handoff.send",
      "handoff.received",
      "handoff.accepted",
      "handoff.answered",
    ]);
  });

  it("accepting or declining before acknowledging, declining without a reason, a stale version: 4xx, nothing written", async () => {
    const { handoffId } = await warningCopied(w);
    const before = await tableCounts(w);
    expect(codeOf(await act(w, w.as.prosecutor, handoffId, "accept"))).toBe("handoff.not_received_yet");
    expect(codeOf(await act(w, w.as.prosecutor, handoffId, "decline", { reason: "not ours" }))).toBe(
      "handoff.not_received_yet",
    );
    const blank = await act(w, w.as.prosecutor, handoffId, "decline", { reason: "   " });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ error: { field: "body.reason" } });
    const none = await act(w, w.as.prosecutor, handoffId, "decline", {});
    expect(none.statusCode).toBe(400);
    const stale = await act(w, w.as.prosecutor, handoffId, "receive", { version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(codeOf(stale)).toBe("conflict.stale_version");
    const forReporter = await act(w, w.as.prosecutor, handoffId, "answer", {
      outcome: "x",
      answerForReporter: "y",
    });
    expect(forReporter.statusCode).toBe(422);
    expect(await tableCounts(w)).toEqual(before);
  });

  it("an Idempotency-Key retry returns the first answer and writes once", async () => {
    const { handoffId } = await warningCopied(w);
    const key = { "idempotency-key": `receive-${handoffId}` };
    const first = await call(w, w.as.prosecutor, "POST", `/api/v1/handoffs/${handoffId}/receive`, {}, key);
    const again = await call(w, w.as.prosecutor, "POST", `/api/v1/handoffs/${handoffId}/receive`, {}, key);
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    const facts = await w.t.db
      .selectFrom("handoff_fact")
      .select("type")
      .where("handoff_id", "=", handoffId)
      .execute();
    expect(facts.map((f) => f.type)).toEqual(["sent", "received"]);
  });
});

describe("a decline re-routes to another body of the ground's type, the clock running on", () => {
  it("refuses an unknown body, the declining body itself and a body of another type", async () => {
    const { handoffId } = await warningCopied(w);
    detail(await act(w, w.as.prosecutor, handoffId, "receive"));
    const before = await tableCounts(w);
    const unknown = await act(w, w.as.prosecutor, handoffId, "decline", {
      reason: "Not ours",
      rerouteToBodyId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      error: { code: "handoff.unknown_body", field: "rerouteToBodyId" },
    });
    const self = await act(w, w.as.prosecutor, handoffId, "decline", {
      reason: "x",
      rerouteToBodyId: w.bodies.region,
    });
    expect(codeOf(self)).toBe("handoff.reroute_same_body");
    const police = await act(w, w.as.prosecutor, handoffId, "decline", {
      reason: "x",
      rerouteToBodyId: w.bodies.police1,
    });
    expect(police.statusCode).toBe(422);
    expect(police.json()).toMatchObject({
      error: { code: "handoff.receiver_not_competent", article: "001 Art. 51(3)" },
    });
    expect(await tableCounts(w)).toEqual(before);
  });

  it("the declined one closes with its reason; the new one keeps the due instant and is the new body's to act on", async () => {
    const { handoffId } = await warningCopied(w);
    const choices = (
      await call(
        w,
        w.as.prosecutor,
        "GET",
        `/api/v1/handoffs/bodies?ground=official_warning.prosecutor_copy&handoffId=${handoffId}`,
      )
    ).json() as { items: { id: string }[] };
    expect(choices.items.map((b) => b.id)).toContain(w.bodies.city);
    expect(choices.items.map((b) => b.id)).not.toContain(w.bodies.region);
    const orig = detail(await act(w, w.as.prosecutor, handoffId, "receive"));
    const declined = detail(
      await act(w, w.as.prosecutor, handoffId, "decline", {
        reason: "The transport prosecutor supervises this",
        rerouteToBodyId: w.bodies.city,
      }),
    );
    expect(declined).toMatchObject({
      state: "declined",
      declineReason: "The transport prosecutor supervises this",
    });
    const newId = declined.reroutedToId!;
    expect(newId).toBeTruthy();
    const moved = detail(await call(w, w.hoAs.cityProsecutor, "GET", `/api/v1/handoffs/${newId}`));
    expect(moved).toMatchObject({
      state: "sent",
      reroutedFromId: handoffId,
      dueAt: orig.dueAt,
      receiverBody: { id: w.bodies.city },
      senderBody: { id: w.bodies.police1 },
      receiverSide: true,
    });
    // The original sender sees where it went; the declining body no longer reaches the new one.
    expect(page(await call(w, w.as.cop1, "GET", "/api/v1/handoffs/outbox")).items.map((i) => i.id)).toContain(
      newId,
    );
    expect((await call(w, w.as.prosecutor, "GET", `/api/v1/handoffs/${newId}`)).statusCode).toBe(404);
    expect(detail(await act(w, w.hoAs.cityProsecutor, newId, "receive")).state).toBe("received");
  });
});

describe("the receiving body's users only, whatever their role", () => {
  it("a commission's secretary receives the school's referral after a refusal of pedagogical support (001 Art. 78(4))", async () => {
    // Recorded through the law's rules on the table of hand-offs directly: the sender's measure is
    // the school's; here the hand-off alone is what is tested.
    const r = await sql<{ id: string }>`
      INSERT INTO handoff (ground, article, clock, sender_body_id, receiver_body_id, record_type, record_id,
        territory_path, event_at, sent_at, due_at, sent_by)
      SELECT 'pedagogical_support.refusal_referral', '001 Art. 78(4)', 'working_days_3', ${w.bodies.police1}::uuid,
        ${w.bodies.commission}::uuid, 'person', gen_random_uuid(), 'KZ', now() - interval '1 hour', now(), now() + interval '3 days', NULL
      RETURNING id`.execute(w.t.db);
    const id = r.rows[0]!.id;
    await sql`INSERT INTO handoff_fact (handoff_id, seq, type, at) VALUES (${id}::uuid, 0, 'sent', now())`.execute(
      w.t.db,
    );
    expect(detail(await act(w, w.hoAs.secretary, id, "receive")).state).toBe("received");
    expect(codeOf(await act(w, w.hoAs.police1Head, id, "accept"))).toBe("handoff.not_receiver");
  });
});

describe("the sender withdraws a wrongly addressed hand-off (001 Art. 39(3))", () => {
  function ctxOf(userId: string, bodyId: string): ActCtx {
    return {
      actor: {
        userId,
        roles: ["police_inspector_local"],
        bodyId,
        territoryPath: "KZ",
        territoryLevel: "country",
      },
      userId,
      audit: { actorId: userId, actorName: "t", role: null, bodyId, route: null, ip: null, requestId: null },
    };
  }

  it("closes it with the reason, never acknowledged; the receiver can do nothing more; another body may not", async () => {
    const { handoffId } = await warningCopied(w);
    const before = await tableCounts(w);
    const byOther = w.t.db
      .transaction()
      .execute((trx) =>
        withdrawHandoffs(trx, ctxOf(w.ids.prosecutor, w.bodies.region), [handoffId], "x", {}),
      );
    await expect(byOther).rejects.toMatchObject({ code: "handoff.not_sender", status: 403 });
    expect(await tableCounts(w)).toEqual(before);
    await w.t.db
      .transaction()
      .execute((trx) =>
        withdrawHandoffs(
          trx,
          ctxOf(w.ids.cop1, w.bodies.police1),
          [handoffId],
          "Sent to the wrong office",
          {},
        ),
      );
    const h = detail(await call(w, w.as.prosecutor, "GET", `/api/v1/handoffs/${handoffId}`));
    expect(h).toMatchObject({
      state: "declined",
      declineReason: "Sent to the wrong office",
      receivedAt: null,
    });
    expect(h.facts.map((f) => [f.type, f.byName])).toEqual([
      ["sent", "User cop1"],
      ["declined", "User cop1"],
    ]);
    expect(codeOf(await act(w, w.as.prosecutor, handoffId, "receive"))).toBe("handoff.already_closed");
  });
});
