import { art, type Citation } from "../core/citation.ts";
import { addHours } from "../calendar/legal-date.ts";

/** Hours within which a change of work or residence, or travel, is notified (001 Art. 65(3)(3)). */
export const SUPERVISION_NOTICE_HOURS = 24;

/** A stay elsewhere longer than this many hours ("more than one day") must be registered (001 Art. 65(3)(4)). */
export const SUPERVISION_STAY_HOURS = 24;

/** An event that gives a person under administrative supervision a duty with a due instant (001 Art. 65(3)). */
export type SupervisionEvent =
  | {
      /** 65(3)(3): change of place of work or residence, travel outside the district (city). */
      readonly type: "work_changed" | "residence_changed" | "travel_outside_district";
      readonly at: Date;
      readonly notifiedAt?: Date;
    }
  | {
      /** 65(3)(4): travel with permission to another locality. */
      readonly type: "stay_elsewhere";
      readonly arrivedAt: Date;
      readonly departedAt?: Date;
      readonly registeredAt?: Date;
    }
  | {
      /** 65(3)(2): appear on summons at the specified time. */
      readonly type: "summons";
      readonly appearBy: Date;
      readonly appearedAt?: Date;
    };

/** The duty an event gives rise to (001 Art. 65(3)(2)-(4)). */
export type SupervisionDutyKind = "notify_police" | "register_with_local_police" | "appear_on_summons";

/** One duty of the supervised person, its due instant and status on `asOf` (001 Art. 65(3)). */
export interface SupervisionDuty {
  readonly duty: SupervisionDutyKind;
  readonly event: SupervisionEvent;
  readonly article: Citation;
  readonly dueAt: Date;
  /**
   * `done` — fulfilled by the due instant; `done_late` — fulfilled after it; `overdue` — not
   * fulfilled and the due instant has passed; `pending` — not yet due; `not_required` — a stay that
   * ended within one day (65(3)(4) applies only to stays of more than one day).
   */
  readonly status: "done" | "done_late" | "overdue" | "pending" | "not_required";
}

function statusOf(dueAt: Date, doneAt: Date | undefined, asOf: Date): SupervisionDuty["status"] {
  if (doneAt) return doneAt.getTime() <= dueAt.getTime() ? "done" : "done_late";
  return asOf.getTime() > dueAt.getTime() ? "overdue" : "pending";
}

/**
 * The duties of a person under administrative supervision with their due instants (001 Art. 65(3)):
 * - (3) notify the supervising officers within 24 hours of a change of work or residence or of travel
 *   outside the district (city): due `at` + 24 hours;
 * - (4) register with the local internal affairs body when staying in another locality "for more than
 *   one day": "one day" is read as 24 hours; the duty arises once the stay passes 24 hours, so it is
 *   due at arrival + 24 hours at the latest, and is not required if the person left within 24 hours;
 * - (2) appear on summons at the specified time: due at that time.
 * The duty not to leave Kazakhstan until the term ends (65(3)(5)) is a prohibition with no due instant.
 */
export function supervisionDuties(events: readonly SupervisionEvent[], asOf: Date): SupervisionDuty[] {
  return events.map((event): SupervisionDuty => {
    switch (event.type) {
      case "summons":
        return {
          duty: "appear_on_summons",
          event,
          article: art("001", "65(3)(2)"),
          dueAt: event.appearBy,
          status: statusOf(event.appearBy, event.appearedAt, asOf),
        };
      case "stay_elsewhere": {
        const dueAt = addHours(event.arrivedAt, SUPERVISION_STAY_HOURS);
        const shortStay =
          !event.registeredAt &&
          event.departedAt !== undefined &&
          event.departedAt.getTime() <= dueAt.getTime();
        return {
          duty: "register_with_local_police",
          event,
          article: art("001", "65(3)(4)"),
          dueAt,
          status: shortStay ? "not_required" : statusOf(dueAt, event.registeredAt, asOf),
        };
      }
      default: {
        const dueAt = addHours(event.at, SUPERVISION_NOTICE_HOURS);
        return {
          duty: "notify_police",
          event,
          article: art("001", "65(3)(3)"),
          dueAt,
          status: statusOf(dueAt, event.notifiedAt, asOf),
        };
      }
    }
  });
}
