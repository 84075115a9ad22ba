import { art } from "../core/citation.ts";
import { firstRefusals, refuse, type Refusal } from "../core/verdict.ts";
import { addCalendarDays, dateOfAge } from "../calendar/legal-date.ts";
import {
  deriveRegisterEntry,
  type RegisterEntry,
  type RegisterExtendedFact,
  type RegisterFact,
  type RegisterTerminatedFact,
} from "./entry.ts";
import { REGISTER_MAJORITY_AGE } from "./placement.ts";
import { REGISTER_TERMINATION_GROUND_INFO } from "./termination.ts";

/**
 * Validates a termination before it is recorded (001 Art. 59(8)). Refusals:
 * - `register.not_active` — the entry is not on the register on that date;
 * - `register.correction_not_established` — early termination for correction needs a positive
 *   characterisation at the place of residence or work (59(8)(1));
 * - `register.measures_still_valid` — expiry recorded while the measures (as extended) still run (59(8)(2));
 * - `register.not_yet_18` — "reached eighteen" recorded before the 18th birthday (59(8)(4)).
 */
export function validateRegisterTermination(
  entry: RegisterEntry,
  facts: readonly RegisterFact[],
  proposed: Omit<RegisterTerminatedFact, "type">,
): Refusal[] {
  const article = REGISTER_TERMINATION_GROUND_INFO[proposed.ground].article;
  // The state on the eve of the proposed date: the entry must still be on the register that day.
  const state = deriveRegisterEntry(entry, facts, addCalendarDays(proposed.on, -1));
  const onRegister = state.status === "active" && proposed.on > entry.placedOn;
  const birthday = dateOfAge(entry.subjectBirthDate, REGISTER_MAJORITY_AGE);
  return firstRefusals([
    onRegister
      ? null
      : refuse(
          "register.not_active",
          art("001", "59(8)"),
          "Only an entry on the register can be terminated (001 Art. 59(8)).",
          {
            field: "on",
          },
        ),
    proposed.ground === "corrected" && proposed.positiveCharacterisation !== true
      ? refuse(
          "register.correction_not_established",
          article,
          "Early termination requires a positive characterisation at the place of residence or work (001 Art. 59(8)(1)).",
          { field: "positiveCharacterisation" },
        )
      : null,
    proposed.ground === "measures_expired" &&
    onRegister &&
    (state.lastDay === null || state.lastDay >= proposed.on)
      ? refuse(
          "register.measures_still_valid",
          article,
          "The individual prevention measures (as extended) are still valid on that date (001 Art. 59(8)(2)).",
          { field: "on" },
        )
      : null,
    proposed.ground === "minor_turned_18" && proposed.on < birthday
      ? refuse(
          "register.not_yet_18",
          article,
          `The person turns eighteen on ${birthday} (001 Art. 59(8)(4)).`,
          {
            field: "on",
            params: { birthday },
          },
        )
      : null,
  ]);
}

/**
 * Validates an extension of registration before it is recorded (001 Art. 59(9), 48(5)). Refusals:
 * - `register.not_active` — registration is extended while it runs: the decision must fall on or
 *   before the entry's last day (a lapsed entry needs a new placement);
 * - `register.extension_reason_missing` — 59(9) extends "taking into account the individual
 *   characteristics…, the nature and degree of antisocial behaviour and the danger of the act": a
 *   reason must be stated;
 * - `register.extension_not_later` — the new end is not after the current last day.
 */
export function validateRegisterExtension(
  entry: RegisterEntry,
  facts: readonly RegisterFact[],
  proposed: Omit<RegisterExtendedFact, "type">,
): Refusal[] {
  const article = art("001", proposed.basis);
  const state = deriveRegisterEntry(entry, facts, proposed.on);
  const active = state.status === "active";
  return firstRefusals([
    active
      ? null
      : refuse(
          "register.not_active",
          article,
          `Registration can be extended only while it runs (${article}); this entry is ${state.status} on ${proposed.on}.`,
          { field: "on" },
        ),
    proposed.reason.trim() === ""
      ? refuse("register.extension_reason_missing", article, `An extension states its reason (${article}).`, {
          field: "reason",
        })
      : null,
    active && state.lastDay !== null && proposed.until !== null && proposed.until <= state.lastDay
      ? refuse(
          "register.extension_not_later",
          article,
          `The extension must end after the current last day ${state.lastDay} (${article}).`,
          { field: "until", params: { lastDay: state.lastDay } },
        )
      : null,
  ]);
}
