import { z } from "zod";
import { ISSUER_KINDS } from "@aldyn/law";
import { PageQuery, pageOf, Uuid } from "./common.ts";
import { legalDate, line, text } from "./input.ts";

/**
 * Minors on the preventive register (001 Art. 82): the restrictions a judge establishes on the reasoned
 * submission of the internal affairs body (82(3)), the rehabilitation activities the individual
 * prevention measures take into account (82(2)) with their checks, and the juvenile inspector's
 * worklist of the district's registered minors. The lists of ids are the law package's
 * (REGISTERED_MINOR_RESTRICTIONS, REHABILITATION_ACTIVITIES); ids are taken as strings here so that an
 * unknown one is refused by the law with its article (422), not by the schema.
 */

const Identifier = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_.]+$/, "an identifier of the law package");

/** imposed: the first ruling; changed: the judge reduced or supplemented the list; lifted: none applies. */
export const MINOR_RESTRICTION_KINDS = ["imposed", "changed", "lifted"] as const;
export const MinorRestrictionKind = z.enum(MINOR_RESTRICTION_KINDS);
export type MinorRestrictionKind = z.infer<typeof MinorRestrictionKind>;

export const MinorRestrictionCreate = z.strictObject({
  kind: MinorRestrictionKind,
  /** The whole set in force after the ruling (82(3)(1)-(4)); empty when lifted. */
  restrictions: z.array(Identifier).max(10).default([]),
  /** Who established them: only a judge (`court`) may (001 Art. 82(3)). */
  imposedBy: z.enum(ISSUER_KINDS).default("court"),
  court: line().trim().min(1).max(500),
  rulingNumber: line().trim().min(1).max(100),
  rulingOn: legalDate(),
  /** The internal affairs body's reasoned submission the judge acted upon (82(3)); required by the law. */
  policeSubmissionOn: legalDate().nullable().optional(),
  note: text().max(2000).optional(),
});
export type MinorRestrictionCreate = z.input<typeof MinorRestrictionCreate>;

export const MinorRestrictionRuling = z.object({
  id: Uuid,
  seq: z.number().int(),
  kind: MinorRestrictionKind,
  restrictions: z.array(z.string()),
  court: z.string(),
  rulingNumber: z.string(),
  rulingOn: z.string(),
  policeSubmissionOn: z.string(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});
export type MinorRestrictionRuling = z.infer<typeof MinorRestrictionRuling>;

export const MinorRestrictions = z.object({
  entryId: Uuid,
  /** Whether the person is under 18 today and the entry active: the forms apply (82(2), 82(3)). */
  applies: z.boolean(),
  birthDate: z.string(),
  turns18On: z.string(),
  /** The set in force today (the last ruling's), with the day it applies from. */
  current: z.array(z.string()),
  since: z.string().nullable(),
  rulings: z.array(MinorRestrictionRuling),
  article: z.string(),
});
export type MinorRestrictions = z.infer<typeof MinorRestrictions>;

export const ACTIVITY_CHECK_OUTCOMES = ["attends", "irregular", "stopped"] as const;
export const ActivityCheckOutcome = z.enum(ACTIVITY_CHECK_OUTCOMES);
export type ActivityCheckOutcome = z.infer<typeof ActivityCheckOutcome>;

export const ACTIVITY_STATES = ["active", "check_due", "ended"] as const;
export const ActivityState = z.enum(ACTIVITY_STATES);
export type ActivityState = z.infer<typeof ActivityState>;

export const RehabilitationActivityCreate = z.strictObject({
  activity: Identifier,
  /** A mentor's name (82(2)(5)), an organisation, a psychologist. */
  provider: line().trim().min(1).max(500),
  providerBodyId: Uuid.optional(),
  fromOn: legalDate(),
  untilOn: legalDate().nullable().optional(),
  /** The minor's duties in the activity: what to attend, how often. */
  duties: text().trim().min(1).max(4000),
});
export type RehabilitationActivityCreate = z.input<typeof RehabilitationActivityCreate>;

export const RehabilitationCheckCreate = z.strictObject({
  checkedOn: legalDate(),
  outcome: ActivityCheckOutcome,
  note: text().max(2000).optional(),
});
export type RehabilitationCheckCreate = z.input<typeof RehabilitationCheckCreate>;

export const RehabilitationActivityEnd = z.strictObject({
  endedOn: legalDate(),
  reason: line().trim().min(1).max(2000),
});
export type RehabilitationActivityEnd = z.input<typeof RehabilitationActivityEnd>;

export const RehabilitationCheck = z.object({
  id: Uuid,
  checkedOn: z.string(),
  outcome: ActivityCheckOutcome,
  note: z.string().nullable(),
  recordedAt: z.string(),
});
export type RehabilitationCheck = z.infer<typeof RehabilitationCheck>;

export const RehabilitationActivity = z.object({
  id: Uuid,
  entryId: Uuid,
  activity: z.string(),
  article: z.string(),
  provider: z.string(),
  providerBodyId: Uuid.nullable(),
  fromOn: z.string(),
  untilOn: z.string().nullable(),
  duties: z.string(),
  lastCheckOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  endedReason: z.string().nullable(),
  /** Derived for today: active, check_due (no check for ACTIVITY_CHECK_DAYS, system reading), ended. */
  state: ActivityState,
  /** The day by which the next check is due; null once ended. */
  checkDueOn: z.string().nullable(),
  checks: z.array(RehabilitationCheck),
});
export type RehabilitationActivity = z.infer<typeof RehabilitationActivity>;

export const RehabilitationActivityList = z.object({ items: z.array(RehabilitationActivity) });
export type RehabilitationActivityList = z.infer<typeof RehabilitationActivityList>;

/**
 * all: every registered minor of the district; check_due: a control check (59(10)) or an activity's
 * check due today or overdue; restricted: restrictions of 82(3) in force; turning_18: the 18th birthday
 * within 30 days (the entry on a minors-only ground ends then, 59(8)(4)).
 */
export const JUVENILE_WORKLIST_FILTERS = ["all", "check_due", "restricted", "turning_18"] as const;
export const JuvenileWorklistFilter = z.enum(JUVENILE_WORKLIST_FILTERS);
export type JuvenileWorklistFilter = z.infer<typeof JuvenileWorklistFilter>;

export const JuvenileWorklistQuery = PageQuery.extend({
  filter: JuvenileWorklistFilter.default("all"),
  q: line().trim().max(100).optional(),
});
export type JuvenileWorklistQuery = z.input<typeof JuvenileWorklistQuery>;

export const JuvenileWorklistItem = z.object({
  entryId: Uuid,
  personId: Uuid,
  /** Null where the reader may not see the name (a confidential card). */
  personName: z.string().nullable(),
  birthDate: z.string(),
  age: z.number().int(),
  turns18On: z.string(),
  ground: z.string(),
  placedOn: z.string(),
  nextControlDue: z.string().nullable(),
  controlOverdue: z.boolean(),
  restrictions: z.array(z.string()),
  activities: z.array(z.object({ id: Uuid, activity: z.string(), state: ActivityState })),
});
export type JuvenileWorklistItem = z.infer<typeof JuvenileWorklistItem>;

export const JuvenileWorklistPage = pageOf(JuvenileWorklistItem).extend({
  counts: z.object({
    all: z.number().int(),
    check_due: z.number().int(),
    restricted: z.number().int(),
    turning_18: z.number().int(),
  }),
});
export type JuvenileWorklistPage = z.infer<typeof JuvenileWorklistPage>;

/** The juvenile inspector's home block: counts of the district's registered minors. */
export const JuvenileSummary = z.object({
  minors: z.number().int(),
  checkDue: z.number().int(),
  restricted: z.number().int(),
  turning18: z.number().int(),
});
export type JuvenileSummary = z.infer<typeof JuvenileSummary>;
