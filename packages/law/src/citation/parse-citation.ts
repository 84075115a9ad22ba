import type { LawText } from "../core/citation.ts";

/**
 * One place in an act: its units from the outermost — article, paragraph, subparagraph of a Law
 * (`001 Art. 28(1)(4)` → ["28", "1", "4"]); point, subpoint of the Rules (`003 p.17(2)` → ["17", "2"]).
 */
export interface CitationRef {
  readonly units: readonly string[];
  /** The last unit of a range: `Art. 59(2)-(3)` → units ["59", "2"], through "3"; `Arts. 64-66` → "66". */
  readonly through?: string;
  /** A paragraph of text (абзац) inside the innermost unit: `003 p.20 para 2`. */
  readonly textParagraph?: string;
}

/** A citation as data: which act, and the places in it, in the order written. */
export interface ParsedCitation {
  readonly act: LawText;
  /** Articles of a Law (`Art.`), or points of the Rules (`p.`). */
  readonly unit: "article" | "point";
  readonly refs: readonly CitationRef[];
}

const ACTS: readonly string[] = ["000", "001", "003"];

/** The code's head: act, `Art.`/`Arts.`/`p.`/`pp.`. */
const HEAD = /^(\d{3}) (Arts?\.|pp?\.)\s?/;
/** One place: number (an article of Law 591 may be `14-1`), parenthesised units, a range, a text paragraph. */
const REF = /^(\d+(?:-\d+)?)?((?:\(\d+\))*)(?:[-–]((?:\d+)|(?:\(\d+\))+))?(?: para (\d+))?$/;

const parens = (s: string): string[] => [...s.matchAll(/\((\d+)\)/g)].map((m) => m[1]!);

/**
 * `a-b` after `Art.`: Law 591 numbers inserted articles `14-1`, `22-4` (the second number is smaller);
 * `64-66` or `3-11` is a range (the second is larger). The Rules have no inserted points.
 */
function numberOrRange(num: string, unit: "article" | "point"): { n: string; through?: string } {
  const m = /^(\d+)-(\d+)$/.exec(num);
  if (!m) return { n: num };
  if (unit === "article" && Number(m[2]) < Number(m[1])) return { n: num };
  return { n: m[1]!, through: m[2]! };
}

/**
 * Reads a citation the law package writes (`art()`, `point()`; e.g. `001 Art. 51(5)`,
 * `000 Art. 28(1)(4)`, `001 Art. 60(1), (4)`, `001 Arts. 51(3), 72(3)(2)`, `001 Arts. 64-66`,
 * `003 pp.22-23`, `003 p.20 para 2`) into its parts; null for anything else (another act's title).
 */
export function parseCitation(code: string): ParsedCitation | null {
  const head = HEAD.exec(code.trim());
  if (!head || !ACTS.includes(head[1]!)) return null;
  const act = head[1] as LawText;
  const unit = head[2]!.startsWith("Art") ? "article" : "point";
  const body = code.trim().slice(head[0].length);
  const refs: CitationRef[] = [];
  for (const piece of body.split(/,\s*/)) {
    const m = REF.exec(piece);
    if (!m || (!m[1] && !m[2])) return null;
    const inner = parens(m[2] ?? "");
    let units: string[];
    let through: string | undefined;
    if (m[1]) {
      const first = numberOrRange(m[1], unit);
      if (first.through && (inner.length > 0 || m[3])) return null;
      units = [first.n, ...inner];
      through = first.through;
    } else {
      // "(4)" after "60(1)": the same article, another paragraph.
      const prev = refs[refs.length - 1];
      if (!prev || prev.units.length <= inner.length) return null;
      units = [...prev.units.slice(0, prev.units.length - inner.length), ...inner];
    }
    if (m[3]) {
      const to = /^\d+$/.test(m[3]) ? [m[3]] : parens(m[3]);
      // A range runs over the innermost unit only ("59(2)-(3)", "78(2)(1)-(12)", "3-11").
      if (to.length !== 1 || (/^\d+$/.test(m[3]) && units.length !== 1)) return null;
      through = to[0];
    }
    if ((unit === "article" && units.length > 3) || (unit === "point" && units.length > 2)) return null;
    refs.push({ units, ...(through ? { through } : {}), ...(m[4] ? { textParagraph: m[4] } : {}) });
  }
  return refs.length > 0 ? { act, unit, refs } : null;
}

/**
 * Where citation codes sit inside a text (a server message, an old stored text): each match is one
 * code as `parseCitation` reads it. Codes are separated by anything but ", " + digit or "(".
 */
export const CITATION_IN_TEXT =
  /\b00[013] (?:Arts?\.|pp?\.)\s?(?:\d+(?:-\d+)?)?(?:\(\d+\))*(?:[-–](?:\d+|(?:\(\d+\))+))?(?: para \d+)?(?:,\s?(?:\d+(?:-\d+)?|\(\d+\))(?:\(\d+\))*(?:[-–](?:\d+|(?:\(\d+\))+))?(?: para \d+)?)*/g;
