import { z } from "zod";
import { PageQuery, pageOf, Uuid } from "./common.ts";
import { legalDate, line, text, version } from "./input.ts";
import { Withheld } from "./confidentiality.ts";

/**
 * Persons and families (issue 4 item 1; REQUIREMENTS R1.1, R1.2). A person's personal fields are
 * grouped under `personal`, which is `null` for a user who may see the record but not its personal
 * fields (001 Art. 59(6)); every read of them is audited.
 */

export const SEXES = ["male", "female"] as const;
export const Sex = z.enum(SEXES);
export type Sex = z.infer<typeof Sex>;

/** Why a person has no IIN; a citizen (citizenship KAZ) always has one. */
export const NO_IIN_REASONS = ["foreign_citizen", "stateless", "identity_unestablished"] as const;
export const NoIinReason = z.enum(NO_IIN_REASONS);
export type NoIinReason = z.infer<typeof NoIinReason>;

export const PERSON_DOCUMENT_KINDS = [
  "identity_card",
  "passport",
  "birth_certificate",
  "residence_permit",
  "stateless_certificate",
  "foreign_passport",
  "other",
] as const;
export const PersonDocumentKind = z.enum(PERSON_DOCUMENT_KINDS);
export type PersonDocumentKind = z.infer<typeof PersonDocumentKind>;

export const CONTACT_KINDS = ["phone", "email", "other"] as const;

/** A minor's parent or other legal representative (001 Arts. 1(7), 59(2)(7)). */
export const PERSON_LINK_KINDS = [
  "parent",
  "adoptive_parent",
  "guardian",
  "trustee",
  "foster_parent",
  "patronage_educator",
  "other_legal_representative",
] as const;
export const PersonLinkKind = z.enum(PERSON_LINK_KINDS);
export type PersonLinkKind = z.infer<typeof PersonLinkKind>;

/**
 * A 409 `conflict.duplicate` names the existing person in a detail with this field, its message
 * being the person's id (and in a `Location` header).
 */
export const DUPLICATE_PERSON_FIELD = "existingPersonId";

const LegalDate = legalDate();
const NAME_CHARS = "\\s'’.-";
const CyrName = line()
  .trim()
  .min(1)
  .max(100)
  .regex(new RegExp(`^\\p{Script=Cyrillic}[\\p{Script=Cyrillic}${NAME_CHARS}]*$`, "u"), "Cyrillic letters");
const LatName = line()
  .trim()
  .min(1)
  .max(100)
  .regex(new RegExp(`^\\p{Script=Latin}[\\p{Script=Latin}${NAME_CHARS}]*$`, "u"), "Latin letters");
/** ISO 3166-1 alpha-3 (KAZ), or ICAO 9303 XXA (stateless) / XXX (unspecified). */
const Citizenship = z.string().regex(/^[A-Z]{3}$/, "three capital letters (ISO 3166-1 alpha-3)");

export const GeoPoint = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

/** An address: its text, its district (a territory of level `district`) and optional coordinates. */
export const PersonAddress = z
  .object({ text: z.string(), territoryId: Uuid, point: GeoPoint.nullable() })
  .meta({ id: "PersonAddress" });
export const PersonAddressInput = z.strictObject({
  text: text().trim().min(1).max(500),
  territoryId: Uuid,
  point: GeoPoint.nullable().optional(),
});

export const PersonContact = z.strictObject({
  kind: z.enum(CONTACT_KINDS),
  value: line().trim().min(1).max(200),
  note: text().trim().max(200).nullable().optional(),
});
export type PersonContact = z.infer<typeof PersonContact>;
/** A contact as read: stored text is not checked again on the way out (a response never fails on it). */
const PersonContactRead = z.object({
  kind: z.enum(CONTACT_KINDS),
  value: z.string(),
  note: z.string().nullable().optional(),
});

export const PersonDocumentInput = z.strictObject({
  kind: PersonDocumentKind,
  number: line().trim().min(1).max(50),
  issuedBy: text().trim().max(200).nullable().optional(),
  issuedOn: LegalDate.nullable().optional(),
  validUntil: LegalDate.nullable().optional(),
});
export const PersonDocument = z
  .object({
    id: Uuid,
    kind: PersonDocumentKind,
    number: z.string(),
    issuedBy: z.string().nullable(),
    issuedOn: z.string().nullable(),
    validUntil: z.string().nullable(),
  })
  .meta({ id: "PersonDocument" });

/** The personal fields of a person as read. */
export const PersonPersonal = z.object({
  iin: z.string().nullable(),
  noIinReason: NoIinReason.nullable(),
  lastNameCyr: z.string(),
  firstNameCyr: z.string(),
  middleNameCyr: z.string().nullable(),
  lastNameLat: z.string().nullable(),
  firstNameLat: z.string().nullable(),
  middleNameLat: z.string().nullable(),
  birthDate: z.string(),
  sex: Sex,
  citizenship: z.string(),
  registeredAddress: PersonAddress.nullable(),
  actualAddress: PersonAddress,
  contacts: z.array(PersonContactRead),
  documents: z.array(PersonDocument),
});
export type PersonPersonal = z.infer<typeof PersonPersonal>;

export const Person = z
  .object({
    id: Uuid,
    version: z.number().int(),
    /** District of the actual address: the territory whose bodies see the person. */
    territoryId: Uuid,
    territoryPath: z.string(),
    /** Set when this record was merged into another as a duplicate. */
    mergedInto: Uuid.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    personal: PersonPersonal.nullable(),
  })
  .meta({ id: "Person" });
export type Person = z.infer<typeof Person>;

const NAME_INPUT = {
  lastNameCyr: CyrName,
  firstNameCyr: CyrName,
  middleNameCyr: CyrName.nullable().optional(),
  lastNameLat: LatName.nullable().optional(),
  firstNameLat: LatName.nullable().optional(),
  middleNameLat: LatName.nullable().optional(),
};

/**
 * A new person. The IIN is checked by the law package (422 with its code, e.g. `iin.check_digit`);
 * birth date and sex may be left out when there is an IIN (they are read from it) and must match it
 * when given. Without an IIN, `noIinReason`, `birthDate` and `sex` are required.
 */
export const PersonCreate = z
  .strictObject({
    iin: line().trim().max(100).nullable().optional(),
    noIinReason: NoIinReason.nullable().optional(),
    ...NAME_INPUT,
    birthDate: LegalDate.optional(),
    sex: Sex.optional(),
    citizenship: Citizenship.optional(),
    registeredAddress: PersonAddressInput.nullable().optional(),
    actualAddress: PersonAddressInput,
    contacts: z.array(PersonContact).max(20).optional(),
    documents: z.array(PersonDocumentInput).max(20).optional(),
  })
  .meta({ id: "PersonCreate" });
export type PersonCreate = z.infer<typeof PersonCreate>;

/** An edit: only the fields given change; `documents`, when given, replaces the list. */
export const PersonUpdate = z
  .strictObject({
    iin: line().trim().max(100).nullable().optional(),
    noIinReason: NoIinReason.nullable().optional(),
    lastNameCyr: CyrName.optional(),
    firstNameCyr: CyrName.optional(),
    middleNameCyr: CyrName.nullable().optional(),
    lastNameLat: LatName.nullable().optional(),
    firstNameLat: LatName.nullable().optional(),
    middleNameLat: LatName.nullable().optional(),
    birthDate: LegalDate.optional(),
    sex: Sex.optional(),
    citizenship: Citizenship.optional(),
    registeredAddress: PersonAddressInput.nullable().optional(),
    actualAddress: PersonAddressInput.optional(),
    contacts: z.array(PersonContact).max(20).optional(),
    documents: z.array(PersonDocumentInput).max(20).optional(),
    version: version(),
  })
  .meta({ id: "PersonUpdate" });
export type PersonUpdate = z.infer<typeof PersonUpdate>;

/** A person as a list shows it: names, IIN, birth date, sex (`personal` null when withheld). */
export const PersonSummary = z
  .object({
    id: Uuid,
    territoryId: Uuid,
    mergedInto: Uuid.nullable(),
    personal: z
      .object({
        iin: z.string().nullable(),
        lastNameCyr: z.string(),
        firstNameCyr: z.string(),
        middleNameCyr: z.string().nullable(),
        lastNameLat: z.string().nullable(),
        firstNameLat: z.string().nullable(),
        middleNameLat: z.string().nullable(),
        birthDate: z.string(),
        sex: Sex,
      })
      .nullable(),
    /** `personal` withheld because the person's card is confidential (R11.1; 001 Art. 83(2)). */
    withheld: Withheld.optional(),
  })
  .meta({ id: "PersonSummary" });
export type PersonSummary = z.infer<typeof PersonSummary>;

/**
 * Search: `iin` exact; `q` a name in any order, Cyrillic or Latin, tolerant of typos and of
 * transliteration (Kazakh letters included); `birthDate` narrows. Without `q` the list is by name.
 */
export const PersonSearchQuery = PageQuery.extend({
  iin: z
    .string()
    .trim()
    .regex(/^\d{12}$/, "12 digits")
    .optional(),
  q: line().trim().min(2).max(200).optional(),
  birthDate: LegalDate.optional(),
});
export const PersonSearchHit = PersonSummary.extend({
  /** Name similarity 0-1 when searched with `q`, else null. */
  score: z.number().nullable(),
}).meta({ id: "PersonSearchHit" });
export const PersonSearchPage = pageOf(PersonSearchHit);

export const PersonDuplicates = z
  .object({
    items: z.array(z.object({ person: PersonSummary, score: z.number(), sameNameKey: z.boolean() })),
  })
  .meta({ id: "PersonDuplicates" });

/** Merge `otherId` into the person of the path; `version` is that person's (optimistic concurrency). */
export const PersonMergeRequest = z
  .strictObject({ otherId: Uuid, version: version(), reason: text().trim().max(500).optional() })
  .meta({ id: "PersonMergeRequest" });

/** Links the minor of the path to a parent or legal representative. */
export const PersonLinkCreate = z
  .strictObject({
    representativeId: Uuid,
    kind: PersonLinkKind,
    since: LegalDate.nullable().optional(),
    until: LegalDate.nullable().optional(),
    note: text().trim().max(500).nullable().optional(),
  })
  .meta({ id: "PersonLinkCreate" });

/**
 * Ends a link on a day (a guardianship ended, parental rights removed): not before the link started
 * (422 `person_link.ends_before_start`); a link already ended is a 409. The link stays in the history.
 */
export const PersonLinkEnd = z.strictObject({ until: LegalDate }).meta({ id: "PersonLinkEnd" });
export type PersonLinkEnd = z.infer<typeof PersonLinkEnd>;

export const PersonLink = z
  .object({
    id: Uuid,
    kind: PersonLinkKind,
    since: z.string().nullable(),
    until: z.string().nullable(),
    note: z.string().nullable(),
    createdAt: z.string(),
    minor: PersonSummary,
    representative: PersonSummary,
  })
  .meta({ id: "PersonLink" });
export type PersonLink = z.infer<typeof PersonLink>;
export const PersonLinkList = z.object({ items: z.array(PersonLink) }).meta({ id: "PersonLinkList" });
