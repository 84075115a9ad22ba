import { z } from "zod";
import { PageQuery, Uuid } from "./common.ts";
import { Withheld } from "./confidentiality.ts";
import { legalDate, line } from "./input.ts";
import { PersonSummary } from "./persons.ts";

/**
 * Families (001 Art. 54(1): persons (families) in difficult life situations): an explicit record with
 * its members, to which incidents of domestic violence (72), registrations (54), assistance plans
 * (55), shelter stays (10(2)(4)) and outreach visits (11) point. Victims' data: confidential by type
 * (R11.1; 001 Art. 83(2)) — a reader without the victim barrier gets a 403 on the record and a
 * `withheld` row in lists.
 */

/** How a person belongs to a family (the table's named CHECK, migration 0034). */
export const FAMILY_RELATIONS = ["victim", "offender", "child", "parent", "spouse", "other"] as const;
export const FamilyRelation = z.enum(FAMILY_RELATIONS);
export type FamilyRelation = z.infer<typeof FamilyRelation>;

export const FamilyMemberInput = z.strictObject({
  personId: Uuid,
  relation: FamilyRelation,
  /** The day the person is counted in the family from; today when not given. */
  since: legalDate().optional(),
});
export type FamilyMemberInput = z.infer<typeof FamilyMemberInput>;

export const FamilyCreate = z
  .strictObject({
    /** How the family is known (a surname). */
    label: line().trim().min(1).max(200),
    /** The district; the first member's when not given. */
    territoryId: Uuid.optional(),
    members: z.array(FamilyMemberInput).min(1).max(30),
  })
  .meta({ id: "FamilyCreate" });
export type FamilyCreate = z.infer<typeof FamilyCreate>;

export const FamilyMemberEnd = z.strictObject({
  relation: FamilyRelation.optional(),
  until: legalDate(),
});
export type FamilyMemberEnd = z.infer<typeof FamilyMemberEnd>;

export const FamilyListQuery = PageQuery.extend({
  q: line().trim().min(1).max(200).optional(),
});
export type FamilyListQuery = z.infer<typeof FamilyListQuery>;

/** The state of an incident's 72(3)(2) notifications, from its hand-offs: all received, some pending, some overdue. */
export const NOTIFY_STATES = ["received", "pending", "overdue", "none"] as const;
export const NotifyState = z.enum(NOTIFY_STATES);
export type NotifyState = z.infer<typeof NotifyState>;

export const FamilyRow = z
  .object({
    id: Uuid,
    /** Null when withheld (the reader does not clear the victim barrier). */
    label: z.string().nullable(),
    territoryId: Uuid,
    members: z.number().int(),
    incidents: z.number().int(),
    lastIncidentAt: z.string().nullable(),
    withheld: Withheld.optional(),
  })
  .meta({ id: "FamilyRow" });
export type FamilyRow = z.infer<typeof FamilyRow>;

export const FamilyPage = z
  .object({
    items: z.array(FamilyRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "FamilyPage" });
export type FamilyPage = z.infer<typeof FamilyPage>;

export const FamilyMember = z.object({
  person: PersonSummary,
  relation: FamilyRelation,
  since: z.string(),
  until: z.string().nullable(),
});
export type FamilyMember = z.infer<typeof FamilyMember>;

export const FamilyIncidentRef = z.object({
  id: Uuid,
  occurredAt: z.string(),
  forms: z.array(z.string()),
  repeatNumber: z.number().int(),
  notifyState: NotifyState,
});
export type FamilyIncidentRef = z.infer<typeof FamilyIncidentRef>;

export const FamilyMeasureRef = z.object({
  id: Uuid,
  kind: z.string(),
  /** The measure's derived status (measureStatus of the web). */
  state: z.string(),
  issuedAt: z.string(),
});
export type FamilyMeasureRef = z.infer<typeof FamilyMeasureRef>;

export const FamilyTerritory = z.object({
  id: Uuid,
  name: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
});

export const Family = z
  .object({
    id: Uuid,
    label: z.string(),
    territory: FamilyTerritory,
    createdAt: z.string(),
    members: z.array(FamilyMember),
    incidents: z.array(FamilyIncidentRef),
    measures: z.array(FamilyMeasureRef),
    /** Incidents after the first (001 Art. 72(4): repeat incidents are counted). */
    repeatIncidents: z.number().int(),
    version: z.number().int(),
    withheld: Withheld,
  })
  .meta({ id: "Family" });
export type Family = z.infer<typeof Family>;

/** A family as written: its id. */
export const FamilyCreated = z.object({ id: Uuid }).meta({ id: "FamilyCreated" });
export type FamilyCreated = z.infer<typeof FamilyCreated>;
