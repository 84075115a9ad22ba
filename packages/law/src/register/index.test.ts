import { describe, expect, it } from "vitest";
import * as register from "./index.ts";

describe("register public API (001 Art. 59, 82)", () => {
  it("001 Art. 59: re-exports the grounds, placement, term, entry and control rules", () => {
    for (const name of [
      "REGISTER_GROUNDS",
      "REGISTER_GROUND_INFO",
      "validatePlacement",
      "registerTerm",
      "deriveRegisterEntry",
      "validateRegisterTermination",
      "validateRegisterExtension",
      "controlFrequencyFor",
      "REGISTER_TERMINATION_GROUNDS",
      "REGISTERED_MINOR_RESTRICTIONS",
      "REHABILITATION_ACTIVITIES",
    ]) {
      expect(register).toHaveProperty(name);
    }
  });
});
