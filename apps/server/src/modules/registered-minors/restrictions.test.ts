import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays } from "@aldyn/law";
import type { MinorRestrictions } from "@aldyn/contract";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import { today } from "../preventive-measures/measures.fixture.ts";
import {
  countOf,
  minorsWorld,
  ok,
  registeredAdult,
  registeredMinor,
  rulingBody,
  send,
  type MinorsWorld,
} from "./registered-minors.fixture.ts";

let w: MinorsWorld;
beforeAll(async () => {
  w = await minorsWorld();
});
afterAll(async () => w.close());

const url = (entryId: string) => `/register-entries/${entryId}/minor-restrictions`;

describe("restrictions a judge establishes for a registered minor (001 Art. 82(3))", () => {
  it("imposed, then changed (supplemented) and lifted: each ruling a row, the set in force the last one", async () => {
    const { entry } = await registeredMinor(w);
    const first = ok<MinorRestrictions>(await send(w, w.juv1, "POST", url(entry.id), rulingBody()), 201);
    expect(first).toMatchObject({
      applies: true,
      current: ["82.3.1_designated_places", "82.3.4_alcohol_or_drugs"],
      since: addCalendarDays(today(), -20),
      article: "001 Art. 82(3)",
    });
    const changed = ok<MinorRestrictions>(
      await send(
        w,
        w.juv1,
        "POST",
        url(entry.id),
        rulingBody({
          kind: "changed",
          restrictions: ["82.3.1_designated_places", "82.3.3_contact_with_negative_influence"],
          rulingOn: addCalendarDays(today(), -5),
          policeSubmissionOn: addCalendarDays(today(), -8),
        }),
      ),
      201,
    );
    expect(changed.current).toEqual(["82.3.1_designated_places", "82.3.3_contact_with_negative_influence"]);
    expect(changed.rulings.map((r) => r.kind)).toEqual(["imposed", "changed"]);
    const lifted = ok<MinorRestrictions>(
      await send(
        w,
        w.juv1,
        "POST",
        url(entry.id),
        rulingBody({ kind: "lifted", restrictions: [], rulingOn: today(), policeSubmissionOn: today() }),
      ),
      201,
    );
    expect(lifted).toMatchObject({ current: [], since: null });
    expect(lifted.rulings).toHaveLength(3);
    // The reading is audited by the fields it shows, never their values.
    const read = ok<MinorRestrictions>(await send(w, w.juv1, "GET", url(entry.id)));
    expect(read.rulings).toHaveLength(3);
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select(["action", "fields"])
      .where("record_id", "=", entry.id)
      .where("action", "like", "minor_restriction.%")
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual([
      "minor_restriction.changed",
      "minor_restriction.imposed",
      "minor_restriction.lifted",
      "minor_restriction.read",
    ]);
  });

  it.each([
    [
      "a non-judicial issuer",
      { imposedBy: "police_juvenile_inspector" },
      "register.minor_restriction_not_by_judge",
      "imposedBy",
    ],
    [
      "no police submission",
      { policeSubmissionOn: null },
      "register.minor_restriction_no_police_submission",
      "onSubmissionOfInternalAffairs",
    ],
    [
      "an id outside 82(3)",
      { restrictions: ["82.3.9_curfew"] },
      "register.minor_restriction_unknown",
      "restrictions",
    ],
    ["none chosen", { restrictions: [] }, "register.minor_restriction_empty", "restrictions"],
    [
      "a ruling before the placement",
      { rulingOn: addCalendarDays(today(), -90), policeSubmissionOn: addCalendarDays(today(), -95) },
      "register.minor_restriction_not_registered",
      "subjectOnRegister",
    ],
  ])("refuses %s with 422, the field and the article, and writes nothing", async (_, over, code, field) => {
    const { entry } = await registeredMinor(w);
    const before = await countOf(w, "minor_restriction");
    const res = await send(w, w.juv1, "POST", url(entry.id), rulingBody(over));
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({ code, field, article: "001 Art. 82(3)" });
    expect(await countOf(w, "minor_restriction")).toBe(before);
  });

  it("refuses an adult on the register (82(3) concerns minors)", async () => {
    const { entry } = await registeredAdult(w);
    const res = await send(w, w.juv1, "POST", url(entry.id), rulingBody());
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({
      code: "register.minor_restriction_adult",
      article: "001 Art. 82(3)",
    });
    const read = ok<MinorRestrictions>(await send(w, w.juv1, "GET", url(entry.id)));
    expect(read.applies).toBe(false);
  });

  it("keeps the order of rulings: one imposition, a change or lifting only of a set in force, never dated back", async () => {
    const { entry } = await registeredMinor(w);
    const lift = await send(
      w,
      w.juv1,
      "POST",
      url(entry.id),
      rulingBody({ kind: "lifted", restrictions: [] }),
    );
    expect(lift.statusCode).toBe(409);
    expect((lift.json() as ErrorJson).error.code).toBe("minor_restriction.none_in_force");
    ok(await send(w, w.juv1, "POST", url(entry.id), rulingBody()), 201);
    const again = await send(w, w.juv1, "POST", url(entry.id), rulingBody());
    expect((again.json() as ErrorJson).error).toMatchObject({
      code: "minor_restriction.already_imposed",
      field: "kind",
    });
    const back = await send(
      w,
      w.juv1,
      "POST",
      url(entry.id),
      rulingBody({
        kind: "changed",
        rulingOn: addCalendarDays(today(), -25),
        policeSubmissionOn: addCalendarDays(today(), -26),
      }),
    );
    expect(back.statusCode).toBe(422);
    expect((back.json() as ErrorJson).error).toMatchObject({
      code: "minor_restriction.ruling_out_of_order",
      field: "rulingOn",
    });
    const future = await send(
      w,
      w.juv1,
      "POST",
      url(entry.id),
      rulingBody({ kind: "changed", rulingOn: addCalendarDays(today(), 1) }),
    );
    expect((future.json() as ErrorJson).error).toMatchObject({
      code: "validation.failed",
      field: "rulingOn",
    });
  });

  it("a retried ruling (same Idempotency-Key) is recorded once", async () => {
    const { entry } = await registeredMinor(w);
    const headers = { "idempotency-key": "minor-restriction-retry-1" };
    const a = await send(w, w.juv1, "POST", url(entry.id), rulingBody(), headers);
    const b = await send(w, w.juv1, "POST", url(entry.id), rulingBody(), headers);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect((b.json() as MinorRestrictions).rulings).toHaveLength(1);
  });

  it("another district's juvenile inspector neither reads nor records them (R11.1)", async () => {
    const { entry } = await registeredMinor(w);
    expect((await send(w, w.as.cop2, "GET", url(entry.id))).statusCode).toBe(403);
    expect((await send(w, w.as.cop2, "POST", url(entry.id), rulingBody())).statusCode).toBe(403);
    expect((await send(w, w.as.analyst, "GET", url(entry.id))).statusCode).toBe(403);
  });
});
