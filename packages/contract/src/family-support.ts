import { z } from "zod";
import { I18nName, PageQuery, pageOf, Uuid } from "./common.ts";
import { legalDate, instant, line, text, version } from "./input.ts";

/**
 * The family support centre's work (001 Arts. 10(2), 54, 55; 72(2),(5),(6)): records of victims of
 * domestic violence (10(2)(10)), registration of persons (families) in difficult life situations (54,
 * a measure of kind `difficult_life_situation_registration`), the individual assistance plan (55, 72(5),
 * a measure of kind `social_adaptation_plan`) with its steps, each the task of a responsible body and
 * sent to it as a hand-off, services delivered (10(2)(3)), and temporary residence up to one month in a
 * shelter (10(2)(4), 72(2)). Areas, outcomes and fact types are the law package's identifiers
 * (`@aldyn/law` family-support/): the law refuses an unknown one with its code, field and article.
 */

const Identifier = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_.]+$/, "an identifier of the law package");
const LegalDate = z.iso.date();
const InputDate = legalDate();
const InputInstant = instant();

/** A person as the centre's lists name them: null name for a reader who may not see it (001 Art. 83(2)). */
export const FsPersonRef = z.object({ id: Uuid, fullName: z.string().nullable() });
export type FsPersonRef = z.infer<typeof FsPersonRef>;

export const FsBodyRef = z.object({ id: Uuid, name: I18nName, type: z.string() });
export type FsBodyRef = z.infer<typeof FsBodyRef>;

/** A part withheld from the reader, as everywhere else (access/confidentiality.ts WithheldPart). */
const Withheld = z.object({
  field: z.string(),
  barrier: z.string(),
  article: z.string(),
  reason: z.string(),
  count: z.number().int().optional(),
});

// ---- Records of victims (001 Art. 10(2)(10)) ----

export const VICTIM_RECORD_SOURCES = ["incident", "report", "mobile_group", "self", "other"] as const;

export const VictimRecordCreate = z
  .strictObject({
    personId: Uuid,
    familyId: Uuid.optional(),
    incidentId: Uuid.optional(),
    openedOn: InputDate,
    source: z.enum(VICTIM_RECORD_SOURCES),
  })
  .meta({ id: "VictimRecordCreate" });
export type VictimRecordCreate = z.infer<typeof VictimRecordCreate>;

export const VictimRecordClose = z
  .strictObject({ closedOn: InputDate, reason: text().trim().min(1).max(2000) })
  .meta({ id: "VictimRecordClose" });
export type VictimRecordClose = z.infer<typeof VictimRecordClose>;

export const VictimRecord = z
  .object({
    id: Uuid,
    centre: FsBodyRef,
    person: FsPersonRef,
    familyId: Uuid.nullable(),
    incidentId: Uuid.nullable(),
    openedOn: LegalDate,
    source: z.string(),
    closedOn: LegalDate.nullable(),
    closedReason: z.string().nullable(),
  })
  .meta({ id: "VictimRecord" });
export type VictimRecord = z.infer<typeof VictimRecord>;

export const VictimRecordQuery = PageQuery.extend({
  q: line().trim().max(200).optional(),
  open: z.enum(["true", "false"]).optional(),
  familyId: Uuid.optional(),
});
export const VictimRecordPage = pageOf(VictimRecord)
  .extend({ withheld: z.array(Withheld) })
  .meta({
    id: "VictimRecordPage",
  });
export type VictimRecordPage = z.infer<typeof VictimRecordPage>;

// ---- Registration in a difficult life situation (001 Art. 54) ----

/**
 * The centre registers a person of a family (001 Art. 54(1)); issued as the measure
 * `difficult_life_situation_registration`. `legalGround` (001 Art. 49(1)) defaults to the materials of
 * state bodies (the police's notice of an incident, 001 Art. 72(3)(2)), `basis` (001 Art. 49(3)) to an
 * act creating conditions for an infraction.
 */
export const RegistrationCreate = z
  .strictObject({
    familyId: Uuid,
    personId: Uuid,
    issuedAt: InputInstant,
    justification: text().trim().min(1).max(4000).optional(),
    legalGround: Identifier.optional(),
    basis: Identifier.optional(),
  })
  .meta({ id: "RegistrationCreate" });
export type RegistrationCreate = z.infer<typeof RegistrationCreate>;

export const MeasureCreated = z.object({ measureId: Uuid }).meta({ id: "MeasureCreated" });
export type MeasureCreated = z.infer<typeof MeasureCreated>;

// ---- Individual assistance plan (001 Arts. 55, 72(5)) ----

export const PlanStepInput = z.strictObject({
  area: Identifier,
  title: text().trim().min(1).max(500),
  /** Null is refused by the law with its article (assistance_plan.step_responsible_body_required). */
  responsibleBodyId: Uuid.nullable(),
  dueOn: InputDate,
});
export type PlanStepInput = z.infer<typeof PlanStepInput>;

export const PlanCreate = z
  .strictObject({
    familyId: Uuid,
    personId: Uuid,
    from: InputDate,
    until: InputDate,
    goal: text().trim().min(1).max(4000),
    issuedAt: InputInstant.optional(),
    legalGround: Identifier.optional(),
    basis: Identifier.optional(),
    steps: z.array(PlanStepInput).min(1).max(50),
  })
  .meta({ id: "PlanCreate" });
export type PlanCreate = z.infer<typeof PlanCreate>;

export const PlanStepFactCreate = z
  .strictObject({ type: Identifier, at: InputInstant, note: text().max(2000).optional() })
  .meta({ id: "PlanStepFactCreate" });
export type PlanStepFactCreate = z.infer<typeof PlanStepFactCreate>;

export const PlanClose = z
  .strictObject({
    outcome: Identifier,
    assessment: text().max(4000),
    at: InputInstant,
    /** The plan measure's version the writer saw; the current one when not given. */
    version: version().optional(),
  })
  .meta({ id: "PlanClose" });
export type PlanClose = z.infer<typeof PlanClose>;

export const PlanStepFact = z.object({
  seq: z.number().int(),
  type: z.string(),
  at: z.string(),
  note: z.string().nullable(),
});

export const PlanStep = z.object({
  id: Uuid,
  seq: z.number().int(),
  area: z.string(),
  title: z.string(),
  responsibleBody: FsBodyRef,
  dueOn: LegalDate,
  /** Derived by the law: open, overdue, done, not_done, cancelled. */
  state: z.string(),
  facts: z.array(PlanStepFact),
  /** The hand-off to the responsible body (none when the centre itself is responsible). */
  handoff: z.object({ id: Uuid, state: z.string(), dueAt: z.string(), overdue: z.boolean() }).nullable(),
});
export type PlanStep = z.infer<typeof PlanStep>;

export const AssistancePlan = z
  .object({
    measureId: Uuid,
    registrationNumber: z.string().nullable(),
    familyId: Uuid.nullable(),
    person: FsPersonRef,
    centre: FsBodyRef,
    goal: z.string(),
    from: LegalDate.nullable(),
    until: LegalDate.nullable(),
    issuedAt: z.string(),
    /** The measure's status (in_force, terminated …). */
    status: z.string(),
    version: z.number().int(),
    steps: z.array(PlanStep),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    mayClose: z.boolean(),
    assessment: z.object({ outcome: z.string(), assessment: z.string(), at: z.string() }).nullable(),
    asOf: LegalDate,
  })
  .meta({ id: "AssistancePlan" });
export type AssistancePlan = z.infer<typeof AssistancePlan>;

// ---- Services delivered (001 Arts. 10(2)(3), 72(2)) ----

export const FamilyServiceCreate = z
  .strictObject({
    personId: Uuid,
    familyId: Uuid.optional(),
    deliveredOn: InputDate,
    area: Identifier,
    planStepId: Uuid.optional(),
    note: text().max(2000).optional(),
  })
  .meta({ id: "FamilyServiceCreate" });
export type FamilyServiceCreate = z.infer<typeof FamilyServiceCreate>;

export const FamilyService = z
  .object({
    id: Uuid,
    centre: FsBodyRef,
    person: FsPersonRef,
    familyId: Uuid.nullable(),
    deliveredOn: LegalDate,
    area: z.string(),
    planStepId: Uuid.nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: "FamilyService" });
export type FamilyService = z.infer<typeof FamilyService>;

export const FamilyServiceQuery = PageQuery.extend({
  personId: Uuid.optional(),
  familyId: Uuid.optional(),
});
export const FamilyServicePage = pageOf(FamilyService).meta({ id: "FamilyServicePage" });
export type FamilyServicePage = z.infer<typeof FamilyServicePage>;

// ---- Shelters and stays (001 Arts. 10(2)(4), 72(2)) ----

export const ShelterCreate = z
  .strictObject({
    name: line().trim().min(1).max(300),
    address: text().trim().min(1).max(500),
    places: z.number().int().min(1).max(10000),
  })
  .meta({ id: "ShelterCreate" });
export type ShelterCreate = z.infer<typeof ShelterCreate>;

export const Shelter = z
  .object({
    id: Uuid,
    centre: FsBodyRef,
    name: z.string(),
    /** The shelter's address: only for the centre and the DV inspector (read_personal on the shelter). */
    address: z.string().nullable(),
    places: z.number().int(),
    occupied: z.number().int(),
    active: z.boolean(),
  })
  .meta({ id: "Shelter" });
export type Shelter = z.infer<typeof Shelter>;

export const ShelterList = z
  .object({ items: z.array(Shelter), asOf: LegalDate, withheld: z.array(Withheld) })
  .meta({ id: "ShelterList" });
export type ShelterList = z.infer<typeof ShelterList>;

export const StayCreate = z
  .strictObject({
    shelterId: Uuid,
    personId: Uuid,
    familyId: Uuid.optional(),
    incidentId: Uuid.optional(),
    admittedOn: InputDate,
    plannedUntil: InputDate,
  })
  .meta({ id: "StayCreate" });
export type StayCreate = z.infer<typeof StayCreate>;

export const StayExtension = z
  .strictObject({ requestedUntil: InputDate, note: text().max(2000).optional() })
  .meta({ id: "StayExtension" });
export type StayExtension = z.infer<typeof StayExtension>;

export const StayDepart = z
  .strictObject({ departedOn: InputDate, note: text().max(2000).optional() })
  .meta({ id: "StayDepart" });
export type StayDepart = z.infer<typeof StayDepart>;

export const StayFact = z.object({
  seq: z.number().int(),
  type: z.string(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
});

export const ShelterStay = z
  .object({
    id: Uuid,
    shelter: z.object({ id: Uuid, name: z.string() }),
    person: FsPersonRef,
    familyId: Uuid.nullable(),
    incidentId: Uuid.nullable(),
    admittedOn: LegalDate,
    plannedUntil: LegalDate,
    departedOn: LegalDate.nullable(),
    /** Derived by the law: staying, ending (3 days or fewer left), overdue, departed. */
    state: z.string(),
    latestEnd: LegalDate,
    daysLeft: z.number().int(),
    facts: z.array(StayFact),
    version: z.number().int(),
  })
  .meta({ id: "ShelterStay" });
export type ShelterStay = z.infer<typeof ShelterStay>;

/**
 * The answer to an extension: `refused` when the request went past the month (001 Art. 72(2)) — the
 * refusal is recorded as a fact and the stay is returned unchanged, with the code and article.
 */
export const StayExtensionResult = z
  .object({
    stay: ShelterStay,
    refused: z.object({ code: z.string(), article: z.string(), latestEnd: LegalDate }).nullable(),
  })
  .meta({ id: "StayExtensionResult" });
export type StayExtensionResult = z.infer<typeof StayExtensionResult>;

export const StayQuery = PageQuery.extend({
  state: z.enum(["current", "staying", "ending", "overdue", "departed", "all"]).optional(),
  shelterId: Uuid.optional(),
  familyId: Uuid.optional(),
});
export const StayPage = pageOf(ShelterStay).meta({ id: "StayPage" });
export type StayPage = z.infer<typeof StayPage>;

// ---- The centre's worklist ----

export const WorklistStep = z.object({
  stepId: Uuid,
  measureId: Uuid,
  title: z.string(),
  area: z.string(),
  dueOn: LegalDate,
  responsibleBody: FsBodyRef,
  person: FsPersonRef,
});
export const WorklistStay = z.object({
  stayId: Uuid,
  shelterName: z.string(),
  plannedUntil: LegalDate,
  daysLeft: z.number().int(),
  person: FsPersonRef,
});
export const WorklistNotice = z.object({
  handoffId: Uuid,
  ground: z.string(),
  article: z.string(),
  recordType: z.string(),
  recordId: Uuid,
  state: z.string(),
  sentAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  sender: z.object({ id: Uuid, name: I18nName }),
});

export const FamilySupportWorklist = z
  .object({
    asOf: LegalDate,
    stepsDue: z.array(WorklistStep),
    stepsOverdue: z.array(WorklistStep),
    staysEnding: z.array(WorklistStay),
    staysOverdue: z.array(WorklistStay),
    incidentNotices: z.array(WorklistNotice),
    counts: z.object({
      stepsDue: z.number().int(),
      stepsOverdue: z.number().int(),
      staysEnding: z.number().int(),
      staysOverdue: z.number().int(),
      incidentNotices: z.number().int(),
    }),
  })
  .meta({ id: "FamilySupportWorklist" });
export type FamilySupportWorklist = z.infer<typeof FamilySupportWorklist>;

export const PdfLangQuery = z.object({ lang: z.enum(["kk", "ru"]).default("kk") });
