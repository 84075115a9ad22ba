import { addCalendarDays, addMonths, endOfLegalDate, legalDateOf } from "../../calendar/legal-date.ts";
import { art } from "../../core/citation.ts";
import { refuse, type Refusal } from "../../core/verdict.ts";
import { COURT, defineKind, filled, POLICE, STATE_BODIES, validOnIssueDay } from "./common.ts";

/**
 * Administrative penalty (001 Art. 53): imposed by a judge or bodies (officials) authorized by the
 * Code on Administrative Infractions (53(1)) — not among the texts; here the court, the police, the
 * commission on minors' affairs, the economic investigation service, the akimat and the education
 * body (a choice, see docs/measures.md). A one-off decision.
 */
export const administrativePenalty = defineKind("administrative_penalty", {
  article: art("001", "53"),
  issuers: () => [
    ...COURT,
    ...POLICE,
    "commission_on_minors",
    "economic_investigation_service",
    "akimat",
    "education_body",
  ],
  issuerArticle: art("001", "53(1)"),
  shape: "one_off",
  termInput: "none",
  termArticle: art("001", "53(2)"),
  check: () => [],
  validity: validOnIssueDay,
});

/**
 * Preventive restriction on freedom of movement (001 Art. 56): for the persons of 56(1); applied by
 * internal affairs bodies with the sanction of the court, isolation for up to thirty days (56(2)).
 * The term runs from the court's sanction (the measure is applied "with the sanction"): sanctioned on
 * day X for N days → valid X..X+N, and no extension may carry it past X+30.
 */
export const movementRestriction = defineKind("movement_restriction", {
  article: art("001", "56"),
  issuers: () => POLICE,
  issuerArticle: art("001", "56(2)"),
  shape: "term",
  termInput: "days",
  termArticle: art("001", "56(2)"),
  termLimits: () => ({ min: 1, max: 30, article: art("001", "56(2)") }),
  extension: { article: art("001", "56(2)") },
  terminationGrounds: ["purpose_achieved", "revoked", "death"],
  extraFacts: ["court_sanctioned"],
  check(input) {
    const d = input.details ?? {};
    const out: Refusal[] = [];
    const a1 = art("001", "56(1)");
    if (d.category === undefined) {
      out.push(
        refuse(
          "movement_restriction.category_missing",
          a1,
          `${a1}: state to which category of persons the measure applies.`,
          {
            field: "details.category",
          },
        ),
      );
    } else if (d.category === "foreigner_subject_to_expulsion" && !filled(d.expulsionAct)) {
      out.push(
        refuse(
          "movement_restriction.expulsion_act_missing",
          art("001", "56(1)(2)"),
          `${art("001", "56(1)(2)")}: the judicial act on expulsion in legal force must be stated.`,
          { field: "details.expulsionAct" },
        ),
      );
    }
    return out;
  },
  validity(m, v) {
    const sanctionedAt = m.details.courtSanction?.at ?? v.first("court_sanctioned")?.at;
    if (!sanctionedAt) return { from: null, until: null, awaiting: "sanction" };
    const from = legalDateOf(sanctionedAt);
    return { from, until: addCalendarDays(from, m.term!.days!) };
  },
  checkFact(m, _v, fact, d) {
    if (fact.type === "court_sanctioned" && m.details.courtSanction) {
      const a = art("001", "56(2)");
      return refuse("fact.already_recorded", a, `${a}: the court's sanction is already recorded.`, {
        params: { type: fact.type },
      });
    }
    if (fact.type === "extended" && fact.until > addCalendarDays(d.validFrom!, 30)) {
      const a = art("001", "56(2)");
      return refuse(
        "movement_restriction.extension_exceeds_30_days",
        a,
        `${a}: the isolation may not last more than thirty days in all.`,
        { field: "until", params: { max: addCalendarDays(d.validFrom!, 30) } },
      );
    }
    return null;
  },
});

/**
 * Statutory notice on elimination of causes and conditions (001 Art. 57): sent by an authorized person
 * of a state body to the head or an official of an organisation (57(1)); the answer is due within one
 * month of receipt (57(2)); a missing answer entails liability (57(3)).
 */
export const statutoryNotice = defineKind("statutory_notice", {
  article: art("001", "57"),
  issuers: () => STATE_BODIES,
  issuerArticle: art("001", "57(1)"),
  subject: "organisation",
  shape: "notice",
  termInput: "none",
  termArticle: art("001", "57(2)"),
  service: { article: art("001", "57(2)"), signature: false },
  extraFacts: ["answer_received"],
  check(input) {
    const s = input.subject;
    // A person as subject is refused by the common check (measure.subject_must_be_organisation).
    if (s.kind !== "organisation" || (filled(s.name) && filled(s.headOrOfficial))) return [];
    const a = art("001", "57(1)");
    return [
      refuse(
        "statutory_notice.addressee_missing",
        a,
        `${a}: the notice is addressed to the head or an official of an organisation; name both.`,
        { field: "subject" },
      ),
    ];
  },
  validity(_m, v) {
    const served = v.first("served");
    if (!served) return { from: null, until: null, awaiting: "service" };
    const answer = v.first("answer_received");
    const from = legalDateOf(served.at);
    return answer ? { from, until: legalDateOf(answer.at) } : { from, until: null, awaiting: "answer" };
  },
  duties(_m, v) {
    const served = v.first("served");
    if (!served) return [];
    return [
      {
        code: "statutory_notice.answer",
        article: art("001", "57(2)"),
        dueAt: endOfLegalDate(addMonths(legalDateOf(served.at), 1)),
        doneAt: v.first("answer_received")?.at,
        liabilityIfMissed: true,
      },
    ];
  },
});
