import { art, type Citation } from "../core/citation.ts";
import { firstRefusals, refuse, type Refusal } from "../core/verdict.ts";
import { addCalendarDays, type LegalDate } from "../calendar/legal-date.ts";

/**
 * A fact about the arrival of a released person at the chosen place of residence (001 Art. 66(1)):
 * `arrived`; `search_started` — initial measures to establish whereabouts and the reasons for
 * non-arrival; `whereabouts_established`; `wanted` — pre-trial investigation initiated and the person
 * placed on the wanted list with a preventive measure.
 */
export interface NonArrivalFact {
  readonly type: "arrived" | "search_started" | "whereabouts_established" | "wanted";
  readonly on: LegalDate;
}

/** The states of arrival at the chosen place of residence (001 Art. 66(1)). */
export type NonArrivalStatus =
  | "awaiting_arrival"
  | "arrived"
  | "non_arrival"
  | "whereabouts_search"
  | "whereabouts_established"
  | "wanted";

/** The arrival state with the police's next step (001 Art. 66(1)). */
export interface NonArrivalState {
  readonly status: NonArrivalStatus;
  readonly article: Citation;
  /** The date of arrival notified by the institution (66(1)); the person is late from the next day. */
  readonly arrivalDueOn: LegalDate;
  /** First day of non-arrival, when the person has not arrived by the due date; otherwise null. */
  readonly lateSince: LegalDate | null;
  /**
   * What the internal affairs body must do next: `establish_whereabouts` (initial measures),
   * `open_investigation_and_wanted_list` if whereabouts stay undetermined, or null.
   */
  readonly nextStep: "establish_whereabouts" | "open_investigation_and_wanted_list" | null;
}

/**
 * The state of arrival of a person released under administrative supervision (001 Art. 66(1); the
 * liability for failing to arrive "within the specified period", 65(1)). The only deadline the text
 * gives is the time of arrival in the institution's notice; it sets none for the initial measures or
 * for the wanted decision, so none is invented here — the state shows the next step as soon as it is
 * due. Facts after `asOf` are ignored. Precedence: arrived, wanted, whereabouts established, search.
 */
export function nonArrivalState(args: {
  arrivalDueOn: LegalDate;
  facts: readonly NonArrivalFact[];
  asOf: LegalDate;
}): NonArrivalState {
  const has = (t: NonArrivalFact["type"]) => args.facts.find((f) => f.type === t && f.on <= args.asOf);
  const arrived = has("arrived");
  const late = arrived ? arrived.on > args.arrivalDueOn : args.asOf > args.arrivalDueOn;
  const lateSince = late ? addCalendarDays(args.arrivalDueOn, 1) : null;
  const state = (
    status: NonArrivalStatus,
    ref: string,
    nextStep: NonArrivalState["nextStep"],
  ): NonArrivalState => ({
    status,
    article: art("001", ref),
    arrivalDueOn: args.arrivalDueOn,
    lateSince,
    nextStep,
  });
  if (arrived) return state("arrived", "66(1)", null);
  if (has("wanted")) return state("wanted", "66(1)", null);
  if (has("whereabouts_established")) return state("whereabouts_established", "66(1)", null);
  if (has("search_started"))
    return state("whereabouts_search", "66(1)", "open_investigation_and_wanted_list");
  if (late) return state("non_arrival", "66(1)", "establish_whereabouts");
  return state("awaiting_arrival", "66(1)", null);
}

/**
 * Validates a new non-arrival fact against the earlier ones (001 Art. 66(1)). Refusals:
 * - `supervision.search_before_non_arrival` — the search follows non-arrival (after the due date);
 * - `supervision.wanted_without_search` — the wanted list follows initial measures that did not
 *   determine the whereabouts;
 * - `supervision.wanted_but_located` — whereabouts already established.
 */
export function validateNonArrivalFact(args: {
  arrivalDueOn: LegalDate;
  facts: readonly NonArrivalFact[];
  fact: NonArrivalFact;
}): Refusal[] {
  const article = art("001", "66(1)");
  const prior = (t: NonArrivalFact["type"]) => args.facts.some((f) => f.type === t && f.on <= args.fact.on);
  return firstRefusals([
    args.fact.type === "search_started" && args.fact.on <= args.arrivalDueOn
      ? refuse(
          "supervision.search_before_non_arrival",
          article,
          `The search follows non-arrival: the person may arrive until ${args.arrivalDueOn} (001 Art. 66(1)).`,
          { field: "on", params: { arrivalDueOn: args.arrivalDueOn } },
        )
      : null,
    args.fact.type === "wanted" && !prior("search_started")
      ? refuse(
          "supervision.wanted_without_search",
          article,
          "The wanted list follows initial measures to establish whereabouts (001 Art. 66(1)).",
          { field: "type" },
        )
      : null,
    args.fact.type === "wanted" && prior("whereabouts_established")
      ? refuse(
          "supervision.wanted_but_located",
          article,
          "The person's whereabouts are established; the wanted list is for undetermined whereabouts (001 Art. 66(1)).",
          { field: "type" },
        )
      : null,
  ]);
}
