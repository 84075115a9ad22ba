import { describe, expect, it } from "vitest";
import * as minors from "./index.ts";

describe("minors public API (001 Arts. 78, 80-81; 000 Arts. 11, 14-1, 22-3, 22-4)", () => {
  it("001 Arts. 80-81, 000 Art. 11: re-exports institutions, carried rules and pedagogical support", () => {
    for (const name of [
      "DEFAULT_CARRIED_000_CONFIG",
      "CARRIED_FROM_000_RULES",
      "validateSpecialInstitutionReferral",
      "specialInstitutionStay",
      "akimatCommissionSubmissionDueOn",
      "specialRegimeSubmissionDueOn",
      "validateAdaptationCentrePlacement",
      "adaptationCentreDuties",
      "adaptationCentreStayEnd",
      "specialInstitutionReleaseDay",
      "letterDue",
      "applicationDue",
      "PEDAGOGICAL_SUPPORT_CRITERION_INFO",
      "missedClassesCriterion",
      // Commissions (001 Art. 79), their cases and meetings, schools' councils (78) and analysis (21(10)).
      "COMMISSION_LEVELS",
      "parentLevelOf",
      "checkCommission",
      "COMMISSION_MEMBER_ROLES",
      "COMMISSION_REPRESENTS",
      "checkComposition",
      "compositionGaps",
      "COMMISSION_RULES",
      "quorumOf",
      "COMMISSION_DECISIONS",
      "checkDecision",
      "decisionAdopted",
      "MINORS_CASE_STATES",
      "MINORS_CASE_SOURCES",
      "sourceOfGround",
      "orderAgenda",
      "protocolState",
      "checkAttendanceRows",
      "pupilsMeetingAbsenceCriterion",
      "checkCouncilMeeting",
      "quarterOf",
      "SCHOOL_ANALYSIS_FIGURES",
    ]) {
      expect(minors).toHaveProperty(name);
    }
  });
});
