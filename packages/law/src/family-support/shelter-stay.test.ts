import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addCalendarDays } from "../calendar/legal-date.ts";
import {
  checkAdmission,
  checkExtension,
  checkShelterStayPeriod,
  deriveShelterStay,
  occupancyOn,
  SHELTER_STAY_ENDING_DAYS,
  SHELTER_STAY_FACT_TYPES,
  type ShelterStay,
} from "./shelter-stay.ts";

const stay = (admittedOn: string, plannedUntil: string, departedOn: string | null = null): ShelterStay => ({
  admittedOn,
  plannedUntil,
  departedOn,
});

describe("a stay's clock: 'temporary residence for up to one month' (001 Arts. 10(2)(4), 72(2))", () => {
  it("facts of a stay", () => {
    expect([...SHELTER_STAY_FACT_TYPES]).toEqual(["admitted", "extension_refused", "departed"]);
  });

  // The "ending" window (3 days) is the system's reading: the law sets none.
  it.each([
    ["2026-12-01", "2026-12-20", "2026-12-05", "staying", 15],
    ["2026-12-01", "2026-12-20", "2026-12-16", "staying", 4],
    ["2026-12-01", "2026-12-20", "2026-12-17", "ending", 3],
    ["2026-12-01", "2026-12-20", "2026-12-20", "ending", 0],
    ["2026-12-01", "2026-12-20", "2026-12-21", "overdue", -1],
    ["2026-12-01", "2027-01-01", "2027-01-05", "overdue", -4],
  ])("admitted %s until %s: on %s %s, %i days left", (admitted, until, today, state, daysLeft) => {
    expect(deriveShelterStay(stay(admitted, until), today)).toEqual({
      state,
      daysLeft,
      latestEnd: "2027-01-01",
    });
    expect(SHELTER_STAY_ENDING_DAYS).toBe(3);
  });

  it("a departed stay is departed, whatever the day; its latest end is one month from admission", () => {
    expect(deriveShelterStay(stay("2026-01-31", "2026-02-20", "2026-02-10"), "2026-05-01")).toEqual({
      state: "departed",
      latestEnd: "2026-02-28",
      daysLeft: 0,
    });
  });
});

describe("admission's period (001 Art. 72(2))", () => {
  it("up to one month is allowed", () => {
    expect(checkShelterStayPeriod({ admittedOn: "2026-03-10", plannedUntil: "2026-04-10" })).toMatchObject({
      ok: true,
      value: { latestEnd: "2026-04-10", nights: 31 },
    });
  });

  it("'for a period of up to one month': a day more is refused on plannedUntil", () => {
    expect(checkShelterStayPeriod({ admittedOn: "2026-03-10", plannedUntil: "2026-04-11" })).toMatchObject({
      ok: false,
      code: "domestic_violence.temporary_residence_over_one_month",
      article: "001 Art. 72(2)",
      field: "plannedUntil",
      params: { latestEnd: "2026-04-10" },
    });
    expect(checkShelterStayPeriod({ admittedOn: "2026-03-10", plannedUntil: "2026-03-09" })).toMatchObject({
      ok: false,
      code: "domestic_violence.temporary_residence_period_invalid",
      field: "plannedUntil",
    });
  });
});

describe("a longer stay (001 Art. 72(2))", () => {
  it("within the month the planned end moves (later or earlier)", () => {
    expect(checkExtension(stay("2026-12-01", "2026-12-15"), "2027-01-01")).toEqual({
      ok: true,
      value: { plannedUntil: "2027-01-01" },
    });
    expect(checkExtension(stay("2026-12-01", "2026-12-15"), "2026-12-10").ok).toBe(true);
  });

  it("past one month from admission it is refused: the text provides no extension", () => {
    expect(checkExtension(stay("2026-12-01", "2026-12-31"), "2027-01-02")).toMatchObject({
      ok: false,
      code: "domestic_violence.temporary_residence_over_one_month",
      article: "001 Art. 72(2)",
      field: "requestedUntil",
      params: { latestEnd: "2027-01-01" },
    });
  });

  it("before admission is refused; after departure a new stay is a new admission", () => {
    expect(checkExtension(stay("2026-12-01", "2026-12-31"), "2026-11-30")).toMatchObject({
      code: "domestic_violence.temporary_residence_period_invalid",
      field: "requestedUntil",
    });
    expect(checkExtension(stay("2026-12-01", "2026-12-31", "2026-12-20"), "2026-12-25")).toMatchObject({
      ok: false,
      code: "shelter_stay.departed",
      field: "requestedUntil",
      params: { departedOn: "2026-12-20" },
    });
  });

  it("no extension ever ends a stay later than one month after admission", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 60 }), (d, n) => {
        const admitted = addCalendarDays("2026-01-01", d);
        const v = checkExtension(stay(admitted, admitted), addCalendarDays(admitted, n));
        if (v.ok) expect(n).toBeLessThanOrEqual(31);
        if (n <= 28) expect(v.ok).toBe(true);
      }),
    );
  });
});

describe("places and occupancy of a shelter (001 Art. 10(2)(4))", () => {
  const stays = [
    stay("2026-12-01", "2026-12-20"),
    stay("2026-12-03", "2026-12-10", "2026-12-08"),
    stay("2026-11-01", "2026-11-30"), // past its planned end, not departed: still there
    stay("2026-12-10", "2026-12-31"),
  ];
  it.each([
    ["2026-11-30", 1],
    ["2026-12-01", 2],
    ["2026-12-07", 3],
    ["2026-12-08", 2], // the day of departure is free
    ["2026-12-10", 3],
  ])("on %s: %i occupied", (date, n) => {
    expect(occupancyOn(stays, date)).toBe(n);
  });

  it("admits while a place is free; 'shelter.full' when all are occupied", () => {
    expect(checkAdmission(12, 11)).toEqual({ ok: true, value: { free: 1 } });
    expect(checkAdmission(12, 12)).toMatchObject({
      ok: false,
      code: "shelter.full",
      article: "001 Art. 10(2)(4)",
      field: "shelterId",
      params: { places: 12, occupied: 12 },
    });
    expect(checkAdmission(1, 3).ok).toBe(false);
  });
});
