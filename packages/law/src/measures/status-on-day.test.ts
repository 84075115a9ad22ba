import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addCalendarDays } from "../calendar/legal-date.ts";
import { deriveMeasure } from "./derive-measure.ts";
import { sampleMeasureInput } from "./examples.ts";
import type { MeasureFact } from "./facts.ts";
import type { MeasureKind } from "./kinds.ts";
import type { MeasureInput, NormalizedMeasure } from "./measure-input.ts";
import { statusOnDay } from "./status-on-day.ts";
import { validateNewMeasure } from "./validate-measure.ts";

const at = (local: string): Date => new Date(`${local}+05:00`);

function measure(kind: MeasureKind): NormalizedMeasure {
  const v = validateNewMeasure(sampleMeasureInput(kind) as MeasureInput, { today: "2026-04-10" });
  if (!v.ok) throw new Error(JSON.stringify(v.refusals));
  return v.value;
}

const ISSUED: MeasureFact = { type: "issued", at: at("2026-04-10T10:00:00") };
const SERVED: MeasureFact = { type: "served", at: at("2026-04-12T09:00:00"), channel: "in_person" };

describe("statusOnDay: the passing of time without a new fact", () => {
  it("001 Art. 51(5): an official warning served on 12 April runs to 12 May and has expired on the 13th", () => {
    expect(statusOnDay("active", "2026-04-12", "2026-05-12", "2026-05-12")).toBe("active");
    expect(statusOnDay("active", "2026-04-12", "2026-05-12", "2026-05-13")).toBe("expired");
  });

  it("001 Art. 64(2): supervision pending until release starts on its first day, and can run out too", () => {
    expect(statusOnDay("pending_start", "2026-05-01", "2032-05-01", "2026-04-30")).toBe("pending_start");
    expect(statusOnDay("pending_start", "2026-05-01", "2032-05-01", "2026-05-01")).toBe("active");
    expect(statusOnDay("pending_start", "2026-05-01", "2032-05-01", "2032-05-02")).toBe("expired");
  });

  it("statuses that only a fact changes stay as stored", () => {
    for (const s of ["issued", "terminated", "annulled", "completed", "served", "refused"] as const)
      expect(statusOnDay(s, "2026-04-12", "2026-05-12", "2030-01-01")).toBe(s);
    expect(statusOnDay("active", "2026-04-12", null, "2099-01-01")).toBe("active");
  });

  it("agrees with deriveMeasure on any later day, for a warning and for supervision (property)", () => {
    const cases: [NormalizedMeasure, MeasureFact[]][] = [
      [measure("official_warning"), [ISSUED, SERVED]],
      [measure("administrative_supervision"), [ISSUED]],
      [measure("protective_order"), [ISSUED, SERVED]],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 3000 }),
        ([m, facts], first, later) => {
          const day1 = addCalendarDays("2026-04-12", first);
          const day2 = addCalendarDays(day1, later);
          const stored = deriveMeasure(m, facts, at(`${day1}T12:00:00`));
          const then = deriveMeasure(m, facts, at(`${day2}T12:00:00`));
          expect(statusOnDay(stored.status, stored.validFrom, stored.validUntil, day2)).toBe(then.status);
        },
      ),
    );
  });
});
