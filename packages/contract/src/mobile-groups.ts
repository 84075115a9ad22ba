import { z } from "zod";
import { MOBILE_GROUP_PARTICIPANTS, type MobileGroupParticipant } from "@aldyn/law";
import { I18nName, PageQuery, Uuid } from "./common.ts";
import { Withheld } from "./confidentiality.ts";
import { legalDate, line, text } from "./input.ts";

/**
 * Mobile groups (001 Arts. 10(2)(8), 11, 72(2)): organised by a family support centre with the
 * education, healthcare and internal affairs bodies for the early identification of persons (families)
 * in difficult life situations and of domestic violence. A group's outreach visits record what it
 * found; what it tells other bodies (facts of violence to law enforcement, 11(2); a family to the
 * centre for registration, 54(1)) goes as hand-offs. Body types and the composition rule are the law
 * package's (`@aldyn/law` family-support/mobile-group.ts).
 */

const Identifier = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_.]+$/, "an identifier of the law package");

/** The participants the law names (001 Art. 10(2)(8)): the law package's MOBILE_GROUP_PARTICIPANTS. */
const MobileGroupParticipantId = z.enum(
  Object.keys(MOBILE_GROUP_PARTICIPANTS) as [MobileGroupParticipant, ...MobileGroupParticipant[]],
);

/** Who is named on a visit: a person in a difficult life situation, a victim, a child of the family. */
export const OUTREACH_PERSON_ROLES = ["identified", "victim", "child"] as const;
export const OutreachPersonRole = z.enum(OUTREACH_PERSON_ROLES);
export type OutreachPersonRole = z.infer<typeof OutreachPersonRole>;

export const MobileGroupBodyRef = z.object({ id: Uuid, name: I18nName, type: z.string() });

export const MobileGroupMemberCreate = z.strictObject({
  bodyId: Uuid,
  /** The participant's account, when the participant works in the system (then fullName may be left out). */
  userId: Uuid.optional(),
  fullName: line().trim().min(1).max(200).optional(),
  since: legalDate(),
});
export type MobileGroupMemberCreate = z.infer<typeof MobileGroupMemberCreate>;

export const MobileGroupMemberEnd = z.strictObject({ until: legalDate() });
export type MobileGroupMemberEnd = z.infer<typeof MobileGroupMemberEnd>;

export const MobileGroupCreate = z.strictObject({
  name: line().trim().min(1).max(200),
  /** The territory the group works in; the organiser's own when left out (it must lie within it). */
  territoryId: Uuid.optional(),
  formedOn: legalDate(),
  members: z.array(MobileGroupMemberCreate).max(50).default([]),
});
export type MobileGroupCreate = z.input<typeof MobileGroupCreate>;

/** Whether the group has every participant the law names, and which are missing (001 Art. 10(2)(8)). */
export const MobileGroupComposition = z.object({
  complete: z.boolean(),
  missing: z.array(MobileGroupParticipantId),
  article: z.string(),
});
export type MobileGroupComposition = z.infer<typeof MobileGroupComposition>;

export const MobileGroupMember = z.object({
  id: Uuid,
  userId: Uuid.nullable(),
  fullName: z.string(),
  body: MobileGroupBodyRef,
  since: z.string(),
  until: z.string().nullable(),
  /** Takes part today. */
  active: z.boolean(),
});
export type MobileGroupMember = z.infer<typeof MobileGroupMember>;

export const MobileGroupRow = z
  .object({
    id: Uuid,
    name: z.string(),
    organiserBody: MobileGroupBodyRef,
    territory: z.object({ id: Uuid, name: I18nName }),
    formedOn: z.string(),
    dissolvedOn: z.string().nullable(),
    activeMembers: z.number().int(),
    composition: MobileGroupComposition,
    visits: z.number().int(),
    lastVisitOn: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "MobileGroupRow" });
export type MobileGroupRow = z.infer<typeof MobileGroupRow>;

export const MobileGroupListQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  q: line().trim().max(200).optional(),
});
export type MobileGroupListQuery = z.infer<typeof MobileGroupListQuery>;

export const MobileGroupPage = z
  .object({
    items: z.array(MobileGroupRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "MobileGroupPage" });
export type MobileGroupPage = z.infer<typeof MobileGroupPage>;

export const MobileGroupDetail = MobileGroupRow.extend({
  members: z.array(MobileGroupMember),
  /** The reader may add and end members (the organiser centre's specialist). */
  mayManage: z.boolean(),
  /** The reader may record visits (a participant or the centre's specialist). */
  mayRecordVisits: z.boolean(),
}).meta({ id: "MobileGroupDetail" });
export type MobileGroupDetail = z.infer<typeof MobileGroupDetail>;

export const OutreachVisitPersonInput = z.strictObject({ personId: Uuid, role: OutreachPersonRole });

export const OutreachVisitCreate = z.strictObject({
  visitedOn: legalDate(),
  place: text().trim().min(1).max(500),
  familyId: Uuid.optional(),
  findings: text().trim().min(1).max(10000),
  signsOfViolence: z.boolean(),
  persons: z.array(OutreachVisitPersonInput).max(30).default([]),
});
export type OutreachVisitCreate = z.input<typeof OutreachVisitCreate>;

/** A hand-off a visit sent (11(2) inform, 54(1) refer), as the visit's page lists it. */
export const OutreachVisitHandoff = z.object({
  id: Uuid,
  ground: z.string(),
  article: z.string(),
  receiverBody: z.object({ id: Uuid, name: I18nName }),
  state: z.string(),
  sentAt: z.string(),
  dueAt: z.string(),
  overdue: z.boolean(),
});
export type OutreachVisitHandoff = z.infer<typeof OutreachVisitHandoff>;

export const OutreachVisitRow = z
  .object({
    id: Uuid,
    groupId: Uuid,
    visitedOn: z.string(),
    familyId: Uuid.nullable(),
    signsOfViolence: z.boolean(),
    persons: z.number().int(),
    handoffs: z.number().int(),
  })
  .meta({ id: "OutreachVisitRow" });
export type OutreachVisitRow = z.infer<typeof OutreachVisitRow>;

export const OutreachVisitPage = z
  .object({
    items: z.array(OutreachVisitRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "OutreachVisitPage" });
export type OutreachVisitPage = z.infer<typeof OutreachVisitPage>;

export const OutreachVisitListQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** A family's visits across groups (the family page's timeline), in the reader's territory. */
export const OutreachVisitFamilyQuery = OutreachVisitListQuery.extend({ familyId: Uuid });
export type OutreachVisitFamilyQuery = z.infer<typeof OutreachVisitFamilyQuery>;

export const OutreachVisitPerson = z.object({
  id: Uuid,
  /** Null when withheld (the reader sees no personal fields). */
  fullName: z.string().nullable(),
  role: OutreachPersonRole,
});

export const OutreachVisitDetail = z
  .object({
    id: Uuid,
    group: z.object({ id: Uuid, name: z.string() }),
    territoryPath: z.string(),
    visitedOn: z.string(),
    /** Null when withheld (the victim barrier, 001 Art. 83(2)). */
    place: z.string().nullable(),
    family: z.object({ id: Uuid, label: z.string().nullable() }).nullable(),
    findings: z.string().nullable(),
    signsOfViolence: z.boolean(),
    persons: z.array(OutreachVisitPerson),
    recordedBy: z.object({ fullName: z.string(), body: z.object({ id: Uuid, name: I18nName }) }),
    createdAt: z.string(),
    handoffs: z.array(OutreachVisitHandoff),
    /** Body types the reader may still inform (11(2)): those the law names, not yet told. */
    mayInform: z.array(z.string()),
    /** The reader's body is not the centre: the family may be referred to it for registration (54(1)). */
    mayRefer: z.boolean(),
    withheld: Withheld,
  })
  .meta({ id: "OutreachVisitDetail" });
export type OutreachVisitDetail = z.infer<typeof OutreachVisitDetail>;

/** Inform a body of the facts of violence found (001 Arts. 10(2)(9), 11(2)); the competent body of the type. */
export const OutreachVisitInform = z.strictObject({ bodyType: Identifier });
export type OutreachVisitInform = z.infer<typeof OutreachVisitInform>;

/** Refer the family to the family support centre for registration (001 Art. 54(1)). */
export const OutreachVisitRefer = z.strictObject({});
export type OutreachVisitRefer = z.infer<typeof OutreachVisitRefer>;

export const OutreachVisitCreated = z.object({ id: Uuid, handoffs: z.array(OutreachVisitHandoff) });
export type OutreachVisitCreated = z.infer<typeof OutreachVisitCreated>;
