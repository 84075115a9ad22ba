import { art, type Citation } from "../core/citation.ts";

/**
 * The five grounds on which preventive registration is terminated (001 Art. 59(8)(1)-(5)).
 * Identifiers in the order of the text.
 */
export const REGISTER_TERMINATION_GROUNDS = [
  "corrected", // 59(8)(1) early: embarked on the path of correction, positively characterised
  "measures_expired", // 59(8)(2) the term of the measures expired with no ground for extension
  "imprisoned", // 59(8)(3) convicted to imprisonment
  "minor_turned_18", // 59(8)(4) a minor reaching the age of eighteen
  "death", // 59(8)(5)
] as const;

/** A ground of termination of preventive registration (001 Art. 59(8)). */
export type RegisterTerminationGround = (typeof REGISTER_TERMINATION_GROUNDS)[number];

/** What the law says about a termination ground (001 Art. 59(8)). */
export interface RegisterTerminationGroundInfo {
  readonly article: Citation;
  readonly label: string;
  /**
   * True when the ground follows from dates alone and is derived without a recorded fact
   * (the measures' end, the 18th birthday); the others need a recorded decision or fact.
   */
  readonly automatic: boolean;
}

/** Article, label and automatic flag of each termination ground (001 Art. 59(8)(1)-(5)). */
export const REGISTER_TERMINATION_GROUND_INFO: Readonly<
  Record<RegisterTerminationGround, RegisterTerminationGroundInfo>
> = {
  corrected: {
    article: art("001", "59(8)(1)"),
    label:
      "Early: the person has embarked on the path of correction and is characterised positively at the place of residence or work",
    automatic: false,
  },
  measures_expired: {
    article: art("001", "59(8)(2)"),
    label: "The term of the individual prevention measures expired and there are no grounds for extension",
    automatic: true,
  },
  imprisoned: {
    article: art("001", "59(8)(3)"),
    label: "The person was convicted to imprisonment",
    automatic: false,
  },
  minor_turned_18: {
    article: art("001", "59(8)(4)"),
    label: "The minor reached the age of eighteen",
    automatic: true,
  },
  death: { article: art("001", "59(8)(5)"), label: "Death of the person", automatic: false },
};
