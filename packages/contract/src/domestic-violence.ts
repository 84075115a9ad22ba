import { z } from "zod";
import { I18nName, PageQuery, Uuid } from "./common.ts";
import { Withheld } from "./confidentiality.ts";
import { FamilyMeasureRef, NotifyState } from "./families.ts";
import { instant, line, text } from "./input.ts";
import { PersonSummary } from "./persons.ts";

/**
 * Incidents of domestic violence (001 Art. 72), recorded by the police on a report or directly: the
 * victims, the person who committed it, its forms (72(1)), place, time, children present, the
 * immediate response (72(3)(1)); the interested subjects are told within 24 hours as hand-offs
 * (72(3)(2)); order ensured while the victim removes belongings (72(3)(3)) is an event. The forms and
 * event types are the law package's identifiers (`@aldyn/law` DOMESTIC_VIOLENCE_FORMS,
 * INCIDENT_EVENT_TYPES): the law checks them and answers 422 with the article. Victims' data:
 * confidential by type (R11.1; 001 Art. 83(2)); the injury is health data.
 */

const Identifier = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_.]+$/, "an identifier of the law package");

export const DvIncidentCreate = z
  .strictObject({
    /** The family; a new one (known by the first victim's surname) when not given. */
    familyId: Uuid.optional(),
    /** The victims (at least one: the law refuses none, 001 Art. 72); `child` for a minor victim. */
    victims: z.array(z.strictObject({ personId: Uuid, child: z.boolean() })).max(20),
    offenderPersonId: Uuid.optional(),
    /** Children present named as persons. */
    childrenPresent: z
      .array(z.strictObject({ personId: Uuid }))
      .max(20)
      .optional(),
    /** Children present where they are not named. */
    childrenPresentCount: z.number().int().min(0).max(50).optional(),
    forms: z.array(Identifier).max(10),
    occurredAt: instant(),
    /** When the report reached the police: the 24 hours of 72(3)(2) run from it. */
    reportedAt: instant(),
    place: text().trim().min(1).max(500),
    injuryRecorded: z.boolean(),
    /** The injury's description: health data. */
    injury: text().trim().min(1).max(4000).optional(),
    /** What the police did at once (72(3)(1)); an empty one is refused by the law. */
    immediateResponse: text().trim().max(4000),
    citizenReportId: Uuid.optional(),
  })
  .meta({ id: "DvIncidentCreate" });
export type DvIncidentCreate = z.infer<typeof DvIncidentCreate>;

export const DvBodyRef = z.object({ id: Uuid, name: I18nName });
export type DvBodyRef = z.infer<typeof DvBodyRef>;

/** A notification an incident sent (001 Art. 72(3)(2)). */
export const DvIncidentHandoff = z.object({
  id: Uuid,
  receiver: DvBodyRef,
  ground: z.string(),
  article: z.string(),
  dueAt: z.string(),
  state: z.string(),
  receivedAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type DvIncidentHandoff = z.infer<typeof DvIncidentHandoff>;

/**
 * An interested subject the law requires to be told (72(3)(2)) for which no body of its type is
 * registered in the territory: the incident is recorded all the same, and the officer tells it
 * outside the system.
 */
export const DvUnnotifiedSubject = z.object({ bodyType: z.string(), article: z.string() });
export type DvUnnotifiedSubject = z.infer<typeof DvUnnotifiedSubject>;

export const DvIncidentCreated = z
  .object({
    id: Uuid,
    familyId: Uuid,
    repeatNumber: z.number().int(),
    handoffs: z.array(DvIncidentHandoff),
    unnotified: z.array(DvUnnotifiedSubject),
  })
  .meta({ id: "DvIncidentCreated" });
export type DvIncidentCreated = z.infer<typeof DvIncidentCreated>;

export const DV_INCIDENT_FILTERS = ["all", "notify_pending", "notify_overdue"] as const;
export const DvIncidentListQuery = PageQuery.extend({
  filter: z.enum(DV_INCIDENT_FILTERS).default("all"),
  q: line().trim().min(1).max(200).optional(),
});
export type DvIncidentListQuery = z.infer<typeof DvIncidentListQuery>;

export const DvIncidentRow = z
  .object({
    id: Uuid,
    familyId: Uuid,
    /** Null when withheld (the reader does not clear the victim barrier). */
    familyLabel: z.string().nullable(),
    /** The victims' names ("Иванова А."); empty when withheld. */
    victims: z.array(z.string()),
    occurredAt: z.string(),
    reportedAt: z.string(),
    forms: z.array(z.string()),
    repeatNumber: z.number().int(),
    childrenPresent: z.boolean(),
    notifyDueAt: z.string(),
    notifyState: NotifyState,
    withheld: Withheld.optional(),
  })
  .meta({ id: "DvIncidentRow" });
export type DvIncidentRow = z.infer<typeof DvIncidentRow>;

export const DvIncidentPage = z
  .object({
    items: z.array(DvIncidentRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  })
  .meta({ id: "DvIncidentPage" });
export type DvIncidentPage = z.infer<typeof DvIncidentPage>;

export const DV_INCIDENT_PERSON_ROLES = ["victim", "child_victim", "child_present", "offender"] as const;
export const DvIncidentPersonRole = z.enum(DV_INCIDENT_PERSON_ROLES);
export type DvIncidentPersonRole = z.infer<typeof DvIncidentPersonRole>;

export const DvIncidentEventView = z.object({
  seq: z.number().int(),
  type: z.string(),
  at: z.string(),
  note: z.string().nullable(),
  measureId: Uuid.nullable(),
  byName: z.string().nullable(),
});
export type DvIncidentEventView = z.infer<typeof DvIncidentEventView>;

export const DvIncident = z
  .object({
    id: Uuid,
    family: z.object({ id: Uuid, label: z.string() }),
    territoryId: Uuid,
    body: DvBodyRef,
    recordedByName: z.string().nullable(),
    occurredAt: z.string(),
    reportedAt: z.string(),
    place: z.string(),
    forms: z.array(z.string()),
    childrenPresent: z.boolean(),
    childrenPresentCount: z.number().int().nullable(),
    injuryRecorded: z.boolean(),
    /** Null when none was written or when withheld (health barrier: see `withheld`). */
    injury: z.string().nullable(),
    immediateResponse: z.string(),
    repeatNumber: z.number().int(),
    notifyDueAt: z.string(),
    notifyState: NotifyState,
    citizenReportId: Uuid.nullable(),
    persons: z.array(z.object({ person: PersonSummary, role: DvIncidentPersonRole })),
    events: z.array(DvIncidentEventView),
    measures: z.array(FamilyMeasureRef),
    handoffs: z.array(DvIncidentHandoff),
    unnotified: z.array(DvUnnotifiedSubject),
    version: z.number().int(),
    withheld: Withheld,
  })
  .meta({ id: "DvIncident" });
export type DvIncident = z.infer<typeof DvIncident>;

/** An event on an incident: the law's INCIDENT_EVENT_TYPES (order ensured for the belongings, 72(3)(3)). */
export const DvIncidentEventCreate = z
  .strictObject({
    type: Identifier,
    at: instant(),
    note: text().trim().min(1).max(4000).optional(),
  })
  .meta({ id: "DvIncidentEventCreate" });
export type DvIncidentEventCreate = z.infer<typeof DvIncidentEventCreate>;

/** Links a measure already issued (a protective order, a restraining order, a registration) to the incident. */
export const DvIncidentMeasureLink = z
  .strictObject({ measureId: Uuid })
  .meta({ id: "DvIncidentMeasureLink" });
export type DvIncidentMeasureLink = z.infer<typeof DvIncidentMeasureLink>;

/** The DV inspector's home numbers. */
export const DvIncidentSummary = z
  .object({
    notifyOverdue: z.number().int(),
    notifyPending: z.number().int(),
    incidentsThisMonth: z.number().int(),
  })
  .meta({ id: "DvIncidentSummary" });
export type DvIncidentSummary = z.infer<typeof DvIncidentSummary>;
