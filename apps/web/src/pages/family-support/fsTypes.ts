// The shapes of the family support centre's API (001 Arts. 10(2), 54, 55, 72(2)) are the contract's
// (packages/contract/src/family-support.ts); type-only imports keep zod out of the bundle. A person
// is named by `fullName`, null where a barrier withholds it from the reader (R11.1).
import type { Family, FamilyPage, FsPersonRef } from "@aldyn/contract";

export type {
  AssistancePlan,
  FamilyService,
  FamilyServiceCreate,
  FamilyServicePage,
  FamilySupportWorklist,
  FsBodyRef,
  FsPersonRef,
  MeasureCreated,
  PlanClose,
  PlanCreate,
  PlanStep,
  PlanStepFactCreate,
  PlanStepInput,
  RegistrationCreate,
  Shelter,
  ShelterCreate,
  ShelterList,
  ShelterStay,
  StayCreate,
  StayExtensionResult,
  StayPage,
  VictimRecord,
  VictimRecordCreate,
  VictimRecordPage,
} from "@aldyn/contract";
export type { Family, FamilyPage };

/** Where the centre learned of the victim (10(2)(10)): the contract's VICTIM_RECORD_SOURCES. */
export const VICTIM_SOURCES = ["incident", "report", "mobile_group", "self", "other"] as const;

/** A family as the pickers hold it. */
export interface FamilyRef {
  id: string;
  label: string;
}

/** A person as the pickers hold it (a search hit or a family member). */
export type PersonRef = FsPersonRef;

export type StepState = "open" | "overdue" | "done" | "not_done" | "cancelled";
export type StayState = "staying" | "ending" | "overdue" | "departed";
