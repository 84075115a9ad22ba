import { describe, expect, it } from "vitest";
import { recordIdsValid } from "./RecordIds.tsx";

describe("record ids in a page's address", () => {
  it("accepts record ids and leaves other parameters alone", () => {
    expect(recordIdsValid({ entryId: "0b9d6f5e-3c1a-4f7e-9a2b-5c6d7e8f9a0b" })).toBe(true);
    expect(recordIdsValid({})).toBe(true);
    expect(recordIdsValid({ lang: "kk" })).toBe(true);
  });

  it("refuses a word where a record id belongs (another endpoint of the same path)", () => {
    expect(recordIdsValid({ entryId: "summary" })).toBe(false);
    expect(recordIdsValid({ personId: "0b9d6f5e-3c1a-4f7e-9a2b-5c6d7e8f9a0" })).toBe(false);
    expect(recordIdsValid({ measureId: undefined })).toBe(false);
  });
});
