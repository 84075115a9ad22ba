import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays } from "@aldyn/law";
import type { JuvenileSummary, JuvenileWorklistPage } from "@aldyn/contract";
import { today } from "../preventive-measures/measures.fixture.ts";
import {
  minorsWorld,
  ok,
  registeredAdult,
  registeredMinor,
  rulingBody,
  send,
  type MinorsWorld,
} from "./registered-minors.fixture.ts";

let w: MinorsWorld;
const ids: Record<
  "plain" | "second" | "restricted" | "due" | "turning" | "named" | "other" | "adult",
  string
> = {
  plain: "",
  second: "",
  restricted: "",
  due: "",
  turning: "",
  named: "",
  other: "",
  adult: "",
};

beforeAll(async () => {
  w = await minorsWorld();
  const plain = await registeredMinor(w);
  ids.plain = plain.entry.id;
  // A second active entry of the same minor on another minors' ground: two rows, one minor.
  ids.second = ok<{ id: string }>(
    await send(w, w.as.cop1, "POST", "/register", {
      personId: plain.personId,
      ground: "59.2.14_minor_below_age_of_responsibility",
      placedOn: addCalendarDays(today(), -50),
      rightsExplained: true,
    }),
    201,
  ).id;
  ids.restricted = (await registeredMinor(w)).entry.id;
  ok(
    await send(w, w.juv1, "POST", `/register-entries/${ids.restricted}/minor-restrictions`, rulingBody()),
    201,
  );
  ids.due = (await registeredMinor(w)).entry.id;
  ok(
    await send(w, w.juv1, "POST", `/register-entries/${ids.due}/activities`, {
      activity: "82.2.2_psychological_support",
      provider: "Psychologist of the family support centre",
      fromOn: addCalendarDays(today(), -45),
      duties: "Sessions twice a month",
    }),
    201,
  );
  // 18 in ten days: the entry on a minors' ground ends then (001 Art. 59(8)(4)).
  ids.turning = (await registeredMinor(w, { years: 18, days: -10 })).entry.id;
  ids.named = (await registeredMinor(w, { lastName: "Жақыпбеков" })).entry.id;
  ids.other = (await registeredMinor(w, { district: "d2" })).entry.id;
  ids.adult = (await registeredAdult(w)).entry.id;
});
afterAll(async () => w.close());

const list = async (query = "") =>
  ok<JuvenileWorklistPage>(await send(w, w.juv1, "GET", `/juvenile/worklist${query}`));

describe("the juvenile inspector's worklist of the district's registered minors (001 Arts. 59, 82)", () => {
  it("lists the district's minors with an active entry — not an adult, not another district's minor", async () => {
    const page = await list();
    const shown = page.items.map((i) => i.entryId);
    expect(shown.sort()).toEqual(
      [ids.plain, ids.second, ids.restricted, ids.due, ids.turning, ids.named].sort(),
    );
    expect(shown).not.toContain(ids.other);
    expect(shown).not.toContain(ids.adult);
    expect(page.counts).toEqual({ all: 6, check_due: 1, restricted: 1, turning_18: 1 });
    const r = page.items.find((i) => i.entryId === ids.restricted)!;
    expect(r.restrictions).toEqual(["82.3.1_designated_places", "82.3.4_alcohol_or_drugs"]);
    expect(r.personName).toMatch(/Сейтқали/);
    expect(page.items.find((i) => i.entryId === ids.due)!.activities).toEqual([
      expect.objectContaining({ activity: "82.2.2_psychological_support", state: "check_due" }),
    ]);
    const t = page.items.find((i) => i.entryId === ids.turning)!;
    expect(t.age).toBe(17);
    expect(t.turns18On > today() && t.turns18On <= addCalendarDays(today(), 30)).toBe(true);
  });

  it("filters: restricted, check due, turning 18; and finds by name", async () => {
    expect((await list("?filter=restricted")).items.map((i) => i.entryId)).toEqual([ids.restricted]);
    expect((await list("?filter=check_due")).items.map((i) => i.entryId)).toEqual([ids.due]);
    expect((await list("?filter=turning_18")).items.map((i) => i.entryId)).toEqual([ids.turning]);
    const found = await list(`?q=${encodeURIComponent("Жақыпбеков")}`);
    expect(found.items.map((i) => i.entryId)).toEqual([ids.named]);
    expect(found.total).toBe(1);
  });

  it("pages: two a page, the third page holds the fifth and sixth", async () => {
    const p1 = await list("?pageSize=2&page=1");
    const p3 = await list("?pageSize=2&page=3");
    expect(p1).toMatchObject({ total: 6, page: 1, pageSize: 2 });
    expect(p1.items).toHaveLength(2);
    expect(p3.items).toHaveLength(2);
    const all = new Set(
      [...p1.items, ...(await list("?pageSize=2&page=2")).items, ...p3.items].map((i) => i.entryId),
    );
    expect(all.size).toBe(6);
  });

  it("the home block counts minors, the one with two entries once; the other district's inspector sees only its own minor", async () => {
    expect(ok<JuvenileSummary>(await send(w, w.juv1, "GET", "/juvenile/summary"))).toEqual({
      minors: 5,
      checkDue: 1,
      restricted: 1,
      turning18: 1,
    });
    const d2 = ok<JuvenileWorklistPage>(await send(w, w.as.cop2, "GET", "/juvenile/worklist"));
    expect(d2.items.map((i) => i.entryId)).toEqual([ids.other]);
  });

  it("a page read writes its audit rows: the list and each person shown", async () => {
    await list("?filter=restricted");
    const rows = await w.t.db
      .selectFrom("audit_log")
      .select(["record_type", "fields"])
      .where("action", "=", "worklist.juvenile")
      .execute();
    expect(rows.some((r) => r.record_type === "person")).toBe(true);
  });

  it("is refused to a role without the register's personal data", async () => {
    expect((await send(w, w.as.family, "GET", "/juvenile/worklist")).statusCode).toBe(403);
  });
});
