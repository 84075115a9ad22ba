/**
 * Citations of the law texts in `shared/law/`.
 * `000` — Law No. 591 of 9 July 2004 (repealed by 001, still governs earlier facts and the NPM);
 * `001` — Law No. 245-VIII of 30 December 2025 "On Prevention of Infractions" (in force);
 * `003` — Government Decree No. 266 of 26 March 2014 (NPM preventive visits).
 */
export type LawText = "000" | "001" | "003";

/** A citation such as `001 Art. 51(5)` or `003 p.28`. Always produced by {@link art} or {@link point}. */
export type Citation = string & { readonly __citation?: true };

/** `art("001", "51(5)")` → `"001 Art. 51(5)"`. */
export function art(law: LawText, ref: string): Citation {
  return `${law} Art. ${ref}`;
}

/** Decree 003 is divided into numbered points, cited `003 p.28`. */
export function point(ref: string): Citation {
  return `003 p.${ref}`;
}
