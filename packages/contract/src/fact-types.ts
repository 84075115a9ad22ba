// The fact types of a measure and the own fields of each (001 Chapter 5). This file holds no zod,
// so the web bundle imports it (`@aldyn/contract/fact-types`) and builds its fact form from it.

/** The law package's MEASURE_FACT_TYPES (a server test keeps the two lists equal). */
export const MEASURE_FACT_TYPE_IDS = [
  "issued",
  "served",
  "signed",
  "signature_refused",
  "prosecutor_notified",
  "notice_sent",
  "control_check",
  "violation",
  "extended",
  "appealed",
  "appeal_decided",
  "terminated",
  "answer_received",
  "court_sanctioned",
  "placed",
  "returned_home",
  "submitted_to_commission",
  "representative_refused",
  "superseded",
] as const;
export type MeasureFactTypeId = (typeof MEASURE_FACT_TYPE_IDS)[number];

/** The facts a user records by hand: all but `issued`, which the issue of the measure records itself. */
export const MANUAL_MEASURE_FACT_TYPES = MEASURE_FACT_TYPE_IDS.filter(
  (t): t is Exclude<MeasureFactTypeId, "issued"> => t !== "issued",
);
export type ManualMeasureFactType = Exclude<MeasureFactTypeId, "issued">;

/** A field of {@link MeasureFactCreate} that belongs to some fact types only. */
export type MeasureFactField =
  | "channel"
  | "witnessedBy"
  | "to"
  | "outcome"
  | "place"
  | "protocol"
  | "until"
  | "validUntil"
  | "ground"
  | "reference"
  | "supersedes";

/**
 * The own fields of each manual fact type, `required` ones first (the server answers 400 with the
 * field when one is missing; fields of other types are ignored). Forms follow this table; a web test
 * keeps its form in step with it, so a new fact type without a form fails.
 */
export const MEASURE_FACT_FIELDS: Record<
  ManualMeasureFactType,
  { readonly required: readonly MeasureFactField[]; readonly optional: readonly MeasureFactField[] }
> = {
  served: { required: ["channel"], optional: [] },
  signed: { required: [], optional: [] },
  signature_refused: { required: [], optional: ["witnessedBy"] },
  prosecutor_notified: { required: [], optional: [] },
  notice_sent: { required: ["to"], optional: [] },
  control_check: { required: ["outcome", "place"], optional: [] },
  violation: { required: [], optional: ["protocol"] },
  extended: { required: ["until"], optional: [] },
  appealed: { required: [], optional: [] },
  appeal_decided: { required: ["outcome"], optional: ["validUntil"] },
  terminated: { required: ["ground"], optional: [] },
  answer_received: { required: [], optional: [] },
  court_sanctioned: { required: [], optional: ["reference"] },
  placed: { required: [], optional: [] },
  returned_home: { required: [], optional: [] },
  submitted_to_commission: { required: [], optional: [] },
  representative_refused: { required: [], optional: [] },
  superseded: { required: ["supersedes"], optional: [] },
};
