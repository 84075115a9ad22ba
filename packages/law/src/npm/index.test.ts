import { describe, expect, it } from "vitest";
import * as npm from "./index.ts";

describe("npm/index (000 Ch. 4; 003)", () => {
  it("000 Arts. 26-36; 003: exports the NPM rules", () => {
    for (const name of [
      "checkParticipantEligibility",
      "validateTermination",
      "periodicVisitDue",
      "checkPlanPeriodicity",
      "validateVisitPlan",
      "validateVisitGroup",
      "followUpRefusals",
      "validateVisitDuration",
      "deriveVisit",
      "validateReportSubmission",
      "deriveTortureComplaint",
      "validateInterview",
      "annualReportPublicationDue",
      "stateBodyAnswerDue",
    ])
      expect(typeof (npm as Record<string, unknown>)[name]).toBe("function");
    expect(npm.NPM_VISIT_KINDS).toEqual(["periodic", "intermediate", "special"]);
    expect(npm.NPM_VISIT_FORMS).toEqual(["one_time", "thematic"]);
    expect(npm.NPM_PARTICIPANT_CATEGORIES).toHaveLength(5);
    expect(npm.NPM_INSTITUTION_KINDS).toContain("minors_adaptation_centre");
  });
});
