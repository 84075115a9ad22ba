import { z } from "zod";
import { ErrorBody, I18nName, PageQuery, pageOf, Uuid } from "./common.ts";
import { legalDate, line, text } from "./input.ts";

/**
 * The school's prevention council (R2.10; 001 Arts. 23(9),(14), 78, 21(10)): the school's attendance
 * imported from a file and the 78(2)(4) criterion computed from it, pupils requiring increased
 * attention with the criteria of 78(2) that apply, the council's meeting with the minor and the legal
 * representatives (78(3)) assigning pedagogical support (the measure `pedagogical_support`) or
 * recording the representatives' refusal, which goes to the commission on minors' affairs as a
 * hand-off (78(4)), the support plan's steps, and the quarterly analysis of the schools' prevention
 * work for the education management body (21(10)). Criteria are the law package's ids
 * (PEDAGOGICAL_SUPPORT_CRITERIA, `@aldyn/law`).
 */

const LegalDate = z.iso.date();
const InputDate = legalDate();
const Criterion = z
  .string()
  .max(100)
  .regex(/^78\.2\.[0-9]+_[a-z_]+$/, "a criterion id of 001 Art. 78(2)");
const Lang3 = z.enum(["kk", "ru", "en"]);

// ---- Attendance (001 Art. 78(2)(4)) ----

export const AttendanceTemplateQuery = z.object({
  format: z.enum(["csv", "xlsx"]).default("csv"),
  lang: Lang3.default("kk"),
});
export type AttendanceTemplateQuery = z.infer<typeof AttendanceTemplateQuery>;

/** The language of the per-row messages of an import (`?lang=`; else Accept-Language; else kk). */
export const AttendanceImportQuery = z.object({ lang: Lang3.optional() });

/** One absence as a JSON import gives it: the file's columns, as text (the law checks them). */
export const AttendanceRowInput = z.strictObject({
  iin: line().max(100),
  surname: line().max(200),
  givenName: line().max(200),
  date: line().max(100),
  validReason: line().max(20),
  reason: text().max(500).optional(),
});
export type AttendanceRowInput = z.infer<typeof AttendanceRowInput>;

export const AttendanceImportJson = z
  .strictObject({
    fileName: line().trim().min(1).max(255).optional(),
    rows: z.array(AttendanceRowInput).min(1).max(20000),
  })
  .meta({ id: "AttendanceImportJson" });
export type AttendanceImportJson = z.infer<typeof AttendanceImportJson>;

/** A bad row of an import: its line in the file (the header is line 1), the column, the code, the text. */
export const AttendanceRowError = z.object({
  line: z.number().int(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type AttendanceRowError = z.infer<typeof AttendanceRowError>;

/**
 * The 422 `attendance.rows_invalid`: every bad row in `error.details` (ErrorBody's list, each with its
 * line); nothing of the file is written.
 */
export const AttendanceRowsInvalid = z
  .object({
    error: ErrorBody.shape.error.extend({ details: z.array(AttendanceRowError).optional() }),
  })
  .meta({ id: "AttendanceRowsInvalid" });
export type AttendanceRowsInvalid = z.infer<typeof AttendanceRowsInvalid>;

/** A pupil meeting 78(2)(4): the most unexcused days in one month and that month's window. */
export const PupilCriterionMet = z.object({
  personId: Uuid,
  fullName: z.string(),
  days: z.number().int(),
  window: z.object({ from: LegalDate, until: LegalDate }).nullable(),
  onAttention: z.boolean(),
});
export type PupilCriterionMet = z.infer<typeof PupilCriterionMet>;

export const AttendanceImportResult = z
  .object({
    importId: Uuid,
    imported: z.number().int(),
    pupilsCreated: z.number().int(),
    pupilsMeetingCriterion: z.array(PupilCriterionMet),
  })
  .meta({ id: "AttendanceImportResult" });
export type AttendanceImportResult = z.infer<typeof AttendanceImportResult>;

// ---- Pupils and attention records (001 Art. 78(2)) ----

export const SCHOOL_PUPIL_FILTERS = ["criterion_met", "attention", "support", "all"] as const;

export const SchoolPupilsQuery = PageQuery.extend({
  filter: z.enum(SCHOOL_PUPIL_FILTERS).default("all"),
  q: line().trim().max(100).optional(),
});
export type SchoolPupilsQuery = z.infer<typeof SchoolPupilsQuery>;

export const AttentionRecord = z
  .object({
    id: Uuid,
    personId: Uuid,
    criteria: z.array(z.string()),
    since: LegalDate,
    until: LegalDate.nullable(),
    closedReason: z.string().nullable(),
    absenceDays: z.number().int().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: "AttentionRecord" });
export type AttentionRecord = z.infer<typeof AttentionRecord>;

export const SupportSummary = z.object({
  measureId: Uuid,
  status: z.string(),
  issuedAt: z.string(),
  refused: z.boolean(),
  stepsTotal: z.number().int(),
  stepsDone: z.number().int(),
  stepsOverdue: z.number().int(),
});
export type SupportSummary = z.infer<typeof SupportSummary>;

export const SchoolPupil = z
  .object({
    personId: Uuid,
    fullName: z.string(),
    iin: z.string().nullable(),
    birthDate: LegalDate,
    /** Days missed without a valid reason in the last month (to today), and all days in it. */
    unexcusedLastMonth: z.number().int(),
    absentLastMonth: z.number().int(),
    /** 001 Art. 78(2)(4) evaluated on every absence on record to today. */
    criterion: z.object({
      met: z.boolean(),
      days: z.number().int(),
      window: z.object({ from: LegalDate, until: LegalDate }).nullable(),
    }),
    attention: AttentionRecord.nullable(),
    support: SupportSummary.nullable(),
  })
  .meta({ id: "SchoolPupil" });
export type SchoolPupil = z.infer<typeof SchoolPupil>;

export const SchoolPupilPage = pageOf(SchoolPupil).meta({ id: "SchoolPupilPage" });
export type SchoolPupilPage = z.infer<typeof SchoolPupilPage>;

export const AttentionCreate = z
  .strictObject({
    personId: Uuid,
    criteria: z.array(Criterion).min(1).max(12),
    since: InputDate,
    note: text().trim().max(2000).optional(),
  })
  .meta({ id: "AttentionCreate" });
export type AttentionCreate = z.infer<typeof AttentionCreate>;

export const AttentionClose = z
  .strictObject({ until: InputDate, reason: text().trim().min(1).max(2000) })
  .meta({ id: "AttentionClose" });
export type AttentionClose = z.infer<typeof AttentionClose>;

// ---- The council's meeting (001 Art. 78(3),(4)) ----

export const COUNCIL_OUTCOMES = ["support_assigned", "representatives_refused", "not_needed"] as const;
export type CouncilOutcome = (typeof COUNCIL_OUTCOMES)[number];

export const CouncilRepresentative = z.strictObject({
  personId: Uuid.optional(),
  fullName: line().trim().min(1).max(300),
  relation: line().trim().min(1).max(100),
});
export type CouncilRepresentative = z.infer<typeof CouncilRepresentative>;

export const SupportStepInput = z.strictObject({
  activity: text().trim().min(1).max(500),
  responsible: line().trim().min(1).max(300),
  dueOn: InputDate,
});
export type SupportStepInput = z.infer<typeof SupportStepInput>;

export const CouncilMeetingCreate = z
  .strictObject({
    personId: Uuid,
    heldOn: InputDate,
    minorPresent: z.boolean(),
    representatives: z.array(CouncilRepresentative).max(10),
    members: text().trim().min(1).max(2000),
    criteria: z.array(Criterion).max(12),
    outcome: z.enum(COUNCIL_OUTCOMES),
    note: text().trim().max(2000).optional(),
    support: z.strictObject({ steps: z.array(SupportStepInput).max(50) }).optional(),
  })
  .meta({ id: "CouncilMeetingCreate" });
export type CouncilMeetingCreate = z.infer<typeof CouncilMeetingCreate>;

/** A hand-off the meeting sent (the refusal's referral to the commission, 001 Art. 78(4)). */
export const SchoolHandoffRef = z.object({
  id: Uuid,
  ground: z.string(),
  receiver: z.object({ id: Uuid, name: I18nName }),
  sentAt: z.string(),
  dueAt: z.string().nullable(),
});
export type SchoolHandoffRef = z.infer<typeof SchoolHandoffRef>;

export const CouncilMeeting = z
  .object({
    id: Uuid,
    personId: Uuid,
    heldOn: LegalDate,
    outcome: z.enum(COUNCIL_OUTCOMES),
    criteria: z.array(z.string()),
    measureId: Uuid.nullable(),
    handoffs: z.array(SchoolHandoffRef),
  })
  .meta({ id: "CouncilMeeting" });
export type CouncilMeeting = z.infer<typeof CouncilMeeting>;

// ---- The support plan (001 Art. 78(3)) ----

export const SupportStep = z.object({
  id: Uuid,
  seq: z.number().int(),
  activity: z.string(),
  responsible: z.string(),
  dueOn: LegalDate,
  doneOn: LegalDate.nullable(),
  result: z.string().nullable(),
  overdue: z.boolean(),
});
export type SupportStep = z.infer<typeof SupportStep>;

export const SupportPlan = z
  .object({
    measureId: Uuid,
    person: z.object({ id: Uuid, fullName: z.string(), birthDate: LegalDate }),
    status: z.string(),
    issuedAt: z.string(),
    criteria: z.array(z.string()),
    refused: z.boolean(),
    meeting: z
      .object({
        id: Uuid,
        heldOn: LegalDate,
        members: z.string(),
        representatives: z.array(z.object({ fullName: z.string(), relation: z.string() })),
      })
      .nullable(),
    steps: z.array(SupportStep),
    progress: z.object({ total: z.number().int(), done: z.number().int(), overdue: z.number().int() }),
    handoffs: z.array(SchoolHandoffRef),
  })
  .meta({ id: "SupportPlan" });
export type SupportPlan = z.infer<typeof SupportPlan>;

export const SupportStepsAdd = z
  .strictObject({ steps: z.array(SupportStepInput).min(1).max(50) })
  .meta({ id: "SupportStepsAdd" });
export type SupportStepsAdd = z.infer<typeof SupportStepsAdd>;

export const SupportStepDone = z
  .strictObject({ doneOn: InputDate, result: text().trim().max(2000).optional() })
  .meta({ id: "SupportStepDone" });
export type SupportStepDone = z.infer<typeof SupportStepDone>;

// ---- The quarterly analysis (001 Art. 21(10)) ----

export const SchoolAnalysisQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2199),
  quarter: z.coerce.number().int().min(1).max(4),
  territoryId: Uuid.optional(),
});
export type SchoolAnalysisQuery = z.infer<typeof SchoolAnalysisQuery>;

export const SchoolAnalysisPdfQuery = SchoolAnalysisQuery.extend({
  lang: z.enum(["kk", "ru"]).default("kk"),
});
export const SchoolAnalysisXlsxQuery = SchoolAnalysisQuery.extend({ lang: Lang3.default("kk") });

export const SchoolAnalysisFigure = z.object({ code: z.string(), article: z.string() });

export const SchoolAnalysisRow = z.object({
  school: z.object({ id: Uuid, name: I18nName, territoryName: I18nName }),
  /** Figure code → value for the quarter (codes of SchoolAnalysis.figures). */
  values: z.record(z.string(), z.number().int()),
});

export const SchoolAnalysis = z
  .object({
    year: z.number().int(),
    quarter: z.number().int(),
    from: LegalDate,
    until: LegalDate,
    territory: z.object({ id: Uuid, name: I18nName }),
    figures: z.array(SchoolAnalysisFigure),
    schools: z.array(SchoolAnalysisRow),
    totals: z.record(z.string(), z.number().int()),
  })
  .meta({ id: "SchoolAnalysis" });
export type SchoolAnalysis = z.infer<typeof SchoolAnalysis>;

// ---- The home page ----

export const SchoolPreventionSummary = z
  .object({
    /** Pupils meeting 78(2)(4) not yet on an attention record. */
    criterionMet: z.number().int(),
    supportsActive: z.number().int(),
    stepsOverdue: z.number().int(),
    /** Refusals referred to the commission (78(4)) in the current quarter. */
    refusalsReferred: z.number().int(),
  })
  .meta({ id: "SchoolPreventionSummary" });
export type SchoolPreventionSummary = z.infer<typeof SchoolPreventionSummary>;
