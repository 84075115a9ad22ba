/**
 * The types of bodies a hand-off can go from or to, as the law names them. The law package does not
 * import the contract, so the ids are declared here as strings; the contract's `BODY_TYPES`
 * (packages/contract/src/platform.ts) must contain every one of them.
 */
export const HANDOFF_BODY_TYPES = [
  /** Internal affairs bodies (001 Art. 13): a district or city police department. */
  "police_department",
  /** A unit of a police department (local police inspectors, juvenile inspectors; 001 Art. 13). */
  "police_unit",
  /** Prosecution bodies (001 Art. 12; 51(3)). */
  "prosecutor_office",
  /** Commission on minors' affairs and protection of their rights (001 Art. 79). */
  "minors_commission",
  /** Education management body of a region, city or district (001 Art. 21). */
  "education_department",
  /** An educational organisation (001 Art. 23; 78). */
  "school",
  /** Family support centre (001 Art. 10). */
  "family_support_centre",
  /** A healthcare organisation (001 Art. 26). */
  "healthcare_org",
  /** Local state healthcare management body of a region or city (001 Art. 25). */
  "healthcare_department",
  /** The body performing guardianship or trusteeship functions (001 Art. 22). */
  "guardianship_body",
  /** Local executive body (akimat; 001 Art. 9). */
  "akimat",
  /** Special educational organisation (001 Art. 80). */
  "special_education_org",
  /** Educational organisation with a special detention regime (001 Art. 81). */
  "special_regime_org",
  /** A hotline or contact centre organised to receive reports of infractions (001 Art. 71(8)). */
  "contact_centre",
] as const;

/** A body type id the hand-off rules name (a subset of the contract's `BODY_TYPES`). */
export type BodyTypeId = (typeof HANDOFF_BODY_TYPES)[number];

/** True for a body type id the hand-off rules know. */
export function isHandoffBodyType(value: string): value is BodyTypeId {
  return (HANDOFF_BODY_TYPES as readonly string[]).includes(value);
}

/**
 * The body types that exercise one competence. The internal affairs bodies (001 Art. 13) are the
 * police departments and their district units: a hand-off to "the internal affairs body" of a place
 * reaches the unit of that district first and the department of the region where no unit covers it.
 * Nearest first is the finder's rule; this list only says which types count.
 */
const ACTING_AS: Readonly<Partial<Record<BodyTypeId, readonly BodyTypeId[]>>> = {
  police_department: ["police_department", "police_unit"],
};

/** The body types that may receive what the law sends to a body of `type` (itself included). */
export function bodyTypesActingAs(type: BodyTypeId): readonly BodyTypeId[] {
  return ACTING_AS[type] ?? [type];
}

/** Every body type that may receive what the law sends to any of `types`. */
export function receivingBodyTypes(types: readonly BodyTypeId[]): readonly BodyTypeId[] {
  return [...new Set(types.flatMap((t) => bodyTypesActingAs(t)))];
}
