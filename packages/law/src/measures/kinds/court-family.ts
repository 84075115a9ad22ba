import { art } from "../../core/citation.ts";
import { refuse, type Refusal } from "../../core/verdict.ts";
import type { IssuerKind } from "../kinds.ts";
import { EDUCATIONAL_INFLUENCE_MEASURES, type ParentalRightsAction } from "../measure-details.ts";
import {
  COURT,
  defineKind,
  REGISTER_TERMINATION,
  requireDetail,
  requireMinor,
  validByDecision,
  validOnIssueDay,
} from "./common.ts";

/**
 * Measures of educational influence (001 Art. 67): applied to a minor by a court decision (67(1)),
 * one or more of the eight measures of 67(2); the minor is placed on the register (59(2)(11)).
 */
export const educationalInfluence = defineKind("educational_influence", {
  article: art("001", "67"),
  issuers: () => COURT,
  issuerArticle: art("001", "67(1)"),
  needsBirthDate: true,
  shape: "term",
  termInput: "dates",
  termArticle: art("001", "67(1)"),
  register: { ground: "59.2.11_educational_influence", article: art("001", "59(2)(11)") },
  extension: { article: art("001", "48(5)") },
  violations: true,
  terminationGrounds: REGISTER_TERMINATION,
  check(input, c) {
    const measures = input.details?.measures ?? [];
    const out: Refusal[] = [];
    const minor = requireMinor("educational_influence", c.age, art("001", "67(1)"));
    if (minor) out.push(minor);
    const a = art("001", "67(2)");
    if (measures.length === 0 || measures.some((x) => !EDUCATIONAL_INFLUENCE_MEASURES.includes(x))) {
      out.push(
        refuse(
          "educational_influence.measures_invalid",
          a,
          `${a}: state one or more of the eight measures of educational influence the court may impose.`,
          { field: "details.measures" },
        ),
      );
    }
    return out;
  },
  validity: validByDecision,
});

/**
 * Who decides each action of 001 Art. 68. The procedure is that of the Code on Marriage and the Family
 * and the Civil Procedure Code (68(2)), not among the texts: deprivation and restriction of parental
 * rights and revocation of adoption are for a court; release or removal of a guardian and early
 * termination of a foster agreement are also for the guardianship authority, which in Kazakhstan is
 * the local education body (a choice, see docs/measures.md).
 */
const PARENTAL_RIGHTS_ISSUERS: Readonly<Record<ParentalRightsAction, readonly IssuerKind[]>> = {
  deprivation_of_parental_rights: COURT,
  restriction_of_parental_rights: COURT,
  revocation_of_adoption: COURT,
  release_of_guardian: ["court", "education_body"],
  removal_of_guardian: ["court", "education_body"],
  foster_agreement_termination: ["court", "education_body"],
};

/** Deprivation or restriction of parental rights and related measures (001 Art. 68): one-off decisions. */
export const parentalRightsMeasure = defineKind("parental_rights_measure", {
  article: art("001", "68"),
  issuers: (input) => (input.details?.action ? PARENTAL_RIGHTS_ISSUERS[input.details.action] : COURT),
  issuerArticle: art("001", "68(2)"),
  shape: "one_off",
  termInput: "none",
  termArticle: art("001", "68(2)"),
  check(input) {
    const r = requireDetail(
      "parental_rights_measure",
      input.details?.action !== undefined,
      "action",
      art("001", "68(1)"),
      "the action (deprivation, restriction, revocation of adoption, release or removal of a guardian, termination of a foster agreement)",
    );
    return r ? [r] : [];
  },
  validity: validOnIssueDay,
});

/**
 * Psychological assistance ordered by a court (001 Art. 69(2) second part): the person must attend all
 * courses and keep the organisers' rules; breaches are recorded as violations.
 */
export const psychologicalAssistance = defineKind("psychological_assistance", {
  article: art("001", "69"),
  issuers: () => COURT,
  issuerArticle: art("001", "69(2)"),
  shape: "term",
  termInput: "dates",
  termArticle: art("001", "69(2)"),
  extension: { article: art("001", "48(5)") },
  violations: true,
  terminationGrounds: ["purpose_achieved", "revoked", "death"],
  check: () => [],
  validity: validByDecision,
});
