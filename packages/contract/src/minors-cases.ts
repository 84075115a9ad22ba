import { z } from "zod";
import { I18nName, PageQuery, pageOf, Uuid } from "./common.ts";
import { legalDate, line, text, version } from "./input.ts";
import {
  CommissionBodyRef,
  MinorsCaseEventTypeId,
  MinorsCaseMaterialKindId,
  MinorsCasePersonRoleId,
  MinorsCaseSourceId,
  MinorsCaseStateId,
  MinorsCaseSubjectId,
} from "./minors-commissions.ts";

/**
 * The minors' cases a commission on minors' affairs considers (001 Art. 79(6)(9)): opened from
 * hand-offs addressed to it or directly, their persons, materials, events and the decisions of its
 * meetings. The commission itself and its identifiers are in minors-commissions.ts.
 */

const LegalDate = z.iso.date();
const InputDate = legalDate();

export const MinorsCasePersonInput = z.strictObject({ personId: Uuid, role: MinorsCasePersonRoleId });
/** A parent, another legal representative or another person added to an open case. */
export const MinorsCasePersonAdd = MinorsCasePersonInput.meta({ id: "MinorsCasePersonAdd" });
export type MinorsCasePersonAdd = z.infer<typeof MinorsCasePersonAdd>;

/**
 * Open a case. From a hand-off addressed to the user's commission (it is accepted in the same
 * transaction and becomes the first material; the minor comes from its record, or minorPersonId when
 * the record names none, e.g. a citizen's report), or directly (minorPersonId, summary and source).
 */
export const MinorsCaseCreate = z
  .strictObject({
    fromHandoffId: Uuid.optional(),
    minorPersonId: Uuid.optional(),
    subject: MinorsCaseSubjectId.optional(),
    summary: text().trim().min(1).max(4000).optional(),
    source: MinorsCaseSourceId.optional(),
    urgent: z.boolean().optional(),
    persons: z.array(MinorsCasePersonInput).max(20).optional(),
  })
  .meta({ id: "MinorsCaseCreate" });
export type MinorsCaseCreate = z.infer<typeof MinorsCaseCreate>;

export const MinorsCaseCreated = z
  .object({ id: Uuid, number: z.string(), joined: z.boolean(), materialId: Uuid.nullable() })
  .meta({ id: "MinorsCaseCreated" });
export type MinorsCaseCreated = z.infer<typeof MinorsCaseCreated>;

export const MinorsCaseListQuery = PageQuery.extend({
  state: MinorsCaseStateId.optional(),
  q: line().trim().max(200).optional(),
  /** A lower commission's cases, for a parent commission's user (79(6)(4)); the user's own by default. */
  commissionBodyId: Uuid.optional(),
});
export type MinorsCaseListQuery = z.infer<typeof MinorsCaseListQuery>;

export const MinorsCasePersonRef = z.object({
  id: Uuid,
  fullName: z.string(),
  birthDate: LegalDate.nullable(),
});

export const MinorsCaseRow = z
  .object({
    id: Uuid,
    number: z.string(),
    commission: CommissionBodyRef,
    subject: MinorsCaseSubjectId,
    minor: MinorsCasePersonRef,
    summary: z.string().nullable(),
    source: MinorsCaseSourceId,
    state: MinorsCaseStateId,
    urgent: z.boolean(),
    openedOn: LegalDate,
    readyAt: z.string().nullable(),
    materials: z.number().int(),
  })
  .meta({ id: "MinorsCaseRow" });
export type MinorsCaseRow = z.infer<typeof MinorsCaseRow>;

export const MinorsCasePage = pageOf(MinorsCaseRow).meta({ id: "MinorsCasePage" });
export type MinorsCasePage = z.infer<typeof MinorsCasePage>;

export const HandoffRefOfCase = z.object({
  id: Uuid,
  ground: z.string(),
  article: z.string(),
  senderBody: z.object({ id: Uuid, name: I18nName }),
  sentAt: z.string(),
  state: z.string(),
  recordType: z.string(),
  recordId: Uuid,
});

export const MinorsCaseMaterial = z.object({
  id: Uuid,
  seq: z.number().int(),
  kind: MinorsCaseMaterialKindId,
  title: z.string(),
  note: z.string().nullable(),
  receivedOn: LegalDate,
  handoff: HandoffRefOfCase.nullable(),
  measureId: Uuid.nullable(),
  attachmentId: Uuid.nullable(),
  addedAt: z.string(),
});
export type MinorsCaseMaterial = z.infer<typeof MinorsCaseMaterial>;

export const MinorsCaseEvent = z.object({
  seq: z.number().int(),
  type: MinorsCaseEventTypeId,
  at: z.string(),
  note: z.string().nullable(),
  byName: z.string().nullable(),
});

/** A decision on the case at a meeting (commission-meetings' tables), as the case shows it. */
export const MinorsCaseDecisionRef = z.object({
  meetingId: Uuid,
  meetingNumber: z.number().int().nullable(),
  meetingOn: z.string(),
  itemId: Uuid,
  decision: z.string().nullable(),
  article: z.string().nullable(),
  text: z.string().nullable(),
  /** The protocol is signed by the chair and the secretary: the decision is final. */
  final: z.boolean(),
});

export const MinorsCaseDuty = z.object({
  handoffId: Uuid,
  receiverBody: z.object({ id: Uuid, name: I18nName }),
  dueAt: z.string(),
  state: z.string(),
  outcome: z.string().nullable(),
});

export const MinorsCaseDetail = z
  .object({
    ...MinorsCaseRow.shape,
    version: z.number().int(),
    closedOn: LegalDate.nullable(),
    closedReason: z.string().nullable(),
    persons: z.array(z.object({ ...MinorsCasePersonRef.shape, role: MinorsCasePersonRoleId })),
    materialsList: z.array(MinorsCaseMaterial),
    events: z.array(MinorsCaseEvent),
    decisions: z.array(MinorsCaseDecisionRef),
    duties: z.array(MinorsCaseDuty),
    /** The user may add materials, mark ready, close (the commission's secretary). */
    canWrite: z.boolean(),
  })
  .meta({ id: "MinorsCaseDetail" });
export type MinorsCaseDetail = z.infer<typeof MinorsCaseDetail>;

export const MinorsCaseMaterialCreate = z
  .strictObject({
    kind: MinorsCaseMaterialKindId,
    title: line().trim().min(1).max(500),
    note: text().trim().max(10000).optional(),
    receivedOn: InputDate,
    handoffId: Uuid.optional(),
    measureId: Uuid.optional(),
    attachmentId: Uuid.optional(),
  })
  .meta({ id: "MinorsCaseMaterialCreate" });
export type MinorsCaseMaterialCreate = z.infer<typeof MinorsCaseMaterialCreate>;

export const MinorsCaseReady = z
  .strictObject({ version: version().optional() })
  .meta({ id: "MinorsCaseReady" });
export type MinorsCaseReady = z.infer<typeof MinorsCaseReady>;

export const MinorsCaseClose = z
  .strictObject({
    reason: line().trim().min(1).max(2000),
    closedOn: InputDate.optional(),
    version: version().optional(),
  })
  .meta({ id: "MinorsCaseClose" });
export type MinorsCaseClose = z.infer<typeof MinorsCaseClose>;

export const MinorsCasePatch = z
  .strictObject({
    summary: text().trim().min(1).max(4000).optional(),
    urgent: z.boolean().optional(),
    version: version().optional(),
  })
  .meta({ id: "MinorsCasePatch" });
export type MinorsCasePatch = z.infer<typeof MinorsCasePatch>;

/** A hand-off addressed to the commission not yet turned into a case (the secretary's inbox). */
export const MinorsCaseInboxItem = z.object({
  handoff: HandoffRefOfCase,
  dueAt: z.string(),
  overdue: z.boolean(),
  /** The minor the hand-off's record names, when it names one (a measure's subject, a person). */
  minor: MinorsCasePersonRef.nullable(),
  /** The open case of that minor at the commission the hand-off would join. */
  openCaseId: Uuid.nullable(),
  /** The case source the hand-off's ground gives (sourceOfGround). */
  source: MinorsCaseSourceId,
});

export const MinorsCaseInbox = z
  .object({ items: z.array(MinorsCaseInboxItem), total: z.number().int() })
  .meta({ id: "MinorsCaseInbox" });
export type MinorsCaseInbox = z.infer<typeof MinorsCaseInbox>;

export const MinorsCommissionSummary = z
  .object({
    commission: CommissionBodyRef.nullable(),
    handoffsToOpen: z.number().int(),
    gathering: z.number().int(),
    ready: z.number().int(),
    scheduled: z.number().int(),
    nextMeeting: z.object({ id: Uuid, scheduledAt: z.string(), place: z.string() }).nullable(),
  })
  .meta({ id: "MinorsCommissionSummary" });
export type MinorsCommissionSummary = z.infer<typeof MinorsCommissionSummary>;
