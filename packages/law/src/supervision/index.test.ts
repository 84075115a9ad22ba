import { describe, expect, it } from "vitest";
import * as supervision from "./index.ts";

describe("supervision public API (001 Arts. 64-66)", () => {
  it("001 Arts. 64-66: re-exports terms, restrictions, duties, non-arrival and termination", () => {
    for (const name of [
      "administrativeSupervisionTerm",
      "SUPERVISION_RESTRICTIONS",
      "validateSupervisionEstablishment",
      "supervisionDuties",
      "nonArrivalState",
      "validateNonArrivalFact",
      "earlyTerminationSubmission",
      "validateSupervisionTermination",
      "SUPERVISION_TERMINATION_PROCEDURE",
    ]) {
      expect(supervision).toHaveProperty(name);
    }
  });
});
