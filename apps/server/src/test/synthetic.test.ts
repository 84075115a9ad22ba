import { describe, expect, it } from "vitest";
import { isValidIin } from "@aldyn/law";
import { mulberry32, uuidOf } from "../../../../tools/synthetic/prng.ts";
import { birthDateOf, districtPicker, iinOf, personAt } from "../../../../tools/synthetic/persons.ts";

// The synthetic data generator (tools/synthetic, issue 6): same seed, same data; IINs valid and unique.
const districts = [
  { id: uuidOf("a"), path: "KZ.A.1", weight: 3 },
  { id: uuidOf("b"), path: "KZ.B.1", weight: 1 },
];

describe("synthetic data", () => {
  it("the PRNG is deterministic for a seed", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });

  it("a person is the same whatever batch builds it", () => {
    const pick = districtPicker(districts);
    expect(personAt(7, 12345, pick)).toEqual(personAt(7, 12345, pick));
    expect(personAt(7, 12345, pick).iin).not.toBe(personAt(7, 12346, pick).iin);
  });

  it("IINs are valid, encode the birth date and never repeat", () => {
    const seen = new Set<string>();
    // Spans two serial blocks (23,376 days each), where a collision would first appear.
    for (let i = 0; i < 50_000; i++) {
      const iin = iinOf(i, i % 2 ? "male" : "female");
      expect(isValidIin(iin)).toBe(true);
      seen.add(iin);
    }
    expect(seen.size).toBe(50_000);
    expect(iinOf(0, "male").slice(0, 6)).toBe(birthDateOf(0).slice(2).replaceAll("-", ""));
  });

  it("districts are chosen in proportion to their weight", () => {
    const pick = districtPicker(districts);
    const rng = mulberry32(1);
    let a = 0;
    for (let i = 0; i < 4000; i++) if (pick(rng()).path === "KZ.A.1") a++;
    expect(a / 4000).toBeGreaterThan(0.7);
    expect(a / 4000).toBeLessThan(0.8);
  });
});
