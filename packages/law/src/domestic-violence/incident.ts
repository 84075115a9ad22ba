/**
 * An incident of domestic violence as the internal affairs body records it (001 Art. 72(1), (3)) —
 * R5.1: its forms, the facts that decide who must be told of it within twenty-four hours, the checks
 * of a new record and the count of repeat incidents in one family.
 */
import { addHours } from "../calendar/legal-date.ts";
import { art, type Citation } from "../core/citation.ts";
import { allow, refuse, type Refusal, type Verdict } from "../core/verdict.ts";
import type { BodyTypeId } from "../handoffs/body-types.ts";
import type { HandoffGroundCode } from "../handoffs/grounds.ts";
import { domesticViolenceNotificationDueBy } from "./notification.ts";

/**
 * "Domestic violence may be expressed in the form of physical, psychological, sexual, and (or)
 * economic violence" (001 Art. 72(1); the forms are defined in 001 Art. 1(9), (25), (26), (28)).
 * One incident may have several forms ("and (or)").
 */
export const DOMESTIC_VIOLENCE_FORMS = ["physical", "psychological", "sexual", "economic"] as const;

/** One form of domestic violence (001 Art. 72(1)). */
export type DomesticViolenceForm = (typeof DOMESTIC_VIOLENCE_FORMS)[number];

/** True for a form the law names (001 Art. 72(1)). */
export function isDomesticViolenceForm(value: string): value is DomesticViolenceForm {
  return (DOMESTIC_VIOLENCE_FORMS as readonly string[]).includes(value);
}

/**
 * What is recorded on an incident after it (append-only events):
 * - `responded` — the legal measures of the immediate response to the report (001 Art. 72(3)(1));
 * - `belongings_removal_secured` — public order ensured "when victims remove personal hygiene items,
 *   seasonal clothing, and identity documents from the dwelling shared with the offender" (72(3)(3));
 * - `measure_linked` — a measure taken on the incident (a protective order, 001 Art. 60; a
 *   registration, 54(1); a plan, 55(1));
 * - `note` — anything else the officer writes down.
 */
export const INCIDENT_EVENT_TYPES = [
  "responded",
  "belongings_removal_secured",
  "measure_linked",
  "note",
] as const;

/** One event type of an incident (001 Art. 72(3)). */
export type IncidentEventType = (typeof INCIDENT_EVENT_TYPES)[number];

/** True for an incident event type. */
export function isIncidentEventType(value: string): value is IncidentEventType {
  return (INCIDENT_EVENT_TYPES as readonly string[]).includes(value);
}

/** The article of each incident event type (001 Art. 72(3)). */
export const INCIDENT_EVENT_ARTICLES: Readonly<Record<IncidentEventType, Citation>> = {
  responded: art("001", "72(3)(1)"),
  belongings_removal_secured: art("001", "72(3)(3)"),
  measure_linked: art("001", "72(3)(1)"),
  note: art("001", "72(3)"),
};

/** The facts of an incident that decide who is interested in it (001 Art. 72(3)(2)). */
export interface IncidentFacts {
  /** A minor was present (witnessed the violence) — 001 Arts. 22(3), 78(3)(9). */
  readonly childrenPresent: boolean;
  /** A minor is among the victims — 001 Arts. 22(1)-(4), 79(6)(10). */
  readonly childVictim: boolean;
  /** An injury (harm to health) is recorded — 001 Arts. 1(9), 26(11). */
  readonly injuryRecorded: boolean;
}

/** One interested subject to notify of an incident (001 Art. 72(3)(2)). */
export interface InterestedSubject {
  readonly bodyType: BodyTypeId;
  readonly ground: HandoffGroundCode;
  /** Why this body is interested: the provision of its competence the incident falls in. */
  readonly article: Citation;
  /** True when the officer may leave it out (the system's reading adds it; the text does not require it). */
  readonly optional: boolean;
}

const NOTICE: HandoffGroundCode = "domestic_violence.incident_notice";

/**
 * Who must be told of an incident within twenty-four hours (001 Art. 72(3)(2): "notify interested
 * subjects of prevention of infractions of the incident of domestic violence"). The text does not
 * list the subjects; their competences do:
 * - the family support centre, always: "Information on persons (families) in difficult life
 *   situations shall be sent to family support centers" (72(2)); it supports "persons with signs of
 *   domestic violence" and keeps "records of victims of domestic violence" (10(2)(4), (10));
 * - the guardianship body when a child is a victim or was present: it coordinates "assistance to
 *   minors subjected to violence … as well as those who have witnessed violence" (22(3));
 * - the commission on minors' affairs when a child is a victim: it organises "work on the
 *   application of measures regarding minors in difficult life situations, jointly with family
 *   support centers" (79(6)(10)); for a child only present, the system's reading offers it as optional;
 * - the healthcare body when an injury is recorded: healthcare organisations "interact with mobile
 *   groups, family support centers … on issues of providing medical care to victims" (26(11)).
 * Every one is a hand-off on the ground `domestic_violence.incident_notice`.
 */
export function interestedSubjectsOf(f: IncidentFacts): readonly InterestedSubject[] {
  const out: InterestedSubject[] = [
    { bodyType: "family_support_centre", ground: NOTICE, article: art("001", "10(2)(4)"), optional: false },
  ];
  if (f.childVictim || f.childrenPresent)
    out.push({
      bodyType: "guardianship_body",
      ground: NOTICE,
      article: art("001", "22(3)"),
      optional: false,
    });
  if (f.childVictim || f.childrenPresent)
    out.push({
      bodyType: "minors_commission",
      ground: NOTICE,
      article: art("001", "79(6)(10)"),
      optional: !f.childVictim,
    });
  if (f.injuryRecorded)
    out.push({
      bodyType: "healthcare_department",
      ground: NOTICE,
      article: art("001", "26(11)"),
      optional: false,
    });
  return out;
}

/** The input of a new incident record (001 Art. 72(1), (3)). */
export interface IncidentInput {
  readonly forms: readonly string[];
  readonly occurredAt: Date;
  /** When the report or application reached the internal affairs body (starts the 24 h of 72(3)(2)). */
  readonly reportedAt: Date;
  readonly now: Date;
  /** The number of victims named. */
  readonly victims: number;
  /** The legal measures taken at once (72(3)(1)); blank counts as none. */
  readonly immediateResponse: string | null;
  /** True when the person who committed it is also named among the victims. */
  readonly offenderIsVictim: boolean;
}

/** An incident that may be recorded: its forms, in the law's order, and the 24 h notification due. */
export interface CheckedIncident {
  readonly forms: readonly DomesticViolenceForm[];
  readonly notifyDueAt: Date;
}

/**
 * How far ahead of the server's clock an instant may be and still be "now": a browser's clock runs a
 * little ahead. The system's reading, not the law's.
 */
export const INCIDENT_CLOCK_TOLERANCE_MINUTES = 5;

/**
 * Every refusal of a new incident record, in the form's order (a form shows them all at once):
 * - `domestic_violence.forms_required` (72(1)) — no form chosen;
 * - `domestic_violence.form_unknown` (72(1)) — a form the law does not name;
 * - `domestic_violence.victim_required` (1(27): an act "against another person(s)") — no victim;
 * - `domestic_violence.offender_is_victim` (1(27): "of one person … against another") — the same
 *   person on both sides;
 * - `domestic_violence.in_future` (72(3)(1)) — it occurred or was reported after now;
 * - `domestic_violence.reported_before_occurred` (72(3)(1): a report "regarding an incident") — the
 *   report precedes the incident;
 * - `domestic_violence.response_required` (72(3)(1): "an immediate response to every report") — no
 *   immediate response written.
 */
export function incidentRefusals(input: IncidentInput): Refusal[] {
  const out: Refusal[] = [];
  const forms = art("001", "72(1)");
  const definition = art("001", "1(27)");
  const response = art("001", "72(3)(1)");
  if (input.forms.length === 0)
    out.push(
      refuse("domestic_violence.forms_required", forms, "Choose at least one form of domestic violence.", {
        field: "forms",
      }),
    );
  for (const form of input.forms)
    if (!isDomesticViolenceForm(form))
      out.push(
        refuse("domestic_violence.form_unknown", forms, `Domestic violence has no form "${form}".`, {
          field: "forms",
          params: { form },
        }),
      );
  if (input.victims < 1)
    out.push(
      refuse("domestic_violence.victim_required", definition, "Name the victim of the incident.", {
        field: "victims",
      }),
    );
  if (input.offenderIsVictim)
    out.push(
      refuse(
        "domestic_violence.offender_is_victim",
        definition,
        "The person who committed the violence cannot be its victim in the same incident.",
        { field: "offenderPersonId" },
      ),
    );
  const latest = addHours(input.now, INCIDENT_CLOCK_TOLERANCE_MINUTES / 60);
  if (input.occurredAt > latest)
    out.push(
      refuse("domestic_violence.in_future", response, "The incident cannot have occurred in the future.", {
        field: "occurredAt",
      }),
    );
  if (input.reportedAt > latest)
    out.push(
      refuse("domestic_violence.in_future", response, "The report cannot have been received in the future.", {
        field: "reportedAt",
      }),
    );
  if (input.reportedAt < input.occurredAt)
    out.push(
      refuse(
        "domestic_violence.reported_before_occurred",
        response,
        "The report cannot reach the police before the incident occurred.",
        { field: "reportedAt" },
      ),
    );
  if ((input.immediateResponse ?? "").trim() === "")
    out.push(
      refuse(
        "domestic_violence.response_required",
        response,
        "Record the immediate response to the report (001 Art. 72(3)(1)).",
        { field: "immediateResponse" },
      ),
    );
  return out;
}

/**
 * Checks a new incident record (001 Arts. 1(27), 72(1), 72(3)(1)); the first refusal of
 * {@link incidentRefusals}, or the forms (deduplicated, in the law's order) and the instant by which
 * the interested subjects must be notified (72(3)(2): twenty-four hours from the report).
 */
export function checkIncident(input: IncidentInput): Verdict<CheckedIncident> {
  const [first] = incidentRefusals(input);
  if (first) return first;
  return allow({
    forms: DOMESTIC_VIOLENCE_FORMS.filter((f) => input.forms.includes(f)),
    notifyDueAt: domesticViolenceNotificationDueBy(input.reportedAt),
  });
}

/**
 * The number of an incident among the incidents of its family: 1 for the first, 2 for the first
 * repeat (R5.1 "repeat incidents in the same family are linked and counted"). `previousInFamily` are
 * the other incidents' instants; those that occurred at or before `occurredAt` come before it (an
 * incident recorded earlier for the same instant counts first). An incident recorded late takes its
 * place by when it occurred, not by when it was recorded.
 */
export function repeatNumber(previousInFamily: readonly Date[], occurredAt: Date): number {
  return previousInFamily.filter((d) => d.getTime() <= occurredAt.getTime()).length + 1;
}
