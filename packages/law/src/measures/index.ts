/**
 * Individual prevention measures (001 Chapter 5, Art. 48(3)): kinds, facts, validation of a new
 * measure, validation of a new fact, and derivation of status, validity, duties, control and register
 * placement. See docs/measures.md for the glossary.
 */
export * from "./kinds.ts";
export * from "./facts.ts";
export * from "./measure-input.ts";
export * from "./measure-details.ts";
export type {
  DutyContext,
  DutySpec,
  FactView,
  KindCheckContext,
  KindRules,
  KindShape,
  KindValidity,
  MeasureValidationContext,
  TermInput,
} from "./kind-rules.ts";
export { factView } from "./kind-rules.ts";
export { MEASURE_RULES, rulesFor } from "./rules.ts";
export { validateNewMeasure, type MeasureValidation } from "./validate-measure.ts";
export { timelineOf, type AppealState, type MeasureEnd, type MeasureTimeline } from "./timeline.ts";
export {
  deriveMeasure,
  type DeriveContext,
  type DerivedMeasure,
  type MeasureControl,
  type MeasureDuty,
  type MeasureRegisterPlacement,
  type MeasureStatus,
} from "./derive-measure.ts";
export { statusOnDay } from "./status-on-day.ts";
export { factTypesOf, validateFact, type FactValidationContext } from "./may-add-fact.ts";
