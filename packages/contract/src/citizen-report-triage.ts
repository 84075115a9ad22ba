import { z } from "zod";
import { I18nName, PageQuery, pageOf, Uuid } from "./common.ts";
import { line, text, version } from "./input.ts";

/**
 * Triage and routing of reports from citizens (R6): the territory's queue, a report as its officials
 * see it, triage, the routing proposals by legal duty (001 Art. 39(3)), the hand-offs to each body,
 * the one-official-at-a-time lock, the answer to the reporter (001 Arts. 6(4), 49(2)) and the link to
 * the measure the report became the ground of (001 Art. 49(1)(1)). Categories, urgencies, flags and
 * grounds are the law package's identifiers (`@aldyn/law` reports/, handoffs/): the server checks
 * them against the law's lists and answers 400 with the field.
 */

const Identifier = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_.]+$/, "an identifier of the law package");

/** How a report concerns a person of the registry (citizen_report_person.role, migration 0029). */
export const REPORT_PERSON_ROLES = [
  "concerned",
  "subject",
  "victim",
  "minor",
  "reporter",
  "witness",
] as const;
export const ReportPersonRole = z.enum(REPORT_PERSON_ROLES);

export const REPORT_STATUS_IDS = ["received", "triaged", "routed", "answered", "closed"] as const;
export const ReportStatusId = z.enum(REPORT_STATUS_IDS);

/** The queue's order: `immediate` first, then `urgent`, reports not yet triaged, `routine`; oldest first within. */
export const ReportTriageQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  /** Without it, the reports still to be worked on: received, triaged, routed. */
  status: ReportStatusId.optional(),
  category: Identifier.optional(),
  urgency: Identifier.optional(),
  flag: Identifier.optional(),
  /** Its registration number (or the start of it), or words of the description or the place. */
  q: line().trim().min(2).max(200).optional(),
});
export type ReportTriageQuery = z.infer<typeof ReportTriageQuery>;

export const ReportBodyRef = z.object({ id: Uuid, name: I18nName });

/** Who holds a report now (one official at a time, for 15 minutes unless renewed). */
export const ReportLock = z.object({
  userId: Uuid,
  userName: z.string(),
  expiresAt: z.string(),
  mine: z.boolean(),
});
export type ReportLock = z.infer<typeof ReportLock>;

export const ReportTriageItem = z.object({
  id: Uuid,
  registrationNumber: z.string(),
  channel: z.string(),
  receivedAt: z.string(),
  status: ReportStatusId,
  category: z.string().nullable(),
  urgency: z.string().nullable(),
  flags: z.array(z.string()),
  district: ReportBodyRef.nullable(),
  /** The first words of the description (the reporter's contacts are never in the list). */
  excerpt: z.string(),
  answerDueAt: z.string().nullable(),
  /** Not answered by its due date (001 Arts. 6(4), 49(2)). */
  answerOverdue: z.boolean(),
  lock: ReportLock.nullable(),
});
export type ReportTriageItem = z.infer<typeof ReportTriageItem>;

export const ReportTriagePage = pageOf(ReportTriageItem).meta({ id: "ReportTriagePage" });
export type ReportTriagePage = z.infer<typeof ReportTriagePage>;

/** The reporter as given; personal data, shown only with read_personal (R11.1). */
export const ReportReporter = z.object({
  anonymous: z.boolean(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  callbackConsent: z.boolean().nullable(),
  callAt: z.string().nullable(),
});

export const ReportFactView = z.object({
  type: z.string(),
  at: z.string(),
  data: z.record(z.string(), z.unknown()),
  recordedBy: z.string().nullable(),
  /** The official who recorded it; null for the reporter's own acts (the public page, the bot). */
  byName: z.string().nullable(),
});

/** Why a report looks like another one (report-duplicates.ts on the server explains each rule). */
export const DUPLICATE_REASONS = ["same_phone", "near_location", "same_district_category"] as const;
export const LikelyDuplicate = z.object({
  id: Uuid,
  registrationNumber: z.string(),
  receivedAt: z.string(),
  status: ReportStatusId,
  category: z.string().nullable(),
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
});

export const ReportHandoff = z.object({
  id: Uuid,
  ground: z.string(),
  article: z.string(),
  clock: z.string(),
  receiverBody: ReportBodyRef,
  state: z.string(),
  sentAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
  receivedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  reroutedFromId: Uuid.nullable(),
});
export type ReportHandoff = z.infer<typeof ReportHandoff>;

export const ReportDetail = z
  .object({
    id: Uuid,
    registrationNumber: z.string(),
    channel: z.string(),
    receivedAt: z.string(),
    /** When it happened, as the reporter said (optional). */
    occurredAt: z.string().nullable(),
    takenByBody: ReportBodyRef.nullable(),
    territoryPath: z.string(),
    district: ReportBodyRef.nullable(),
    locationText: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    description: z.string(),
    /** null when the reader may not see personal data (read_personal). */
    reporter: ReportReporter.nullable(),
    category: z.string().nullable(),
    urgency: z.string().nullable(),
    /** What the law proposes for the category and flags (proposeUrgency), until someone triages. */
    proposedUrgency: z.string().nullable(),
    flags: z.array(z.string()),
    status: ReportStatusId,
    answerDueAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    answerOverdue: z.boolean(),
    /** The answers the reporter reads by the tracking code, oldest first. */
    answers: z.array(z.object({ at: z.string(), text: z.string(), byBody: ReportBodyRef.nullable() })),
    duplicateOf: z.object({ id: Uuid, registrationNumber: z.string() }).nullable(),
    lock: ReportLock.nullable(),
    version: z.number().int(),
    attachments: z.array(
      z.object({ id: Uuid, fileName: z.string(), contentType: z.string(), size: z.number().int() }),
    ),
    facts: z.array(ReportFactView),
    handoffs: z.array(ReportHandoff),
    /** Persons of the registry it concerns; the name only for a reader of the person's personal data. */
    persons: z.array(z.object({ personId: Uuid, role: ReportPersonRole, fullName: z.string().nullable() })),
    duplicates: z.array(LikelyDuplicate),
    /** The measures this report is the ground of (001 Art. 49(1)(1)). */
    measures: z.array(z.object({ id: Uuid, kind: z.string(), issuedAt: z.string(), status: z.string() })),
    /** What this reader may do now (the server checks again on every write). */
    can: z.object({ work: z.boolean(), readPersonal: z.boolean() }),
  })
  .meta({ id: "ReportDetail" });
export type ReportDetail = z.infer<typeof ReportDetail>;

/** Triage: the closed category list, urgency, flags, the district, the persons concerned. */
export const ReportTriageInput = z
  .strictObject({
    version: version().optional(),
    category: Identifier,
    urgency: Identifier,
    flags: z.array(Identifier).max(10),
    /** The district where it happened (null: still unknown, the region's queue keeps it). */
    districtId: Uuid.nullable().optional(),
    personIds: z
      .array(z.strictObject({ personId: Uuid, role: ReportPersonRole }))
      .max(20)
      .optional(),
  })
  .meta({ id: "ReportTriageInput" });
export type ReportTriageInput = z.infer<typeof ReportTriageInput>;

/**
 * The proposals for another category or flags than the stored ones (the re-route dialog shows them
 * before the operator confirms): `flags` comma-separated.
 */
export const ReportRoutingQuery = z.object({
  category: Identifier.optional(),
  flags: z
    .string()
    .max(200)
    .regex(/^[a-z0-9_,]*$/, "identifiers separated by commas")
    .optional(),
});
export type ReportRoutingQuery = z.infer<typeof ReportRoutingQuery>;

/** A body the law says must be told (routeReport), with the body that covers the report's place. */
export const ReportRouteProposal = z.object({
  bodyType: z.string(),
  ground: z.string(),
  article: z.string(),
  clock: z.string(),
  /** The nearest body of that type covering the report's territory; null when there is none. */
  body: ReportBodyRef.nullable(),
  /** Other bodies of that type the operator may choose instead (same region). */
  alternatives: z.array(ReportBodyRef),
  dueAt: z.string(),
});
export const ReportRouting = z
  .object({ items: z.array(ReportRouteProposal), article: z.string() })
  .meta({ id: "ReportRouting" });
export type ReportRouting = z.infer<typeof ReportRouting>;

const Receivers = z
  .array(z.strictObject({ bodyId: Uuid, ground: Identifier }))
  .min(1)
  .max(20);

export const ReportRouteInput = z
  .strictObject({ version: version().optional(), receivers: Receivers })
  .meta({ id: "ReportRouteInput" });
export type ReportRouteInput = z.infer<typeof ReportRouteInput>;

/** A wrongly categorised report: the new category (and flags), the bodies to tell now, and why. */
export const ReportRerouteInput = z
  .strictObject({
    version: version().optional(),
    category: Identifier.optional(),
    flags: z.array(Identifier).max(10).optional(),
    receivers: Receivers,
    reason: text().trim().min(1).max(2000),
  })
  .meta({ id: "ReportRerouteInput" });
export type ReportRerouteInput = z.infer<typeof ReportRerouteInput>;

export const ReportAnswerInput = z
  .strictObject({ version: version().optional(), text: text().trim().min(1).max(4000) })
  .meta({ id: "ReportAnswerInput" });
export type ReportAnswerInput = z.infer<typeof ReportAnswerInput>;

export const ReportDuplicateOfInput = z
  .strictObject({ version: version().optional(), reportId: Uuid })
  .meta({ id: "ReportDuplicateOfInput" });
export type ReportDuplicateOfInput = z.infer<typeof ReportDuplicateOfInput>;
