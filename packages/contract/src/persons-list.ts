import { z } from "zod";
import { I18nName, PageQuery, pageOf, Uuid } from "./common.ts";
import { line } from "./input.ts";
import { MeasureKindId } from "./measures.ts";
import { PersonSummary } from "./persons.ts";

/**
 * The persons list (R1.1, R3): each person with where the prevention work stands — on the preventive
 * register or not and on which ground (001 Art. 59(2)), the last individual prevention measure (001
 * Art. 48(3)), the district and the responsible official — filtered, sorted and paged within the
 * user's territory (R11.1). The name and IIN search of `GET /persons` applies within it.
 */

/**
 * `relevance`: best name match first (with `q` only; its default then). `name`: Cyrillic last and
 * first name. `birthDate`. `lastMeasure`: the last measure's date — `desc` newest first, `asc` the
 * longest without one first (persons who never had one before all others); the default without `q`
 * is `name`.
 */
export const PERSON_LIST_SORTS = ["relevance", "name", "birthDate", "lastMeasure"] as const;
export type PersonListSort = (typeof PERSON_LIST_SORTS)[number];
export const SORT_ORDERS = ["asc", "desc"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The list counts its persons up to this many; past it the total says "more than". */
export const PERSON_LIST_COUNT_CAP = 10_000;
export const PERSON_LIST_PAGE_SIZE_MAX = 100;

/** `on`: on the preventive register on the day of the request (001 Art. 59); `off`: not. */
export const REGISTER_FILTERS = ["on", "off"] as const;

export const PersonListQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(PERSON_LIST_PAGE_SIZE_MAX).default(50),
  iin: z
    .string()
    .trim()
    .regex(/^\d{12}$/, "12 digits")
    .optional(),
  q: line().trim().min(2).max(200).optional(),
  /** One territory inside the user's own (a district of a region); outside it: 403 access.territory. */
  territoryId: Uuid.optional(),
  /** For roles that read register entries (001 Art. 59(6)); others: 403 access.role. */
  register: z.enum(REGISTER_FILTERS).optional(),
  /** Persons with a measure of this kind (any time, not confidential as a whole). */
  measureKind: MeasureKindId.optional(),
  /** Persons this official is responsible for; `mine=true` for the user's own. */
  responsibleId: Uuid.optional(),
  mine: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  sort: z.enum(PERSON_LIST_SORTS).optional(),
  order: z.enum(SORT_ORDERS).optional(),
}).refine((q) => q.page * q.pageSize <= PERSON_LIST_COUNT_CAP, {
  path: ["page"],
  message: `Pages reach the first ${PERSON_LIST_COUNT_CAP} persons; narrow the list with a filter`,
});
export type PersonListQuery = z.infer<typeof PersonListQuery>;

export const PersonListItem = PersonSummary.extend({
  /** The district of the person's actual address. */
  district: z.object({ id: Uuid, name: I18nName }),
  /**
   * The grounds of the person's register entries in force on the day (empty: not on the register);
   * null when the list does not show the register (`registerShown`) or the person is withheld.
   */
  register: z.object({ grounds: z.array(z.string()) }).nullable(),
  /** The last measure (not one confidential as a whole); null when none, or withheld. */
  lastMeasure: z.object({ kind: z.string(), issuedAt: z.string() }).nullable(),
  /** Who placed the latest register entry in force, else who issued the last measure. */
  responsible: z.object({ id: Uuid, fullName: z.string() }).nullable(),
}).meta({ id: "PersonListItem" });
export type PersonListItem = z.infer<typeof PersonListItem>;

export const PersonListPage = pageOf(PersonListItem)
  .extend({
    /** The count stopped at PERSON_LIST_COUNT_CAP: there are at least `total` persons. */
    totalIsLowerBound: z.boolean(),
    /** The user's role reads register entries there (001 Art. 59(6)): the register column is shown. */
    registerShown: z.boolean(),
    /** The day (Asia/Almaty) the register status is read for. */
    today: z.string(),
  })
  .meta({ id: "PersonListPage" });
export type PersonListPage = z.infer<typeof PersonListPage>;

/** The officials a list may be narrowed to: those of bodies in the user's territory who issue or place. */
export const PersonListOfficials = z
  .object({ items: z.array(z.object({ id: Uuid, fullName: z.string(), bodyName: I18nName })) })
  .meta({ id: "PersonListOfficials" });
export type PersonListOfficials = z.infer<typeof PersonListOfficials>;
