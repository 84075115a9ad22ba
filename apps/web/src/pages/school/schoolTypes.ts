// The shapes of the school prevention council's API (001 Arts. 21(10), 78) are the contract's
// (packages/contract/src/school-prevention.ts); type-only imports keep zod out of the bundle.
import type { AttendanceImportResult, CouncilOutcome } from "@aldyn/contract";

export type {
  AttendanceImportResult,
  AttendanceRowError,
  AttentionCreate,
  CouncilMeeting,
  CouncilMeetingCreate,
  CouncilOutcome,
  CouncilRepresentative as Representative,
  SchoolAnalysis,
  SchoolPupil,
  SchoolPupilPage,
  SupportPlan,
  SupportStep,
  SupportStepInput,
} from "@aldyn/contract";

export type PupilFilter = "criterion_met" | "attention" | "support" | "all";
/** The pupils' tabs (SCHOOL_PUPIL_FILTERS of the contract, kept here so zod stays out of the bundle). */
export const PUPIL_FILTERS: readonly PupilFilter[] = ["criterion_met", "attention", "support", "all"];

export const COUNCIL_OUTCOMES: readonly CouncilOutcome[] = [
  "support_assigned",
  "representatives_refused",
  "not_needed",
];

export type PupilMeetingCriterion = AttendanceImportResult["pupilsMeetingCriterion"][number];
