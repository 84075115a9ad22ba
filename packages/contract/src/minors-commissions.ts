import { z } from "zod";
import { I18nName, Uuid } from "./common.ts";
import { legalDate, line } from "./input.ts";

/**
 * Commissions on minors' affairs and the protection of their rights (001 Art. 79): the hierarchy
 * (79(2),(3)), the composition with terms of office (79(4),(5)), the view of the lower commissions a
 * commission coordinates and monitors (79(6)(4)), and the minors' cases a commission considers
 * (79(6)(9)) — opened from hand-offs addressed to it (a school's referral after a refusal of pedagogical
 * support 78(4), a release notice 80(10)(4), the akimat's submission 80(11)) or directly. Levels, roles,
 * bodies represented, case states and sources are the law package's identifiers (`@aldyn/law`
 * minors/commission.ts, minors/agenda.ts); the law refuses what it forbids with its code and article.
 */

const LegalDate = z.iso.date();
const InputDate = legalDate();

/** 001 Art. 79(2),(3): the levels of the hierarchy. */
export const CommissionLevelId = z.enum(["interdepartmental", "region", "city", "district", "settlement"]);
/** 001 Art. 79(4): chair, deputy chair, members, one secretary. */
export const CommissionMemberRoleId = z.enum(["chair", "deputy_chair", "member", "secretary"]);
/** 001 Art. 79(5): whom a member represents (akimat for the chair; other when none of the list). */
export const CommissionRepresentsId = z.enum([
  "maslikhat",
  "internal_affairs",
  "education",
  "culture",
  "healthcare",
  "justice",
  "employment",
  "guardianship",
  "family_support_centre",
  "child_ombudsperson",
  "human_rights_ombudsperson",
  "psychologist",
  "public_organisation",
  "akimat",
  "other",
]);
export const MinorsCaseStateId = z.enum(["gathering", "ready", "scheduled", "decided", "closed"]);
export type MinorsCaseStateId = z.infer<typeof MinorsCaseStateId>;
export const MinorsCaseSourceId = z.enum([
  "handoff",
  "school_refusal",
  "release_notice",
  "returned_minor",
  "police_materials",
  "report",
  "own",
]);
/** 001 Art. 79(6)(9): materials on a minor, or on parents who fail their duties. */
export const MinorsCaseSubjectId = z.enum(["minor", "parents"]);
export const MinorsCasePersonRoleId = z.enum(["minor", "legal_representative", "parent", "other"]);
export const MinorsCaseMaterialKindId = z.enum(["handoff", "measure", "note", "attachment", "report"]);
export const MinorsCaseEventTypeId = z.enum([
  "opened",
  "material_added",
  "ready",
  "scheduled",
  "decided",
  "returned",
  "closed",
]);

export const CommissionBodyRef = z.object({
  bodyId: Uuid,
  name: I18nName,
  level: CommissionLevelId,
  settlementName: z.string().nullable(),
});
export type CommissionBodyRef = z.infer<typeof CommissionBodyRef>;

// ---- Commissions and composition (001 Art. 79(2)-(5)) ----

export const MinorsCommissionCreate = z
  .strictObject({
    /** An existing body of type minors_commission; its territory is the commission's. */
    bodyId: Uuid,
    level: CommissionLevelId,
    /** The commission above (79(6)(4)); none only for the interdepartmental commission. */
    parentBodyId: Uuid.optional(),
    settlementName: line().trim().min(1).max(200).optional(),
    establishedOn: InputDate,
    establishedBy: line().trim().min(1).max(500),
    maslikhatApproval: line().trim().min(1).max(500).optional(),
  })
  .meta({ id: "MinorsCommissionCreate" });
export type MinorsCommissionCreate = z.infer<typeof MinorsCommissionCreate>;

export const CommissionMemberCreate = z
  .strictObject({
    userId: Uuid.optional(),
    fullName: line().trim().min(1).max(200),
    position: line().trim().min(1).max(300),
    role: CommissionMemberRoleId,
    represents: CommissionRepresentsId,
    representsBodyId: Uuid.optional(),
    /** The chair is the deputy akim (the akim for a settlement commission), 79(4). */
    chairIsDeputyAkim: z.boolean().optional(),
    since: InputDate,
    until: InputDate.optional(),
  })
  .meta({ id: "CommissionMemberCreate" });
export type CommissionMemberCreate = z.infer<typeof CommissionMemberCreate>;

export const CommissionMemberEnd = z
  .strictObject({ endedOn: InputDate, reason: line().trim().min(1).max(1000) })
  .meta({ id: "CommissionMemberEnd" });
export type CommissionMemberEnd = z.infer<typeof CommissionMemberEnd>;

export const CommissionMember = z
  .object({
    id: Uuid,
    userId: Uuid.nullable(),
    fullName: z.string(),
    position: z.string(),
    role: CommissionMemberRoleId,
    represents: CommissionRepresentsId,
    representsBody: z.object({ id: Uuid, name: I18nName }).nullable(),
    chairIsDeputyAkim: z.boolean(),
    since: LegalDate,
    until: LegalDate.nullable(),
    endedOn: LegalDate.nullable(),
    endedReason: z.string().nullable(),
    /** Sits on the commission today: since ≤ today, the term not run out, not ended. */
    active: z.boolean(),
  })
  .meta({ id: "CommissionMember" });
export type CommissionMember = z.infer<typeof CommissionMember>;

export const CaseCountsByState = z.object({
  gathering: z.number().int(),
  ready: z.number().int(),
  scheduled: z.number().int(),
  decided: z.number().int(),
  closed: z.number().int(),
});
export type CaseCountsByState = z.infer<typeof CaseCountsByState>;

export const MinorsCommissionRow = z
  .object({
    ...CommissionBodyRef.shape,
    territory: z.object({ id: Uuid, name: I18nName }),
    parentBodyId: Uuid.nullable(),
    secretary: z.object({ fullName: z.string() }).nullable(),
    activeMembers: z.number().int(),
    cases: CaseCountsByState,
  })
  .meta({ id: "MinorsCommissionRow" });
export type MinorsCommissionRow = z.infer<typeof MinorsCommissionRow>;

export const MinorsCommissionList = z
  .object({
    items: z.array(MinorsCommissionRow),
    /** Bodies of type minors_commission in the user's territory not yet registered as commissions. */
    unregisteredBodies: z.array(
      z.object({ id: Uuid, name: I18nName, territory: z.object({ id: Uuid, name: I18nName }) }),
    ),
    canCreate: z.boolean(),
  })
  .meta({ id: "MinorsCommissionList" });
export type MinorsCommissionList = z.infer<typeof MinorsCommissionList>;

export const CompositionGaps = z.object({
  missingRoles: z.array(CommissionMemberRoleId),
  missingBodies: z.array(CommissionRepresentsId),
  article: z.string(),
});
export type CompositionGaps = z.infer<typeof CompositionGaps>;

export const MinorsCommissionDetail = z
  .object({
    ...MinorsCommissionRow.shape,
    establishedOn: LegalDate,
    establishedBy: z.string(),
    maslikhatApproval: z.string().nullable(),
    parent: CommissionBodyRef.nullable(),
    lower: z.array(CommissionBodyRef),
    members: z.array(CommissionMember),
    gaps: CompositionGaps,
    /** The user may add and end members (the commission's secretary, the akimat, 79(3)). */
    canManage: z.boolean(),
  })
  .meta({ id: "MinorsCommissionDetail" });
export type MinorsCommissionDetail = z.infer<typeof MinorsCommissionDetail>;

// ---- The lower commissions (001 Art. 79(6)(4)): figures and decisions, no names ----

export const LowerCommissionsQuery = z.object({ from: InputDate.optional(), until: InputDate.optional() });
export type LowerCommissionsQuery = z.infer<typeof LowerCommissionsQuery>;

export const LowerCommissionsView = z
  .object({
    from: LegalDate,
    until: LegalDate,
    commissions: z.array(
      z.object({
        ...CommissionBodyRef.shape,
        cases: CaseCountsByState,
        meetingsHeld: z.number().int(),
        decisionsByCode: z.record(z.string(), z.number().int()),
      }),
    ),
    decisions: z.array(
      z.object({
        decidedOn: LegalDate,
        commissionBodyId: Uuid,
        decision: z.string(),
        article: z.string().nullable(),
        caseNumber: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "LowerCommissionsView" });
export type LowerCommissionsView = z.infer<typeof LowerCommissionsView>;
