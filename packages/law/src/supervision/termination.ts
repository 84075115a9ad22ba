import { art, type Citation } from "../core/citation.ts";
import { allow, firstRefusals, refuse, type Refusal, type Verdict } from "../core/verdict.ts";
import { addCalendarDays, type LegalDate } from "../calendar/legal-date.ts";
import type { IssuerKind } from "../measures/kinds.ts";
import type { RegisterTerminationGround } from "../register/termination.ts";

/** Days within which the court considers the police's early-termination submission (001 Art. 66(5)). */
export const SUPERVISION_EARLY_TERMINATION_COURT_DAYS = 10;

/**
 * How administrative supervision is terminated on each ground (001 Art. 66(5)).
 * AMBIGUITY: 66(5) refers to "paragraph 9 of Article 59" and its subparagraphs 1), 2), 3), 5); 59(9)
 * (extension) has no subparagraphs, and the five termination grounds stand in 59(8). We read the
 * reference as 59(8), so the grounds are those of the register ({@link RegisterTerminationGround}).
 * 66(5) gives a procedure for (1) — court on the police head's submission — and for (2), (3), (5) —
 * the supervising officer's ruling approved by the head of the internal affairs body; it gives none
 * for (4) (a minor reaching eighteen), which is marked `not_specified`.
 */
export const SUPERVISION_TERMINATION_PROCEDURE: Readonly<
  Record<
    RegisterTerminationGround,
    {
      readonly groundArticle: Citation;
      readonly procedure: "court_on_submission" | "officer_ruling_approved_by_head" | "not_specified";
      readonly article: Citation;
    }
  >
> = {
  corrected: {
    groundArticle: art("001", "59(8)(1)"),
    procedure: "court_on_submission",
    article: art("001", "66(5)"),
  },
  measures_expired: {
    groundArticle: art("001", "59(8)(2)"),
    procedure: "officer_ruling_approved_by_head",
    article: art("001", "66(5)"),
  },
  imprisoned: {
    groundArticle: art("001", "59(8)(3)"),
    procedure: "officer_ruling_approved_by_head",
    article: art("001", "66(5)"),
  },
  minor_turned_18: {
    groundArticle: art("001", "59(8)(4)"),
    procedure: "not_specified",
    article: art("001", "66(5)"),
  },
  death: {
    groundArticle: art("001", "59(8)(5)"),
    procedure: "officer_ruling_approved_by_head",
    article: art("001", "66(5)"),
  },
};

/**
 * An early-termination submission or motion (001 Arts. 65(4)(3), 66(5)):
 * the head of the internal affairs body sends a reasoned submission to the court, "which shall be
 * considered within ten days" — counted in calendar days, since the law says "working days" where it
 * means them; the supervised person's own motion (65(4)(3)) needs a positive reference from the
 * penitentiary institution or from the place of residence or work, and the text gives the court no
 * term for it (`considerBy` null). Refusal: `supervision.early_termination_no_positive_reference`.
 */
export function earlyTerminationSubmission(args: {
  submittedOn: LegalDate;
  submittedBy: "internal_affairs_head" | "supervised_person";
  positiveReference: boolean;
}): Verdict<{ considerBy: LegalDate | null; article: Citation }> {
  if (!args.positiveReference) {
    return refuse(
      "supervision.early_termination_no_positive_reference",
      art("001", args.submittedBy === "supervised_person" ? "65(4)(3)" : "59(8)(1)"),
      "Early termination needs a positive reference (from the institution, the place of residence or work) showing correction (001 Arts. 59(8)(1), 65(4)(3)).",
      { field: "positiveReference" },
    );
  }
  return args.submittedBy === "internal_affairs_head"
    ? allow({
        considerBy: addCalendarDays(args.submittedOn, SUPERVISION_EARLY_TERMINATION_COURT_DAYS),
        article: art("001", "66(5)"),
      })
    : allow({ considerBy: null, article: art("001", "65(4)(3)") });
}

/**
 * Validates who terminates administrative supervision on a ground (001 Art. 66(5)). Refusals:
 * - `supervision.early_termination_by_court` — early termination for correction (59(8)(1)) is
 *   decided by the court on the police head's submission;
 * - `supervision.termination_ruling_by_police` — on grounds (2), (3), (5) the supervising internal
 *   affairs officer issues the ruling;
 * - `supervision.termination_ruling_not_approved` — that ruling is approved by the head of the
 *   internal affairs body.
 * The ruling is then announced to the person against signature (66(5), last sentence).
 */
export function validateSupervisionTermination(args: {
  ground: RegisterTerminationGround;
  decidedBy: IssuerKind;
  approvedByHead: boolean;
}): Refusal[] {
  const { procedure, article } = SUPERVISION_TERMINATION_PROCEDURE[args.ground];
  const byPolice = args.decidedBy.startsWith("police_");
  return firstRefusals([
    procedure === "court_on_submission" && args.decidedBy !== "court"
      ? refuse(
          "supervision.early_termination_by_court",
          article,
          "Early termination of administrative supervision is decided by the court on a reasoned submission of the head of the internal affairs body (001 Art. 66(5)).",
          { field: "decidedBy" },
        )
      : null,
    procedure === "officer_ruling_approved_by_head" && !byPolice
      ? refuse(
          "supervision.termination_ruling_by_police",
          article,
          "On this ground the supervising internal affairs officer issues the termination ruling (001 Art. 66(5)).",
          { field: "decidedBy" },
        )
      : null,
    procedure === "officer_ruling_approved_by_head" && !args.approvedByHead
      ? refuse(
          "supervision.termination_ruling_not_approved",
          article,
          "The officer's termination ruling is approved by the head of the internal affairs body (001 Art. 66(5)).",
          { field: "approvedByHead" },
        )
      : null,
  ]);
}
