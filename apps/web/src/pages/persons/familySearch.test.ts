import { describe, expect, it } from "vitest";
import { badIin, familySearchParams } from "./familySearch.ts";

describe("the family panel searches by IIN or by name", () => {
  it("twelve digits are an IIN; a name is a name, in any script", () => {
    expect(familySearchParams(" 850101300123 ")).toEqual({ iin: "850101300123" });
    expect(familySearchParams("Ахметова Айгүл")).toEqual({ q: "Ахметова Айгүл" });
    expect(familySearchParams("Akhmetova")).toEqual({ q: "Akhmetova" });
  });

  it("too short or digits that are no IIN: nothing is searched", () => {
    expect(familySearchParams("")).toBeNull();
    expect(familySearchParams("А")).toBeNull();
    expect(familySearchParams("85010130")).toBeNull();
    expect(badIin("85010130")).toBe(true);
    expect(badIin("Ахметова")).toBe(false);
  });
});
