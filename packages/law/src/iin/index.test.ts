import { describe, expect, it } from "vitest";
import * as iin from "./index.ts";

describe("iin public API (R1.1, R1.3)", () => {
  it("R1.1: re-exports IIN and BIN parsing and generation", () => {
    for (const name of [
      "parseIin",
      "isValidIin",
      "makeIin",
      "parseBin",
      "isValidBin",
      "makeBin",
      "identificationCheckDigit",
    ])
      expect(iin).toHaveProperty(name);
  });
});
