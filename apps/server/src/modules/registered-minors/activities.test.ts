import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays } from "@aldyn/law";
import type { RehabilitationActivity, RehabilitationActivityList } from "@aldyn/contract";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import { today } from "../preventive-measures/measures.fixture.ts";
import {
  countOf,
  minorsWorld,
  ok,
  registeredAdult,
  registeredMinor,
  send,
  type MinorsWorld,
} from "./registered-minors.fixture.ts";

let w: MinorsWorld;
beforeAll(async () => {
  w = await minorsWorld();
});
afterAll(async () => w.close());

const mentoring = (over: Record<string, unknown> = {}) => ({
  activity: "82.2.5_mentoring",
  provider: "Әлиев Марат, тәлімгер",
  fromOn: addCalendarDays(today(), -10),
  untilOn: addCalendarDays(today(), 120),
  duties: "Тәлімгермен аптасына бір рет кездесу",
  ...over,
});

describe("rehabilitation activities of a registered minor (001 Art. 82(2)) and their checks", () => {
  it("records an activity with its duties; checks move its next check; ending stops them", async () => {
    const { entry } = await registeredMinor(w);
    const a = ok<RehabilitationActivity>(
      await send(w, w.juv1, "POST", `/register-entries/${entry.id}/activities`, mentoring()),
      201,
    );
    expect(a).toMatchObject({
      activity: "82.2.5_mentoring",
      article: "001 Art. 82(2)(5)",
      state: "active",
      lastCheckOn: null,
      checkDueOn: addCalendarDays(today(), 20),
    });
    const checked = ok<RehabilitationActivity>(
      await send(w, w.juv1, "POST", `/rehabilitation-activities/${a.id}/checks`, {
        checkedOn: today(),
        outcome: "irregular",
        note: "Бір кездесуді өткізіп алды",
      }),
      201,
    );
    expect(checked).toMatchObject({ lastCheckOn: today(), checkDueOn: addCalendarDays(today(), 30) });
    expect(checked.checks.map((c) => c.outcome)).toEqual(["irregular"]);
    const future = await send(w, w.juv1, "POST", `/rehabilitation-activities/${a.id}/checks`, {
      checkedOn: addCalendarDays(today(), 1),
      outcome: "attends",
    });
    expect((future.json() as ErrorJson).error).toMatchObject({
      code: "validation.failed",
      field: "checkedOn",
    });
    const early = await send(w, w.juv1, "POST", `/rehabilitation-activities/${a.id}/checks`, {
      checkedOn: addCalendarDays(today(), -11),
      outcome: "attends",
    });
    expect(early.statusCode).toBe(422);
    expect((early.json() as ErrorJson).error.code).toBe("rehabilitation_activity.check_outside_term");
    const ended = ok<RehabilitationActivity>(
      await send(w, w.juv1, "POST", `/rehabilitation-activities/${a.id}/end`, {
        endedOn: today(),
        reason: "Тәлімгер ауысты",
      }),
    );
    expect(ended).toMatchObject({ state: "ended", checkDueOn: null, endedOn: today() });
    const twice = await send(w, w.juv1, "POST", `/rehabilitation-activities/${a.id}/end`, {
      endedOn: today(),
      reason: "again",
    });
    expect(twice.statusCode).toBe(409);
    expect((twice.json() as ErrorJson).error.code).toBe("rehabilitation_activity.ended");
    const list = ok<RehabilitationActivityList>(
      await send(w, w.juv1, "GET", `/register-entries/${entry.id}/activities`),
    );
    expect(list.items).toHaveLength(1);
  });

  it("an activity with no check for 30 days is due for one (the system's reading)", async () => {
    const { entry } = await registeredMinor(w);
    const a = ok<RehabilitationActivity>(
      await send(
        w,
        w.juv1,
        "POST",
        `/register-entries/${entry.id}/activities`,
        mentoring({
          activity: "82.2.8_family_counselling",
          fromOn: addCalendarDays(today(), -40),
          untilOn: null,
        }),
      ),
      201,
    );
    expect(a).toMatchObject({ state: "check_due", checkDueOn: addCalendarDays(today(), -10) });
  });

  it("refuses an activity outside 82(2), for an adult, before the placement — and writes nothing", async () => {
    const { entry } = await registeredMinor(w);
    const adult = await registeredAdult(w);
    const before = await countOf(w, "rehabilitation_activity");
    const unknown = await send(
      w,
      w.juv1,
      "POST",
      `/register-entries/${entry.id}/activities`,
      mentoring({ activity: "82.2.9_sport" }),
    );
    expect(unknown.statusCode).toBe(422);
    expect((unknown.json() as ErrorJson).error).toMatchObject({
      code: "rehabilitation_activity.unknown",
      field: "activity",
      article: "001 Art. 82(2)",
    });
    const grown = await send(
      w,
      w.juv1,
      "POST",
      `/register-entries/${adult.entry.id}/activities`,
      mentoring(),
    );
    expect((grown.json() as ErrorJson).error).toMatchObject({
      code: "rehabilitation_activity.not_registered_minor",
      field: "fromOn",
    });
    const before60 = await send(
      w,
      w.juv1,
      "POST",
      `/register-entries/${entry.id}/activities`,
      mentoring({ fromOn: addCalendarDays(today(), -70) }),
    );
    expect((before60.json() as ErrorJson).error.code).toBe("rehabilitation_activity.not_registered_minor");
    const backwards = await send(
      w,
      w.juv1,
      "POST",
      `/register-entries/${entry.id}/activities`,
      mentoring({ untilOn: addCalendarDays(today(), -20) }),
    );
    expect((backwards.json() as ErrorJson).error).toMatchObject({
      code: "validation.failed",
      field: "untilOn",
    });
    expect(await countOf(w, "rehabilitation_activity")).toBe(before);
  });

  it("another district's inspector cannot record a check (R11.1)", async () => {
    const { entry } = await registeredMinor(w);
    const a = ok<RehabilitationActivity>(
      await send(w, w.juv1, "POST", `/register-entries/${entry.id}/activities`, mentoring()),
      201,
    );
    const before = await countOf(w, "rehabilitation_check");
    const res = await send(w, w.as.cop2, "POST", `/rehabilitation-activities/${a.id}/checks`, {
      checkedOn: today(),
      outcome: "attends",
    });
    expect(res.statusCode).toBe(403);
    expect(await countOf(w, "rehabilitation_check")).toBe(before);
  });
});
