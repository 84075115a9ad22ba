/**
 * Plain data the document renderers take (R11.5). The renderers know nothing of the
 * database: a route loads the records, maps them to these shapes and calls a `render*` function, so
 * the same forms serve any data source (measures, register entries, a test).
 */

/** The languages the forms are printed in (R11.6: Kazakh and Russian; the state language first). */
export type DocLang = "kk" | "ru";
export const DOC_LANGS: readonly DocLang[] = ["kk", "ru"];

/** The heading of a form: which body issued it, its number, when and where (no state emblem). */
export interface DocHeader {
  /** The issuing body's name in the form's language. */
  readonly bodyName: string;
  /** The registration number in the body's register, "seq/year" (e.g. "12/2026"; migration 0026). */
  readonly number: string;
  /** The date of issue, "YYYY-MM-DD" (Asia/Almaty calendar day). */
  readonly date: string;
  /** The time of issue, "HH:MM" on the clock of Almaty (content of a protective order, 001 Art. 60(4)). */
  readonly time?: string;
  /** The place where the document was drawn up. */
  readonly place: string;
}

/** The person a form concerns (or, for a statutory notice, the official it is addressed to). */
export interface DocPerson {
  readonly fullName: string;
  /** Null for a person without an IIN (the form then shows a dash). */
  readonly iin: string | null;
  /** "YYYY-MM-DD". */
  readonly birthDate: string | null;
  /** The address as printed, with its region and district (`printedAddress`). */
  readonly address: string;
}

/** The official who issues and signs the form. */
export interface DocOfficial {
  readonly position: string;
  readonly fullName: string;
}

/** What every form has: header, person, issuing official. */
export interface DocBase {
  readonly header: DocHeader;
  readonly person: DocPerson;
  readonly official: DocOfficial;
}
