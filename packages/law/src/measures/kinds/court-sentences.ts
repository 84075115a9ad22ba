import { addYears } from "../../calendar/legal-date.ts";
import { art } from "../../core/citation.ts";
import { refuse, type Refusal } from "../../core/verdict.ts";
import { COURT, defineKind, POLICE, REGISTER_TERMINATION, requireDetail, validByDecision } from "./common.ts";

/**
 * Restraining order (001 Art. 52): binds a suspect, accused or defendant (52(1)); grounds and
 * procedure are those of the Criminal Procedure Code (52(2)), which is not among the texts, so the
 * issuers are the bodies that conduct or supervise criminal proceedings — the court, the prosecutor,
 * the police and the economic investigation service (a choice, see docs/measures.md).
 */
export const restrainingOrder = defineKind("restraining_order", {
  article: art("001", "52"),
  issuers: () => ["court", "prosecutor", ...POLICE, "economic_investigation_service"],
  issuerArticle: art("001", "52(2)"),
  shape: "term",
  termInput: "dates",
  termArticle: art("001", "52(2)"),
  extension: { article: art("001", "52(2)") },
  violations: true,
  terminationGrounds: ["revoked", "death"],
  notices: ["victim"],
  check(input) {
    const r = requireDetail(
      "restraining_order",
      input.details?.proceduralStatus !== undefined,
      "proceduralStatus",
      art("001", "52(1)"),
      "whether the person is a suspect, an accused or a defendant",
    );
    return r ? [r] : [];
  },
  validity: validByDecision,
});

/** Compulsory measures of a medical nature (001 Art. 58): by court decision (58(1)); term and end by the court. */
export const compulsoryMedicalMeasure = defineKind("compulsory_medical_measure", {
  article: art("001", "58"),
  issuers: () => COURT,
  issuerArticle: art("001", "58(1)"),
  shape: "term",
  termInput: "dates",
  termArticle: art("001", "58(3)"),
  extension: { article: art("001", "58(3)") },
  terminationGrounds: ["purpose_achieved", "revoked", "death"],
  check: () => [],
  validity: validByDecision,
});

/**
 * Special requirements for the conduct of an offender (001 Art. 61): set by a court (61(1)); term by
 * the Penal Code / Code on Administrative Infractions (61(3)); violation entails liability (61(4));
 * placement on the register (61(5)); extension on petition (48(5)).
 */
export const specialConductRequirements = defineKind("special_conduct_requirements", {
  article: art("001", "61"),
  issuers: () => COURT,
  issuerArticle: art("001", "61(1)"),
  shape: "term",
  termInput: "dates_required",
  termArticle: art("001", "61(3)"),
  register: { ground: "59.2.2_special_conduct_requirements", article: art("001", "61(5)") },
  extension: { article: art("001", "48(5)") },
  violations: true,
  terminationGrounds: REGISTER_TERMINATION,
  check: () => [],
  validity: validByDecision,
});

/**
 * Punishment not related to isolation from society (001 Art. 62): imposed by a court's sentence;
 * placement on the register (62(2)); term and conditions by the Penal Code (62(3)); violation entails
 * liability (62(4)).
 */
export const nonCustodialPunishment = defineKind("non_custodial_punishment", {
  article: art("001", "62"),
  issuers: () => COURT,
  issuerArticle: art("001", "62(3)"),
  shape: "term",
  termInput: "dates_required",
  termArticle: art("001", "62(3)"),
  register: { ground: "59.2.6_non_custodial_punishment", article: art("001", "62(2)") },
  extension: { article: art("001", "48(5)") },
  violations: true,
  terminationGrounds: REGISTER_TERMINATION,
  check: () => [],
  validity: validByDecision,
});

/**
 * Parole (001 Art. 63): by a court (63(1)); registered for the unserved portion of the sentence, ten
 * years after a life sentence (63(3)); from the day of the court's decision.
 */
export const parole = defineKind("parole", {
  article: art("001", "63"),
  issuers: () => COURT,
  issuerArticle: art("001", "63(1)"),
  shape: "term",
  termInput: "none",
  termArticle: art("001", "63(3)"),
  register: { ground: "59.2.3_parole", article: art("001", "63(3)") },
  violations: true,
  terminationGrounds: REGISTER_TERMINATION,
  check(input, c) {
    const d = input.details ?? {};
    const a = art("001", "63(3)");
    const out: Refusal[] = [];
    if (d.lifeSentence !== true && d.unservedUntil === undefined) {
      out.push(
        refuse(
          "parole.unserved_term_missing",
          a,
          `${a}: the last day of the unserved portion of the sentence must be stated.`,
          {
            field: "details.unservedUntil",
          },
        ),
      );
    } else if (d.lifeSentence !== true && d.unservedUntil! <= c.issuedOn) {
      out.push(
        refuse(
          "parole.unserved_term_invalid",
          a,
          `${a}: the unserved portion must end after the decision on parole.`,
          {
            field: "details.unservedUntil",
          },
        ),
      );
    }
    return out;
  },
  validity: (m) => ({
    from: m.issuedOn,
    until: m.details.lifeSentence === true ? addYears(m.issuedOn, 10) : m.details.unservedUntil!,
  }),
});
