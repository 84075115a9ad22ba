import { z } from "zod";
import { Uuid } from "./common.ts";
import { checkKindDetails } from "./measure-details.ts";
import { ControlFrequency, LikelihoodLevel } from "./likelihood.ts";
import { MEASURE_FACT_TYPE_IDS } from "./fact-types.ts";
import { instant, INT32_MAX, jsonObject, legalDate, line, text, version } from "./input.ts";
import { Withheld } from "./confidentiality.ts";

/**
 * Individual prevention measures and the preventive register (issue 4 items 2-5; REQUIREMENTS R2,
 * R3); their worklists are in worklists.ts. Identifiers are the law package's (`@aldyn/law`); the law validates what
 * the schemas leave open (kind details, terms) and answers 422 with the code and the article.
 */

/** The law package's MEASURE_KINDS (a server test keeps the two lists equal). */
export const MEASURE_KIND_IDS = [
  "preventive_conversation",
  "official_warning",
  "restraining_order",
  "administrative_penalty",
  "difficult_life_situation_registration",
  "social_adaptation_plan",
  "movement_restriction",
  "statutory_notice",
  "compulsory_medical_measure",
  "pedagogical_support",
  "protective_order",
  "special_conduct_requirements",
  "administrative_supervision",
  "special_education_referral",
  "special_regime_referral",
  "educational_influence",
  "parental_rights_measure",
  "psychological_assistance",
  "non_custodial_punishment",
  "parole",
] as const;
export const MeasureKindId = z.enum(MEASURE_KIND_IDS);
export type MeasureKindId = z.infer<typeof MeasureKindId>;

const LegalDate = z.iso.date();
// What a request may give (input.ts YEARS); responses keep the plain date format above.
const InputDate = legalDate();
const InputInstant = instant();
const Identifier = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_.]+$/, "an identifier of the law package");

/** A new measure: `kind` and the subject, then the kind's input as the law names it. */
export const MeasureCreate = z
  .strictObject({
    kind: MeasureKindId,
    /** The subject person; absent only for a statutory notice to an organisation (001 Art. 57(1)). */
    personId: Uuid.optional(),
    organisation: z
      .strictObject({
        name: line().min(1).max(500),
        headOrOfficial: line().min(1).max(300),
        /** Where the notice is sent (001 Art. 57(1)); printed on the form when given. */
        address: text().max(500).optional(),
      })
      .optional(),
    /** Who took the decision in the law's terms (ISSUER_KINDS); by default from the user's role. */
    issuerKind: Identifier.optional(),
    /** The instant of the decision as stated in the document. */
    issuedAt: InputInstant,
    legalGround: Identifier.optional(),
    justification: z.strictObject({ basis: Identifier, text: text().min(1).max(4000) }).optional(),
    term: z
      .strictObject({
        validFrom: InputDate.optional(),
        validUntil: InputDate.optional(),
        // Far beyond any term of the law (which answers with its article): past these a date overflows.
        months: z.number().int().min(-1200).max(1200).optional(),
        days: z.number().int().min(-36600).max(36600).optional(),
      })
      .optional(),
    /**
     * The kind's own fields (measure-details.ts of the law package), validated by the law; a protective
     * order's `victims` (001 Art. 60(4)) are also checked for shape here (ProtectedPerson).
     */
    details: jsonObject().optional(),
    /** Rights, duties and liability explained to the person (001 Art. 59(4)); needed when the measure places on the register. */
    rightsExplained: z.boolean().optional(),
    /** The citizen's report the measure is taken on (001 Art. 49(1)(1)); its legal ground is then report_or_statement. */
    groundReportId: Uuid.optional(),
    /** The family the measure concerns (a registration, 001 Art. 54(1); an assistance plan, 55(1)). */
    familyId: Uuid.optional(),
    /** The incident of domestic violence the measure is taken on (001 Art. 72); a protective order then sends no copy of its own. */
    incidentId: Uuid.optional(),
  })
  .superRefine((body, ctx) => checkKindDetails(body.kind, body.details, ctx))
  .meta({ id: "MeasureCreate" });
export type MeasureCreate = z.infer<typeof MeasureCreate>;

/** A legal fact to append to a measure; `version` is the measure's version the writer saw. */
export const MeasureFactCreate = z
  .strictObject({
    version: version(),
    type: Identifier,
    at: InputInstant,
    note: text().max(2000).optional(),
    channel: Identifier.optional(),
    witnessedBy: line().max(300).optional(),
    to: Identifier.optional(),
    outcome: Identifier.optional(),
    /** Control check: where it took place. */
    place: text().max(500).optional(),
    protocol: line().max(200).optional(),
    until: InputDate.optional(),
    validUntil: InputDate.optional(),
    ground: Identifier.optional(),
    reference: line().max(200).optional(),
    supersedes: z.number().int().min(0).max(INT32_MAX).optional(),
  })
  .meta({ id: "MeasureFactCreate" });
export type MeasureFactCreate = z.infer<typeof MeasureFactCreate>;

export const RecordedFact = z.object({
  seq: z.number().int(),
  type: z.string(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export type RecordedFact = z.infer<typeof RecordedFact>;

export const MeasureDuty = z.object({
  code: z.string(),
  article: z.string(),
  dueAt: z.string().nullable(),
  doneAt: z.string().nullable(),
  overdue: z.boolean(),
  late: z.boolean(),
  liability: z.boolean(),
});

export const Measure = z
  .object({
    id: Uuid,
    kind: z.string(),
    personId: Uuid.nullable(),
    issuerBodyId: Uuid,
    issuerUserId: Uuid,
    issuerKind: z.string(),
    territoryPath: z.string(),
    issuedAt: z.string(),
    lawVersion: z.string(),
    version: z.number().int(),
    input: z.object({
      legalGround: z.string(),
      justification: z.object({ basis: z.string(), text: z.string() }),
      term: z.record(z.string(), z.unknown()).nullable(),
      details: z.record(z.string(), z.unknown()),
      subject: z.record(z.string(), z.unknown()),
    }),
    /** Derived at read time from the facts (ARCHITECTURE.md "facts in, state out"). */
    status: z.string(),
    asOf: z.string(),
    validFrom: LegalDate.nullable(),
    validUntil: LegalDate.nullable(),
    servedAt: z.string().nullable(),
    awaiting: z.string().nullable(),
    signature: z.string(),
    duties: z.array(MeasureDuty),
    control: z
      .object({
        frequency: ControlFrequency,
        article: z.string(),
        nextDue: LegalDate.nullable(),
        overdue: z.boolean(),
        missed: z.array(LegalDate),
        checksDone: z.number().int(),
      })
      .nullable(),
    register: z.object({
      places: z.boolean(),
      ground: z.string().nullable(),
      article: z.string().nullable(),
      since: LegalDate.nullable(),
      entryIds: z.array(Uuid),
    }),
    violations: z.number().int(),
    extensions: z.number().int(),
    appeal: z.string(),
    termination: z.object({ at: z.string(), ground: z.string() }).nullable(),
    liabilityCase: z.boolean(),
    /**
     * The fact types the law accepts for this measure's kind that a user records by hand (the law's
     * factTypesOf without `issued`); whether one may follow the facts so far is still the law's, at write.
     */
    factTypes: z.array(z.enum(MEASURE_FACT_TYPE_IDS)),
    facts: z.array(RecordedFact),
    /** Confidential parts left out for this reader (R11.1; 001 Art. 83(2)), e.g. a protective order's victims. */
    withheld: Withheld.optional(),
    /** The citizen's report the measure was taken on (001 Art. 49(1)(1)); its page lists the measure too. */
    groundReport: z.object({ id: Uuid, registrationNumber: z.string() }).nullable().optional(),
  })
  .meta({ id: "Measure" });
export type Measure = z.infer<typeof Measure>;

export const MeasureSummary = z.object({
  id: Uuid,
  kind: z.string(),
  issuedAt: z.string(),
  status: z.string(),
  validFrom: LegalDate.nullable(),
  validUntil: LegalDate.nullable(),
  nextControlDue: LegalDate.nullable(),
  registerGround: z.string().nullable(),
  version: z.number().int(),
});
export const MeasureList = z
  .object({
    items: z.array(MeasureSummary),
    /** Measures confidential as a whole left out of the list for this reader, counted by barrier (R11.1). */
    withheld: Withheld.optional(),
  })
  .meta({ id: "MeasureList" });
export type MeasureList = z.infer<typeof MeasureList>;

/** Manual placement on a ground of 001 Art. 59(2) (or 59(3)) with the rights explained (59(4)). */
export const RegisterPlacementCreate = z
  .strictObject({
    personId: Uuid,
    ground: Identifier,
    placedOn: InputDate,
    placedBy: Identifier.optional(),
    rightsExplained: z.boolean(),
    subjectIsParentOrLegalRepresentative: z.boolean().optional(),
    /** Measures (of this person) whose validity carries the registration (001 Art. 59(7)). */
    measureIds: z.array(Uuid).max(50).optional(),
    note: text().max(2000).optional(),
  })
  .meta({ id: "RegisterPlacementCreate" });
export type RegisterPlacementCreate = z.infer<typeof RegisterPlacementCreate>;

export const REGISTER_FACT_TYPES = [
  "control_check",
  "extended",
  "terminated",
  "appealed",
  "appeal_decided",
] as const;

/** A fact of a register entry: control check (59(10)), extension (59(9)), termination (59(8)), appeal (59(5)). */
export const RegisterFactCreate = z
  .strictObject({
    version: version(),
    type: z.enum(REGISTER_FACT_TYPES),
    on: InputDate,
    /** control_check */
    place: text().min(1).max(500).optional(),
    outcome: z.enum(["complied", "violation_found", "not_at_home", "not_found"]).optional(),
    violation: text().max(2000).optional(),
    /** extended: null = until the likelihood is eliminated (59(9)) */
    until: InputDate.nullable().optional(),
    reason: text().max(2000).optional(),
    basis: z.enum(["59(9)", "48(5)"]).optional(),
    /** terminated */
    ground: Identifier.optional(),
    positiveCharacterisation: z.boolean().optional(),
    /** appeal_decided */
    appealOutcome: z.enum(["upheld", "placement_annulled"]).optional(),
    note: text().max(2000).optional(),
  })
  .meta({ id: "RegisterFactCreate" });
export type RegisterFactCreate = z.infer<typeof RegisterFactCreate>;

/** A measure that carries a register entry (001 Art. 59(7)), named as a reader finds it. */
export const RegisterEntryMeasure = z.object({
  id: Uuid,
  kind: z.string(),
  issuedAt: z.string(),
  /** The issuing body's registration number of the decision ("12/2026"); null before it has one. */
  registrationNumber: z.string().nullable(),
});

export const RegisterEntry = z
  .object({
    id: Uuid,
    personId: Uuid,
    /**
     * The person's full name, for the reader who may see it (001 Art. 59(6); a confidential card's
     * barrier, 001 Art. 83(2)); null otherwise, and in lists of a person's entries (the card names them).
     */
    personName: z.string().nullable(),
    ground: z.string(),
    groundArticle: z.string(),
    territoryPath: z.string(),
    placedOn: LegalDate,
    placedByBody: Uuid,
    placedByKind: z.string(),
    version: z.number().int(),
    /** Derived at read time (so the 18th birthday ends a minors' entry before any job runs). */
    status: z.string(),
    asOf: LegalDate,
    lastDay: LegalDate.nullable(),
    termination: z
      .object({ ground: z.string(), on: LegalDate, article: z.string(), automatic: z.boolean() })
      .nullable(),
    scheduledTermination: z
      .object({ ground: z.string(), on: LegalDate, article: z.string(), automatic: z.boolean() })
      .nullable(),
    appeal: z.object({
      status: z.string(),
      lodgedOn: LegalDate.nullable(),
      decidedOn: LegalDate.nullable(),
      article: z.string(),
    }),
    control: z
      .object({
        frequency: ControlFrequency,
        nextDue: LegalDate.nullable(),
        overdue: z.boolean(),
        missed: z.array(LegalDate),
      })
      .nullable(),
    likelihood: z.object({ level: LikelihoodLevel, rationale: z.record(z.string(), z.unknown()) }).nullable(),
    /** The measures that carry the entry, in the order issued. */
    measures: z.array(RegisterEntryMeasure),
    facts: z.array(RecordedFact.omit({ at: true }).extend({ on: LegalDate })),
  })
  .meta({ id: "RegisterEntry" });
export type RegisterEntry = z.infer<typeof RegisterEntry>;

export const RegisterEntryList = z
  .object({ items: z.array(RegisterEntry) })
  .meta({ id: "RegisterEntryList" });
export type RegisterEntryList = z.infer<typeof RegisterEntryList>;
