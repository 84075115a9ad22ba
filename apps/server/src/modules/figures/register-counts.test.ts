import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { sql } from "kysely";
import { addCalendarDays, legalDateOf, type LegalDate } from "@aldyn/law";
import type { RegisterSummary } from "@aldyn/contract";
import type { Actor } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
import { bornYearsAgo } from "../preventive-measures/measures.fixture.ts";
import { figuresWorld, type FiguresWorld } from "./figures.fixture.ts";
import { foldRegisterCounts } from "./fold-register-counts.ts";
import { splitPeriod } from "./register-counts.ts";
import { registerSummary, registerSummaryReference } from "./register-summary.ts";

describe("splitPeriod", () => {
  it("covers exactly the days of the period, once each", () => {
    const day0 = Date.UTC(2023, 0, 1);
    fc.assert(
      fc.property(fc.nat(900), fc.nat(900), (a, b) => {
        const from = new Date(day0 + Math.min(a, b) * 86_400_000).toISOString().slice(0, 10);
        const to = new Date(day0 + Math.max(a, b) * 86_400_000).toISOString().slice(0, 10);
        const { head, months, tail } = splitPeriod(from, to);
        const days: string[] = [];
        const each = (lo: string, hi: string, step: (d: string) => string) => {
          for (let d = lo; d <= hi; d = step(d)) days.push(d);
        };
        const next = (d: string) => addCalendarDays(d as LegalDate, 1);
        each(head[0], head[1], next);
        each(tail[0], tail[1], next);
        for (let m = months[0]; m <= months[1];) {
          expect(m.endsWith("-01")).toBe(true);
          const end = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0));
          each(m, end.toISOString().slice(0, 10), next);
          m = addCalendarDays(end.toISOString().slice(0, 10) as LegalDate, 1);
        }
        days.sort();
        expect(days[0]).toBe(from);
        expect(days.at(-1)).toBe(to);
        expect(new Set(days).size).toBe(days.length);
        expect(days.length).toBe(Math.abs(a - b) + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("kept register counts agree with the tables (migration 0025)", () => {
  let w: FiguresWorld;
  let persons: string[] = [];
  let who: { body: string; user: string };
  beforeAll(async () => {
    w = await figuresWorld();
    const db = w.t.db;
    // Counts readable for any day: unfold what the migration folded through yesterday.
    await sql`SELECT register_count_rebuild('-infinity')`.execute(db);
    const u = await db.selectFrom("app_user").select(["id", "body_id"]).executeTakeFirstOrThrow();
    who = { body: u.body_id!, user: u.id };
    const t = await db
      .selectFrom("territory")
      .select("id")
      .where("code", "=", w.codes.d1)
      .executeTakeFirstOrThrow();
    for (let i = 0; i < 6; i++) {
      const p = await db
        .insertInto("person")
        .values({
          iin: String(870_000_000_000 + i),
          last_name_cyr: `Сынақ${i}`,
          first_name_cyr: "Аты",
          birth_date: "2000-01-01",
          sex: "female",
          actual_address: "Мекенжай",
          territory_id: t.id,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      persons.push(p.id);
    }
    persons = [...persons, ...(await db.selectFrom("person").select("id").execute()).map((r) => r.id)];
  });
  afterAll(async () => w?.close());

  const analyst: () => Actor = () => ({
    userId: who.user,
    roles: ["analyst"],
    bodyId: who.body,
    territoryPath: "KZ",
    territoryLevel: "country",
  });

  const base = legalDateOf(new Date());
  const day = (n: number) => addCalendarDays(base, n);
  const grounds = [
    "59.2.5_official_warning",
    "59.2.6_protective_order",
    "59.2.8_neglected_or_homeless_minor",
  ];
  const kinds = ["official_warning", "protective_order"];
  const dayArb = fc.integer({ min: -500, max: 60 });
  const maybeDay = fc.option(dayArb, { nil: null });
  const statusArb = fc.constantFrom("active", "active", "terminated", "annulled", "not_yet_placed");

  type Op =
    | {
        op: "entry";
        p: number;
        path: number;
        ground: number;
        status: string;
        placed: number;
        last: number | null;
        auto: number | null;
        due: number | null;
      }
    | {
        op: "edit";
        pick: number;
        status: string;
        last: number | null;
        auto: number | null;
        due: number | null;
        p: number;
        path: number;
      }
    | { op: "shift"; path: number; days: number }
    | { op: "drop"; pick: number }
    | {
        op: "measure";
        p: number;
        path: number;
        kind: number;
        status: string;
        until: number | null;
        due: number | null;
      }
    | { op: "medit"; pick: number; status: string; until: number | null; due: number | null }
    | { op: "born"; p: number; days: number; leap: boolean };

  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      op: fc.constant("entry" as const),
      p: fc.nat(),
      path: fc.nat(),
      ground: fc.nat(2),
      status: statusArb,
      placed: dayArb,
      last: maybeDay,
      auto: maybeDay,
      due: maybeDay,
    }),
    fc.record({
      op: fc.constant("edit" as const),
      pick: fc.nat(),
      status: statusArb,
      last: maybeDay,
      auto: maybeDay,
      due: maybeDay,
      p: fc.nat(),
      path: fc.nat(),
    }),
    fc.record({ op: fc.constant("shift" as const), path: fc.nat(), days: fc.integer({ min: -20, max: 20 }) }),
    fc.record({ op: fc.constant("drop" as const), pick: fc.nat() }),
    fc.record({
      op: fc.constant("measure" as const),
      p: fc.nat(),
      path: fc.nat(),
      kind: fc.nat(1),
      status: fc.constantFrom("active", "active", "expired", "pending_start"),
      until: maybeDay,
      due: maybeDay,
    }),
    fc.record({
      op: fc.constant("medit" as const),
      pick: fc.nat(),
      status: fc.constantFrom("active", "expired"),
      until: maybeDay,
      due: maybeDay,
    }),
    fc.record({
      op: fc.constant("born" as const),
      p: fc.nat(),
      days: fc.integer({ min: -60, max: 60 }),
      leap: fc.boolean(),
    }),
  );

  async function apply(db: Db, o: Op): Promise<void> {
    const paths = [w.paths.d1, w.paths.d2, w.paths.region, w.paths.otherDistrict];
    const at = (n: number | null) => (n === null ? null : day(n));
    const person = (i: number) => persons[i % persons.length]!;
    const pickEntry = async (i: number) => {
      const ids = await db.selectFrom("register_entry").select("id").orderBy("id").execute();
      return ids.length ? ids[i % ids.length]!.id : null;
    };
    switch (o.op) {
      case "entry": {
        const last = o.last === null ? null : Math.max(o.last, o.placed - 1);
        await db
          .insertInto("register_entry")
          .values({
            person_id: person(o.p),
            ground: grounds[o.ground]!,
            territory_path: paths[o.path % paths.length]!,
            placed_on: day(o.placed),
            placed_by_body: who.body,
            placed_by_user: who.user,
            placed_by_kind: "police_district_inspector",
            rights_explained: true,
            status: o.status,
            last_day: at(last),
            auto_end_on: at(o.auto),
            next_control_due: at(o.due),
          })
          .execute();
        return;
      }
      case "edit": {
        const id = await pickEntry(o.pick);
        if (!id) return;
        // A person or path change too (a merge moves entries; a path is the person's district).
        await sql`UPDATE register_entry SET status = ${o.status},
            last_day = greatest(${at(o.last)}::date, placed_on - 1), auto_end_on = ${at(o.auto)},
            next_control_due = ${at(o.due)}, person_id = ${person(o.p)},
            territory_path = ${paths[o.path % paths.length]!}, version = version + 1
          WHERE id = ${id}`.execute(db);
        return;
      }
      case "shift":
        // One statement over many rows, as the nightly sweeps write.
        await sql`UPDATE register_entry SET next_control_due = next_control_due + ${o.days}::int,
            placed_on = placed_on + ${o.days}::int, last_day = last_day + ${o.days}::int
          WHERE territory_path = ${paths[o.path % paths.length]!}`.execute(db);
        return;
      case "drop": {
        const id = await pickEntry(o.pick);
        if (id) {
          await sql`DELETE FROM register_fact WHERE entry_id = ${id}`.execute(db).catch(() => undefined);
          const used = await sql<{
            n: number;
          }>`SELECT count(*)::int AS n FROM register_fact WHERE entry_id = ${id}`.execute(db);
          if (used.rows[0]!.n === 0) await db.deleteFrom("register_entry").where("id", "=", id).execute();
        }
        return;
      }
      case "measure":
        await db
          .insertInto("measure")
          .values({
            kind: kinds[o.kind]!,
            person_id: person(o.p),
            issuer_body_id: who.body,
            issuer_user_id: who.user,
            issuer_kind: "police_district_inspector",
            territory_path: paths[o.path % paths.length]!,
            input: "{}",
            law_version: "001",
            issued_at: new Date().toISOString(),
            status: o.status,
            valid_until: at(o.until),
            next_control_due: at(o.due),
          })
          .execute();
        return;
      case "medit": {
        const ids = await db.selectFrom("measure").select("id").orderBy("id").execute();
        const id = ids[o.pick % ids.length]!.id;
        await sql`UPDATE measure SET status = ${o.status}, valid_until = greatest(${at(o.until)}::date, valid_from - 1),
            next_control_due = ${at(o.due)} WHERE id = ${id}`.execute(db);
        return;
      }
      case "born": {
        // Birthdays crossing 18 inside the days asked; 29 February births too.
        const b = o.leap ? "2008-02-29" : addCalendarDays(bornYearsAgo(18), o.days);
        await db.updateTable("person").set({ birth_date: b }).where("id", "=", person(o.p)).execute();
        return;
      }
    }
  }

  async function compare(nowDays: number[], periods: [number, number][]): Promise<void> {
    const codes = ["KZ", w.codes.region, w.codes.d1, w.codes.d2, w.codes.otherRegion];
    for (const n of nowDays) {
      const deps = { db: w.t.db, now: () => new Date(`${day(n)}T12:00:00+05:00`) };
      for (const [a, b] of periods) {
        for (const territory of codes) {
          const q = { territory, from: day(Math.min(a, b)), to: day(Math.max(a, b)) };
          const kept = await registerSummary(deps, analyst(), q);
          const ref = await registerSummaryReference(deps, analyst(), q);
          expect(kept, `${territory} on ${day(n)} over ${q.from}..${q.to}`).toEqual(ref);
        }
      }
    }
  }

  it("after random writes, for several days and periods, at every level", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(opArb, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: -520, max: 80 }), { minLength: 2, maxLength: 3 }),
        fc.array(fc.tuple(fc.integer({ min: -560, max: 80 }), fc.integer({ min: -560, max: 80 })), {
          minLength: 1,
          maxLength: 2,
        }),
        async (ops, nows, periods) => {
          for (const o of ops) await apply(w.t.db, o);
          await compare(nows, periods);
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);

  it("a fold keeps every later day exact; a rebuild gives the same counts as the triggers", async () => {
    const nows = [-200, -30, -1, 0, 1, 40];
    const periods: [number, number][] = [
      [-400, 0],
      [-45, -3],
      [-90, 30],
    ];
    const before = async () => {
      const out: RegisterSummary[] = [];
      for (const n of nows) {
        const deps = { db: w.t.db, now: () => new Date(`${day(n)}T12:00:00+05:00`) };
        for (const [a, b] of periods)
          out.push(await registerSummary(deps, analyst(), { territory: "KZ", from: day(a), to: day(b) }));
      }
      return out;
    };
    const triggers = await before();
    await sql`SELECT register_count_rebuild('-infinity')`.execute(w.t.db);
    expect(await before()).toEqual(triggers);
    // The nightly job, on the application's connection, folds through its yesterday.
    expect(await foldRegisterCounts(w.t.db, new Date(`${day(-29)}T00:30:00+05:00`))).toBeGreaterThan(0);
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM register_count
      WHERE counter IN ('active', 'overdue', 'running', 'm_overdue', 'minors') AND day < ${day(-30)}::date`.execute(
      w.t.db,
    );
    expect(rows.rows[0]!.n).toBe(0);
    expect(await before()).toEqual(triggers); // days before the fold read the reference
    await compare([-30, -10, 0, 25], [[-300, 10]]);
  }, 120_000);
});
