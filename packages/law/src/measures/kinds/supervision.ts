import { addMonths, addYears } from "../../calendar/legal-date.ts";
import { art } from "../../core/citation.ts";
import { refuse, type Refusal } from "../../core/verdict.ts";
import { MEASURE_SUPERVISION_RESTRICTIONS, type MeasureCrimeGravity } from "../measure-details.ts";
import { COURT, defineKind } from "./common.ts";

/**
 * Years of administrative supervision after serving the punishment, by the gravity of the crime
 * (001 Art. 64(2)(1)-(3)): minor or medium gravity 3, grave 6, especially grave 8.
 * The detailed supervision rules (duties, non-arrival, tracking) live in `supervision/`; this is only
 * what the measure needs to validate and derive.
 */
export const SUPERVISION_MEASURE_YEARS: Readonly<Record<MeasureCrimeGravity, number>> = {
  minor: 3,
  medium: 3,
  grave: 6,
  especially_grave: 8,
};

/** Months added by each judge's ruling on a violation (001 Art. 64(3)). */
export const SUPERVISION_MEASURE_EXTENSION_MONTHS = 6;

/**
 * Administrative supervision (001 Arts. 64-66): established by a judge's ruling (64(1), 65(1)) for
 * 3/6/8 years after serving the punishment (64(2)); the ruling is announced against signature (65(1));
 * restrictions of 65(2); extended by six months per ruling on a violation (64(3)); placement on the
 * register (66(2)). Early termination on the ground of 59(8)(1) is for the court (66(5)), recorded as
 * `court_early_release`; 66(5) cites "paragraph 9 of Article 59" for grounds that stand in
 * paragraph 8, read as paragraph 8 (see docs/measures.md).
 */
export const administrativeSupervision = defineKind("administrative_supervision", {
  article: art("001", "64"),
  issuers: () => COURT,
  issuerArticle: art("001", "64(1)"),
  shape: "term",
  termInput: "none",
  termArticle: art("001", "64(2)"),
  service: { article: art("001", "65(1)"), signature: true },
  register: { ground: "59.2.4_administrative_supervision", article: art("001", "66(2)") },
  extension: { article: art("001", "64(3)") },
  violations: true,
  terminationGrounds: ["court_early_release", "no_grounds_for_extension", "imprisonment", "death", "revoked"],
  check(input, c) {
    const d = input.details ?? {};
    const out: Refusal[] = [];
    const a2 = art("001", "64(2)");
    if (d.crimeGravity === undefined) {
      out.push(
        refuse(
          "administrative_supervision.crime_gravity_missing",
          a2,
          `${a2}: the gravity of the crime sets the term; state it.`,
          {
            field: "details.crimeGravity",
          },
        ),
      );
    }
    if (d.releaseDate === undefined) {
      out.push(
        refuse(
          "administrative_supervision.release_date_missing",
          a2,
          `${a2}: the term runs after serving the punishment; state the day it was (or will be) served.`,
          { field: "details.releaseDate" },
        ),
      );
    }
    if (d.crimeGravity !== undefined && d.releaseDate !== undefined) {
      const until = addYears(d.releaseDate, SUPERVISION_MEASURE_YEARS[d.crimeGravity]);
      if (until < c.issuedOn) {
        out.push(
          refuse(
            "administrative_supervision.term_already_expired",
            a2,
            `${a2}: the term of supervision after this release ended on ${until}, before the ruling.`,
            { field: "details.releaseDate", params: { until } },
          ),
        );
      }
    }
    const restrictions = d.restrictions ?? [];
    const a65 = art("001", "65(2)");
    if (
      restrictions.length === 0 ||
      restrictions.some((r) => !MEASURE_SUPERVISION_RESTRICTIONS.includes(r))
    ) {
      out.push(
        refuse(
          "administrative_supervision.restrictions_invalid",
          a65,
          `${a65}: state one or more of the five restrictions of the article.`,
          { field: "details.restrictions" },
        ),
      );
    }
    return out;
  },
  validity: (m) => ({
    from: m.details.releaseDate!,
    until: addYears(m.details.releaseDate!, SUPERVISION_MEASURE_YEARS[m.details.crimeGravity!]),
  }),
  checkFact(m, v, fact) {
    if (fact.type !== "extended") return null;
    const a = art("001", "64(3)");
    if (v.all("extended").length >= v.all("violation").length) {
      return refuse(
        "administrative_supervision.extension_without_violation",
        a,
        `${a}: each extension follows a violation of the rules or restrictions; record the violation first.`,
      );
    }
    // Counted as a total in months from release (years × 12 + 6 per ruling), not six months from the
    // current end, so month-end clamping does not drift (31 August + 6 + 6 months stays 31 August);
    // the same counting as `supervision/` (docs/supervision.md).
    const rulings = v.all("extended").length + 1;
    const months =
      12 * SUPERVISION_MEASURE_YEARS[m.details.crimeGravity!] +
      SUPERVISION_MEASURE_EXTENSION_MONTHS * rulings;
    const expected = addMonths(m.details.releaseDate!, months);
    if (fact.until !== expected) {
      return refuse(
        "administrative_supervision.extension_not_six_months",
        a,
        `${a}: each extension adds six months: the new last day is ${expected}.`,
        { field: "until", params: { expected } },
      );
    }
    return null;
  },
});
