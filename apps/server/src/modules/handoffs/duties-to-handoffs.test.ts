import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { HANDOFF_GROUNDS } from "@aldyn/law";
import type { Measure } from "@aldyn/contract";
import { protectiveOrder } from "../preventive-measures/confidentiality.fixture.ts";
import {
  addFact,
  HOUR,
  issue,
  newPerson,
  postJson,
  warningBody,
} from "../preventive-measures/measures.fixture.ts";
import { handoffsWorld, tableCounts, type HandoffsWorld } from "./handoffs.fixture.ts";
import { sendToCompetentBodies } from "./send-handoff.ts";
import { kazakhstanWorkCalendar } from "@aldyn/law";

let w: HandoffsWorld;
beforeAll(async () => {
  w = await handoffsWorld();
});
afterAll(async () => w.close());

async function handoffsOf(measureId: string) {
  return w.t.db
    .selectFrom("handoff")
    .selectAll()
    .where("record_type", "=", "measure")
    .where("record_id", "=", measureId)
    .orderBy("sent_at")
    .execute();
}

/** A copy recorded before hand-offs existed: the fact and the duty written as the loaders write them. */
async function copiedOnPaper(m: Measure, at: Date): Promise<void> {
  await sql`INSERT INTO measure_fact (measure_id, seq, type, at, data, recorded_by)
    VALUES (${m.id}::uuid, 1, 'prosecutor_notified', ${at}, '{}', ${w.ids.cop1}::uuid)`.execute(w.t.db);
  await sql`UPDATE measure_duty SET done_at = ${at} WHERE measure_id = ${m.id}::uuid
    AND code = 'official_warning.prosecutor_copy'`.execute(w.t.db);
}

describe("the duties of measures that are messages between bodies", () => {
  it("the migration's grounds are the law package's (article, clock, receiving body type)", async () => {
    const fn = await sql<{
      src: string;
    }>`SELECT prosrc AS src FROM pg_proc WHERE proname = 'handoff_backfill_measures'`.execute(w.t.db);
    const src = fn.rows[0]!.src;
    for (const [ground, type] of [
      ["official_warning.prosecutor_copy", "prosecutor_office"],
      ["pedagogical_support.refusal_referral", "minors_commission"],
      ["special_education.release_notice", "minors_commission"],
      ["special_regime.release_notice", "minors_commission"],
      ["special_regime.release_notice", "police_department"],
      ["returned_minor.commission_submission", "minors_commission"],
    ] as const) {
      const g = HANDOFF_GROUNDS[ground];
      expect(src).toContain(`'${ground}'`);
      expect(src).toContain(`'${g.article}'`);
      expect(g.receiverBodyTypes as readonly string[]).toContain(type);
      expect(src).toContain(`'${type}'`);
      if (g.clock) expect(src).toContain(`'${g.clock}'`);
    }
  });

  it("a copy recorded done before 0028 becomes a hand-off sent and received then, once (set-based, idempotent)", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const issuedAt = new Date(Date.now() - 30 * HOUR);
    const m = await issue(w, w.as.cop1, warningBody(personId, issuedAt));
    const copiedAt = new Date(issuedAt.getTime() + 3 * HOUR);
    await copiedOnPaper(m, copiedAt);
    expect(await handoffsOf(m.id)).toEqual([]);
    const first = await sql<{ n: number }>`SELECT handoff_backfill_measures() AS n`.execute(w.t.db);
    expect(first.rows[0]!.n).toBeGreaterThanOrEqual(1);
    const [h, ...more] = await handoffsOf(m.id);
    expect(more).toEqual([]);
    expect(h).toMatchObject({
      ground: "official_warning.prosecutor_copy",
      article: "001 Art. 51(3)",
      clock: "hours_24",
      state: "received",
      sender_body_id: w.bodies.police1,
      receiver_body_id: w.bodies.region,
      sent_by: w.ids.cop1,
      received_by: null,
    });
    expect(new Date(h!.sent_at).getTime()).toBe(copiedAt.getTime());
    expect(new Date(h!.event_at).getTime()).toBe(new Date(m.issuedAt).getTime());
    expect(new Date(h!.due_at).getTime()).toBe(new Date(m.issuedAt).getTime() + 24 * HOUR);
    const facts = await w.t.db
      .selectFrom("handoff_fact")
      .select(["seq", "type", "data", "recorded_by"])
      .where("handoff_id", "=", h!.id)
      .orderBy("seq")
      .execute();
    expect(facts).toEqual([
      { seq: 0, type: "sent", data: { migrated: true }, recorded_by: w.ids.cop1 },
      { seq: 1, type: "received", data: { migrated: true, outsideSystem: true }, recorded_by: null },
    ]);
    const again = await sql<{ n: number }>`SELECT handoff_backfill_measures() AS n`.execute(w.t.db);
    expect(again.rows[0]!.n).toBe(0);
    expect(await handoffsOf(m.id)).toHaveLength(1);
  });

  it("an open duty is left to its fact: no hand-off until the copy is recorded, then one, and a repeat sends none", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - HOUR)));
    await sql`SELECT handoff_backfill_measures()`.execute(w.t.db);
    expect(await handoffsOf(m.id)).toEqual([]);
    const copied = await addFact(w, w.as.cop1, m, {
      type: "prosecutor_notified",
      at: new Date().toISOString(),
    });
    expect(await handoffsOf(m.id)).toHaveLength(1);
    const res = await postJson(w, w.as.cop1, `/api/v1/measures/${m.id}/facts`, {
      version: copied.version,
      type: "prosecutor_notified",
      at: new Date().toISOString(),
    });
    if (res.statusCode === 201) expect(await handoffsOf(m.id)).toHaveLength(1);
  });

  it("a protective order tells the territory's family support centre within 24 hours of its issuance (001 Art. 72(3)(2))", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const res = await postJson(w, w.as.cop1, "/api/v1/measures", protectiveOrder(personId));
    expect(res.statusCode, res.body).toBe(201);
    const m = res.json() as Measure;
    const [h] = await handoffsOf(m.id);
    expect(h).toMatchObject({ ground: "protective_order.copy", article: "001 Art. 72(3)(2)", state: "sent" });
    expect(new Date(h!.due_at).getTime()).toBe(new Date(m.issuedAt).getTime() + 24 * HOUR);
    const centre = await w.t.db
      .selectFrom("body")
      .select("type")
      .where("id", "=", h!.receiver_body_id)
      .executeTakeFirstOrThrow();
    expect(centre.type).toBe("family_support_centre");
  });

  it("with no competent body for the territory, nothing is written and the refusal says which (422)", async () => {
    const before = await tableCounts(w);
    const other = await w.t.db
      .selectFrom("territory")
      .select("path")
      .where("level", "=", "region")
      .orderBy("code", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    const ctx = {
      actor: {
        userId: w.ids.cop1,
        roles: ["police_inspector_local" as const],
        bodyId: w.bodies.police1,
        territoryPath: "KZ",
        territoryLevel: "country" as const,
      },
      userId: w.ids.cop1,
      audit: {
        actorId: w.ids.cop1,
        actorName: "cop1",
        role: null,
        bodyId: null,
        route: null,
        ip: null,
        requestId: null,
      },
    };
    const send = w.t.db.transaction().execute((trx) =>
      sendToCompetentBodies(
        trx,
        ctx,
        [
          {
            ground: "pedagogical_support.refusal_referral",
            receiverBodyType: "minors_commission",
            record: { type: "measure", id: "00000000-0000-4000-8000-000000000001" },
            territoryPath: other.path,
            eventAt: new Date(),
          },
        ],
        { workCalendar: kazakhstanWorkCalendar() },
      ),
    );
    await expect(send).rejects.toMatchObject({
      code: "handoff.no_competent_body",
      status: 422,
      article: "001 Art. 78(4)",
    });
    expect(await tableCounts(w)).toEqual(before);
  });
});
