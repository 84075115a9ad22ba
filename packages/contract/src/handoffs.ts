import { z } from "zod";
import { I18nName, PageQuery, Uuid } from "./common.ts";
import { text, version } from "./input.ts";

/**
 * Hand-offs between bodies (ARCHITECTURE.md "Hand-offs between bodies"): a record one body sends to
 * another on a legal ground with a statutory clock — a copy of an official warning to the prosecutor
 * (001 Art. 51(3)), a report within another body's competence (001 Art. 39(3)), a referral to the
 * commission on minors' affairs (001 Art. 78(4)), a release notice (001 Art. 80(10)(4)) … Its state is
 * derived from facts: sent → received → accepted or declined (with a reason; a re-route is a new
 * hand-off to another body that keeps the original due date) → answered. Grounds, clocks, states and
 * fact types are the law package's identifiers (`@aldyn/law` handoffs/): the server checks them against
 * the law's lists and answers 400 with the field.
 */

const Identifier = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_.]+$/, "an identifier of the law package");

/**
 * The kinds of records a hand-off may concern (the table's named CHECK, migrations 0028, 0034): an
 * incident of domestic violence (001 Art. 72(3)(2)), an assistance plan — the plan measure's id (55(1)) —
 * and a mobile group's outreach visit (11(2)).
 */
export const HANDOFF_RECORD_TYPES = [
  "citizen_report",
  "person",
  "measure",
  "register_entry",
  "dv_incident",
  "assistance_plan",
  "outreach_visit",
  /** A case of a commission on minors' affairs: its decisions' duties (001 Art. 79(6)(1); migration 0039). */
  "minors_case",
] as const;
export const HandoffRecordType = z.enum(HANDOFF_RECORD_TYPES);
export type HandoffRecordType = z.infer<typeof HandoffRecordType>;

export const HandoffBodyRef = z.object({ id: Uuid, name: I18nName });
export type HandoffBodyRef = z.infer<typeof HandoffBodyRef>;

/**
 * The record a hand-off concerns, named without personal data: `label` is a report's or a measure's
 * registration number ("12/2026"), null where the record has none (a person); `kind` is the law
 * package's kind of a measure or ground of a register entry, for the screen to name in its language.
 */
export const HandoffRecordRef = z.object({
  type: HandoffRecordType,
  id: Uuid,
  label: z.string().nullable(),
  kind: z.string().nullable(),
});
export type HandoffRecordRef = z.infer<typeof HandoffRecordRef>;

export const HandoffRow = z
  .object({
    id: Uuid,
    /** The law package's ground code, e.g. `official_warning.prosecutor_copy`. */
    ground: z.string(),
    /** The article that makes it a duty, e.g. "001 Art. 51(3)" (shown through lawCitation). */
    article: z.string(),
    /** The statutory clock (`hours_24` …); null where the domain gave the due date (a month before a stay ends). */
    clock: z.string().nullable(),
    senderBody: HandoffBodyRef,
    receiverBody: HandoffBodyRef,
    record: HandoffRecordRef,
    state: z.string(),
    sentAt: z.string(),
    dueAt: z.string(),
    /** Not received (acknowledged) by the receiving body by its due instant. */
    overdue: z.boolean(),
    receivedAt: z.string().nullable(),
    answeredAt: z.string().nullable(),
    /** The declined hand-off this one re-routes (it keeps that one's due date). */
    reroutedFromId: Uuid.nullable(),
    version: z.number().int(),
  })
  .meta({ id: "HandoffRow" });
export type HandoffRow = z.infer<typeof HandoffRow>;

export const HandoffFactView = z.object({
  type: z.string(),
  at: z.string(),
  /** The official who recorded it; null for a fact recorded outside the system (migrated). */
  byName: z.string().nullable(),
  byBody: HandoffBodyRef.nullable(),
  reason: z.string().nullable(),
  outcome: z.string().nullable(),
  /** A decline's re-route: the new hand-off. */
  reroutedToId: Uuid.nullable(),
});
export type HandoffFactView = z.infer<typeof HandoffFactView>;

export const HandoffDetail = HandoffRow.extend({
  eventAt: z.string(),
  acceptedAt: z.string().nullable(),
  declinedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  outcome: z.string().nullable(),
  /** The hand-off a decline of this one re-routed to. */
  reroutedToId: Uuid.nullable(),
  /** The reader's body is the receiver: it may receive, accept, decline and answer. */
  receiverSide: z.boolean(),
  facts: z.array(HandoffFactView),
}).meta({ id: "HandoffDetail" });
export type HandoffDetail = z.infer<typeof HandoffDetail>;

export const HandoffCounts = z.object({
  sent: z.number().int(),
  received: z.number().int(),
  accepted: z.number().int(),
  declined: z.number().int(),
  answered: z.number().int(),
  overdue: z.number().int(),
});
export type HandoffCounts = z.infer<typeof HandoffCounts>;

/** An inbox or outbox page: overdue first, then by due date. Counts are of the whole box, by state. */
export const HandoffListQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  state: Identifier.optional(),
  overdue: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  ground: Identifier.optional(),
  recordType: HandoffRecordType.optional(),
});
export type HandoffListQuery = z.infer<typeof HandoffListQuery>;

export const HandoffPage = z
  .object({
    items: z.array(HandoffRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    counts: HandoffCounts,
  })
  .meta({ id: "HandoffPage" });
export type HandoffPage = z.infer<typeof HandoffPage>;

/** `version`: the hand-off's version the user saw; a stale one is a 409 (optional: the law refuses a repeat anyway). */
const Versioned = { version: version().optional() };

export const HandoffReceive = z.strictObject(Versioned);
export type HandoffReceive = z.infer<typeof HandoffReceive>;
export const HandoffAccept = z.strictObject(Versioned);
export type HandoffAccept = z.infer<typeof HandoffAccept>;

/** A decline says why; naming another body re-routes the hand-off to it (the due date is kept). */
export const HandoffDecline = z.strictObject({
  ...Versioned,
  reason: text().trim().min(1).max(2000),
  rerouteToBodyId: Uuid.optional(),
});
export type HandoffDecline = z.infer<typeof HandoffDecline>;

/**
 * The outcome: what the receiving body did. `answerForReporter` — for a citizen's report, the answer
 * the reporter reads by the tracking code (001 Art. 6(4)); no other record type takes one.
 */
export const HandoffAnswer = z.strictObject({
  ...Versioned,
  outcome: text().trim().min(1).max(4000),
  answerForReporter: text().trim().min(1).max(4000).optional(),
});
export type HandoffAnswer = z.infer<typeof HandoffAnswer>;

/** The bodies a decline may re-route to: the ground's receiving body types, in the hand-off's region. */
export const HandoffBodiesQuery = z.object({ ground: Identifier, handoffId: Uuid.optional() });
export type HandoffBodiesQuery = z.infer<typeof HandoffBodiesQuery>;

export const HandoffBodyChoice = HandoffBodyRef.extend({ type: z.string(), territoryName: I18nName });
export const HandoffBodyList = z
  .object({ items: z.array(HandoffBodyChoice) })
  .meta({ id: "HandoffBodyList" });
export type HandoffBodyList = z.infer<typeof HandoffBodyList>;
