import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays } from "@aldyn/law";
import type { DueChecksPage, RegisterEntry } from "@aldyn/contract";
import { loadConfig } from "../../config.ts";
import {
  bornYearsAgo,
  DAY,
  getJson,
  HOUR,
  measuresWorld,
  newPerson,
  postJson,
  today,
  type MeasuresWorld,
} from "../preventive-measures/measures.fixture.ts";
import { measureDeps } from "../preventive-measures/measure-deps.ts";
import { closeDueEntries } from "./close-due-entries.ts";

let w: MeasuresWorld;
beforeAll(async () => {
  w = await measuresWorld();
});
afterAll(async () => w.close());

async function placeMinor(born: string): Promise<RegisterEntry> {
  const personId = await newPerson(w, w.as.cop1, { born });
  const res = await postJson(w, w.as.cop1, "/api/v1/register", {
    personId,
    ground: "59.2.8_neglected_or_homeless_minor",
    placedOn: addCalendarDays(today(), -10),
    rightsExplained: true,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as RegisterEntry;
}

describe("the job closing entries at 18 (001 Art. 59(8)(4))", () => {
  it("closes entries whose automatic end has come, once (idempotent), and audits it", async () => {
    const turning = await placeMinor(bornYearsAgo(18, -1));
    const younger = await placeMinor(bornYearsAgo(16));
    const config = loadConfig({ DEMO: "false" });
    const tomorrow = measureDeps({ db: w.t.db, config, now: () => new Date(Date.now() + DAY + HOUR) });
    expect(await closeDueEntries(measureDeps({ db: w.t.db, config }))).toBe(0);
    expect(await closeDueEntries(tomorrow)).toBe(1);
    expect(await closeDueEntries(tomorrow)).toBe(0);
    const rows = await w.t.db
      .selectFrom("register_entry")
      .select(["id", "status"])
      .where("id", "in", [turning.id, younger.id])
      .execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [turning.id]: "terminated",
      [younger.id]: "active",
    });
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select("action")
      .where("record_id", "=", turning.id)
      .where("action", "=", "register_entry.auto_terminated")
      .execute();
    expect(audit).toHaveLength(1);
  });
});

describe("reads are right before the job has run (001 Art. 59(8)(4))", () => {
  it("an entry of a minor who turned 18 two days ago reads as ended and leaves the worklist", async () => {
    // Placed ten days ago, at seventeen. Recorded today, the placement already derives the end; store
    // what a projection made before the birthday left, as the nights without the job leave it.
    const entry = await placeMinor(bornYearsAgo(18, 2));
    const minor = await placeMinor(bornYearsAgo(16, 3));
    await w.t.db.updateTable("register_entry").set({ status: "active" }).where("id", "=", entry.id).execute();
    // Both with a check due today (as a likelihood assessment would schedule, 001 Art. 59(10)).
    await w.t.db
      .updateTable("register_entry")
      .set({ next_control_due: today() })
      .where("id", "in", [entry.id, minor.id])
      .execute();
    const list = (
      await getJson(w, w.as.cop1, `/api/v1/persons/${entry.personId}/register-entries`)
    ).json() as {
      items: RegisterEntry[];
    };
    expect(list.items.map((e) => [e.id, e.status])).toEqual([[entry.id, "terminated"]]);
    const due = (
      await getJson(w, w.as.cop1, "/api/v1/worklists/checks?scope=region&withinDays=60")
    ).json() as DueChecksPage;
    const ids = due.items.flatMap((i) => i.records.map((r) => r.id));
    expect(ids).toContain(minor.id); // the list does hold minors' entries
    expect(ids).not.toContain(entry.id);
  });
});
