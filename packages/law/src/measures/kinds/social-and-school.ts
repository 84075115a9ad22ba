import { art } from "../../core/citation.ts";
import { refuse, type Refusal } from "../../core/verdict.ts";
import { PEDAGOGICAL_SUPPORT_CRITERIA } from "../measure-details.ts";
import { defineKind, filled, requireMinor, validByDecision, validUntilTerminated } from "./common.ts";

/**
 * Registration of persons (families) in difficult life situations (001 Art. 54): kept by family support
 * centres (54(1)); its grounds, procedure and terms are set by the Social Code and the competent
 * authority (54(2)-(3)), not among the texts — so it lasts until closed.
 */
export const difficultLifeSituationRegistration = defineKind("difficult_life_situation_registration", {
  article: art("001", "54"),
  issuers: () => ["family_support_centre"],
  issuerArticle: art("001", "54(1)"),
  shape: "open",
  termInput: "none",
  termArticle: art("001", "54(3)"),
  terminationGrounds: ["purpose_achieved", "revoked", "death"],
  check: () => [],
  validity: validUntilTerminated,
});

/**
 * Social adaptation and rehabilitation under an individual assistance plan (001 Art. 55(1); for
 * domestic violence carried out by local executive bodies, Art. 72(5)). Organised by "authorized
 * entities"; here the family support centre and the akimat (a choice, see docs/measures.md).
 */
export const socialAdaptationPlan = defineKind("social_adaptation_plan", {
  article: art("001", "55"),
  issuers: () => ["family_support_centre", "akimat"],
  issuerArticle: art("001", "55(1)"),
  shape: "term",
  termInput: "dates",
  termArticle: art("001", "55(2)"),
  terminationGrounds: ["purpose_achieved", "revoked", "death"],
  check(input) {
    const activities = (input.details?.planActivities ?? []).filter(filled);
    if (activities.length > 0) return [];
    const a = art("001", "55(1)");
    return [
      refuse(
        "social_adaptation_plan.plan_activities_missing",
        a,
        `${a}: the measure is carried out under an individual assistance plan; state its activities.`,
        { field: "details.planActivities" },
      ),
    ];
  },
  validity: validByDecision,
});

/**
 * Pedagogical support for minors requiring increased attention (001 Art. 78): for a minor meeting a
 * criterion of 78(2); assigned at a meeting of the school's prevention council with the minor and the
 * legal representatives (78(3)); a refusal by the representatives goes to the commission on minors'
 * affairs (78(4)). Lasts until closed.
 */
export const pedagogicalSupport = defineKind("pedagogical_support", {
  article: art("001", "78"),
  issuers: () => ["school_prevention_council"],
  issuerArticle: art("001", "78(3)"),
  needsBirthDate: true,
  shape: "open",
  termInput: "none",
  termArticle: art("001", "78(3)"),
  terminationGrounds: ["purpose_achieved", "reached_18", "death"],
  extraFacts: ["representative_refused", "submitted_to_commission"],
  check(input, c) {
    const d = input.details ?? {};
    const out: Refusal[] = [];
    const minor = requireMinor("pedagogical_support", c.age, art("001", "78(2)"));
    if (minor) out.push(minor);
    const criteria = d.criteria ?? [];
    const a2 = art("001", "78(2)");
    if (criteria.length === 0 || criteria.some((x) => !PEDAGOGICAL_SUPPORT_CRITERIA.includes(x))) {
      out.push(
        refuse(
          "pedagogical_support.criteria_invalid",
          a2,
          `${a2}: state one or more of the criteria of the article.`,
          {
            field: "details.criteria",
          },
        ),
      );
    }
    const a24 = art("001", "78(2)(4)");
    if (criteria.includes("78.2.4_missing_classes") && !((d.unexcusedAbsenceDaysInMonth ?? 0) >= 4)) {
      out.push(
        refuse(
          "pedagogical_support.absence_below_four_days",
          a24,
          `${a24}: missing classes is a criterion at four days or more without a valid reason within one month.`,
          {
            field: "details.unexcusedAbsenceDaysInMonth",
            params: { days: d.unexcusedAbsenceDaysInMonth ?? 0 },
          },
        ),
      );
    }
    const a28 = art("001", "78(2)(8)");
    if (
      criteria.includes("78.2.8_pregnant") &&
      input.subject.kind === "person" &&
      input.subject.sex !== "female"
    ) {
      out.push(
        refuse(
          "pedagogical_support.pregnancy_requires_female",
          a28,
          `${a28}: the criterion concerns pregnant minors.`,
          {
            field: "subject.sex",
          },
        ),
      );
    }
    const present = d.present ?? [];
    const a3 = art("001", "78(3)");
    if (!present.includes("minor")) {
      out.push(
        refuse(
          "pedagogical_support.minor_not_present",
          a3,
          `${a3}: the council considers the issue with the participation of the minor.`,
          {
            field: "details.present",
          },
        ),
      );
    }
    if (!present.includes("legal_representative") && !present.includes("parent")) {
      out.push(
        refuse(
          "pedagogical_support.representative_not_present",
          a3,
          `${a3}: the council considers the issue with the participation of the minor's legal representatives.`,
          { field: "details.present" },
        ),
      );
    }
    return out;
  },
  validity: validUntilTerminated,
  duties(_m, v) {
    const refused = v.first("representative_refused");
    if (!refused) return [];
    return [
      {
        code: "pedagogical_support.refusal_to_commission",
        article: art("001", "78(4)"),
        dueAt: null,
        doneAt: v.all("submitted_to_commission").find((f) => f.at >= refused.at)?.at,
      },
    ];
  },
});
