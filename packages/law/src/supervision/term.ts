import { art, type Citation } from "../core/citation.ts";
import { addMonths, type LegalDate } from "../calendar/legal-date.ts";

/**
 * The gravity of the crime for which the person was sentenced to imprisonment, in the categories of
 * the Criminal Code that 001 Art. 64(2) uses: minor, medium, grave, especially grave.
 */
export type CrimeGravity = "minor" | "medium" | "grave" | "especially_grave";

/** Years of administrative supervision after serving the punishment, by gravity (001 Art. 64(2)(1)-(3)). */
export const SUPERVISION_TERM_YEARS: Readonly<Record<CrimeGravity, { years: number; article: Citation }>> = {
  minor: { years: 3, article: art("001", "64(2)(1)") },
  medium: { years: 3, article: art("001", "64(2)(1)") },
  grave: { years: 6, article: art("001", "64(2)(2)") },
  especially_grave: { years: 8, article: art("001", "64(2)(3)") },
};

/** Months added by each judge's ruling on a violation (001 Art. 64(3)). */
export const SUPERVISION_EXTENSION_MONTHS = 6;

/** A judge's ruling extending supervision for a violation, on the police's reasoned submission (001 Art. 64(3)). */
export interface SupervisionViolationRuling {
  readonly rulingOn: LegalDate;
}

/** The term of administrative supervision (001 Art. 64(2)-(3)). */
export interface SupervisionTerm {
  /** The release date: supervision runs "after serving the punishment" (64(2)). */
  readonly validFrom: LegalDate;
  /** The end before any extension (64(2)). */
  readonly baseUntil: LegalDate;
  /** Last day of supervision with every applicable extension (64(3)). */
  readonly validUntil: LegalDate;
  readonly years: number;
  readonly extensionMonths: number;
  /** Rulings that extended the term, in date order. */
  readonly rulingsApplied: readonly SupervisionViolationRuling[];
  /** Rulings dated before release or after supervision had already ended: they cannot extend it. */
  readonly rulingsIgnored: readonly SupervisionViolationRuling[];
  readonly article: Citation;
}

/**
 * The term of administrative supervision (001 Art. 64(2)-(3)): 3 years after release for minor or
 * medium gravity, 6 for grave, 8 for especially grave crimes, plus six months for each judge's ruling
 * on a violation. The text sets no cap on the number of extensions; a ruling counts only if made while
 * supervision runs (from release to the end as already extended). A term in years or months ends on
 * the corresponding date (civil-law counting, the same as `addMonths`): release on 10 January 2026,
 * three years → last day 10 January 2029. Extensions are added to the total in months (3 years + 2
 * rulings = 48 months from release) so that month-end clamping does not drift.
 */
export function administrativeSupervisionTerm(args: {
  gravity: CrimeGravity;
  releaseDate: LegalDate;
  violationRulings: readonly SupervisionViolationRuling[];
}): SupervisionTerm {
  const { years, article } = SUPERVISION_TERM_YEARS[args.gravity];
  const baseMonths = 12 * years;
  const baseUntil = addMonths(args.releaseDate, baseMonths);
  const applied: SupervisionViolationRuling[] = [];
  const ignored: SupervisionViolationRuling[] = [];
  let validUntil = baseUntil;
  const sorted = [...args.violationRulings].sort((a, b) =>
    a.rulingOn < b.rulingOn ? -1 : a.rulingOn > b.rulingOn ? 1 : 0,
  );
  for (const r of sorted) {
    if (r.rulingOn < args.releaseDate || r.rulingOn > validUntil) {
      ignored.push(r);
      continue;
    }
    applied.push(r);
    validUntil = addMonths(args.releaseDate, baseMonths + SUPERVISION_EXTENSION_MONTHS * applied.length);
  }
  return {
    validFrom: args.releaseDate,
    baseUntil,
    validUntil,
    years,
    extensionMonths: SUPERVISION_EXTENSION_MONTHS * applied.length,
    rulingsApplied: applied,
    rulingsIgnored: ignored,
    article: applied.length > 0 ? art("001", "64(3)") : article,
  };
}
