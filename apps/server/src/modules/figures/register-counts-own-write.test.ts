import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays } from "@aldyn/law";
import type { RegisterEntry, RegisterSummary } from "@aldyn/contract";
import type { Actor } from "../../access/roles.ts";
import {
  bornYearsAgo,
  getJson,
  issue,
  measuresWorld,
  newPerson,
  postJson,
  today as todayOf,
  warningBody,
  type MeasuresWorld,
} from "../preventive-measures/measures.fixture.ts";
import { registerSummary, registerSummaryReference } from "./register-summary.ts";

// The kept register counts (migration 0025) are written by the transactions that change the register,
// so what an official has just written through the API is in the next summary, today and tomorrow
// (001 Art. 59).

describe("an official's own write is in the next summary", () => {
  let m: MeasuresWorld;
  beforeAll(async () => {
    m = await measuresWorld();
  });
  afterAll(async () => m?.close());

  const summary = async () => {
    const res = await getJson(m, m.head, `/api/v1/register/summary?from=${addCalendarDays(todayOf(), -30)}`);
    expect(res.statusCode).toBe(200);
    return res.json() as RegisterSummary;
  };

  /** The summary the route gives now equals the reference query's. */
  const agrees = async (): Promise<Actor> => {
    const deps = { db: m.t.db, now: () => new Date() };
    const user = await m.t.db
      .selectFrom("app_user")
      .select(["id", "body_id"])
      .where("username", "=", "head")
      .executeTakeFirstOrThrow();
    const region = (await summary()).territory.path;
    const actor: Actor = {
      userId: user.id,
      roles: ["police_head"],
      bodyId: user.body_id,
      territoryPath: region,
      territoryLevel: "region",
    };
    const q = { from: addCalendarDays(todayOf(), -30) };
    expect(await registerSummary(deps, actor, q)).toEqual(await registerSummaryReference(deps, actor, q));
    return actor;
  };

  it("an issued warning, a placement by hand and a termination count at once (59(2), 59(8))", async () => {
    const s0 = await summary();
    const adult = await newPerson(m, m.as.cop1);
    await issue(m, m.as.cop1, warningBody(adult, new Date(Date.now() - 2 * 86_400_000)));
    const s1 = await summary();
    expect(s1.active).toBe(s0.active + 1);
    expect(s1.opened).toBe(s0.opened + 1);
    expect(s1.activeByGround["59.2.5_official_warning"]).toBe(
      (s0.activeByGround["59.2.5_official_warning"] ?? 0) + 1,
    );
    await agrees();

    const minor = await newPerson(m, m.as.cop1, { born: bornYearsAgo(15) });
    const placed = await postJson(m, m.as.cop1, "/api/v1/register", {
      personId: minor,
      ground: "59.2.8_neglected_or_homeless_minor",
      placedOn: addCalendarDays(todayOf(), -10),
      rightsExplained: true,
    });
    expect(placed.statusCode).toBe(201);
    const s2 = await summary();
    expect([s2.active, s2.minors, s2.opened]).toEqual([s1.active + 1, s1.minors + 1, s1.opened + 1]);
    await agrees();

    const e = placed.json() as RegisterEntry;
    const ended = await postJson(m, m.as.cop1, `/api/v1/register/${e.id}/facts`, {
      version: e.version,
      on: todayOf(),
      type: "terminated",
      ground: "corrected",
      positiveCharacterisation: true,
    });
    expect(ended.statusCode).toBe(201);
    const s3 = await summary();
    // Terminated on today: off the register from today (the day before was the last).
    expect([s3.active, s3.closed]).toEqual([s2.active - 1, s2.closed + 1]);
    const actor = await agrees();
    const q = { from: addCalendarDays(todayOf(), -30) };
    const tomorrow = { db: m.t.db, now: () => new Date(Date.now() + 86_400_000) };
    const next = await registerSummary(tomorrow, actor, { ...q, to: addCalendarDays(todayOf(), 1) });
    expect(next).toEqual(
      await registerSummaryReference(tomorrow, actor, { ...q, to: addCalendarDays(todayOf(), 1) }),
    );
  }, 60_000);
});
