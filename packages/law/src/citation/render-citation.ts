import { CITED_ACTS, type DisplayLanguage } from "./acts.ts";
import { CITATION_IN_TEXT, parseCitation, type CitationRef, type ParsedCitation } from "./parse-citation.ts";

/** The kinds of unit, outermost first: a Law has articles, paragraphs, subparagraphs; the Rules points. */
type Level = "article" | "paragraph" | "subparagraph" | "textParagraph";

/**
 * Places that print together: one ref, or consecutive refs that differ only in their innermost unit
 * (`60(1), (4)` → one chunk, paragraphs 1 and 4 of article 60), or a range (`59(2)-(3)`).
 */
interface Chunk {
  readonly prefix: readonly string[];
  readonly values: readonly string[];
  readonly range: boolean;
  readonly textParagraph?: string;
}

function chunksOf(refs: readonly CitationRef[]): Chunk[] {
  const out: Chunk[] = [];
  for (const r of refs) {
    const prefix = r.units.slice(0, -1);
    const last = r.units[r.units.length - 1]!;
    const prev = out[out.length - 1];
    const plain = !r.through && !r.textParagraph;
    if (plain && prev && !prev.range && !prev.textParagraph && same(prev.prefix, prefix)) {
      out[out.length - 1] = { ...prev, values: [...prev.values, last] };
    } else {
      out.push({
        prefix,
        values: r.through ? [last, r.through] : [last],
        range: Boolean(r.through),
        ...(r.textParagraph ? { textParagraph: r.textParagraph } : {}),
      });
    }
  }
  return out;
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

function levelsOf(c: ParsedCitation, depth: number): Level[] {
  const all: Level[] =
    c.unit === "article" ? ["article", "paragraph", "subparagraph"] : ["paragraph", "subparagraph"];
  return all.slice(0, depth);
}

/** A subparagraph is numbered "4)" in the texts of Kazakhstan (both languages). */
const num = (level: Level, n: string) => (level === "subparagraph" ? `${n})` : n);

function values(level: Level, c: Chunk): string {
  const v = c.values.map((n) => num(level, n));
  return c.range ? `${v[0]}–${v[1]}` : v.join(", ");
}

const plural = (c: Chunk) => c.range || c.values.length > 1;

// Russian: the innermost unit first — "подп. 4) п. 1 ст. 28", "пп. 1, 4 ст. 60", "абз. 2 п. 20".
const RU: Record<Level, readonly [string, string]> = {
  article: ["ст.", "ст."],
  paragraph: ["п.", "пп."],
  subparagraph: ["подп.", "подп."],
  textParagraph: ["абз.", "абз."],
};

function chunkRu(c: ParsedCitation, k: Chunk): string {
  const levels = levelsOf(c, k.prefix.length + 1);
  const last = levels[levels.length - 1]!;
  const parts = [`${RU[last][plural(k) ? 1 : 0]} ${values(last, k)}`];
  for (let i = k.prefix.length - 1; i >= 0; i--)
    parts.push(`${RU[levels[i]!][0]} ${num(levels[i]!, k.prefix[i]!)}`);
  if (k.textParagraph) parts.unshift(`${RU.textParagraph[0]} ${k.textParagraph}`);
  return parts.join(" ");
}

// Kazakh: the outermost unit first, the innermost in the possessive, the one before it in the
// genitive, earlier ones in the possessive — "28-бабы 1-тармағының 4) тармақшасы".
const KK: Record<Level, { readonly poss: string; readonly gen: string; readonly plural: string }> = {
  article: { poss: "бабы", gen: "бабының", plural: "баптары" },
  paragraph: { poss: "тармағы", gen: "тармағының", plural: "тармақтары" },
  subparagraph: { poss: "тармақшасы", gen: "тармақшасының", plural: "тармақшалары" },
  textParagraph: { poss: "абзацы", gen: "абзацының", plural: "абзацтары" },
};

const kkUnit = (level: Level, n: string, word: string) =>
  level === "subparagraph" ? `${n} ${word}` : `${n}-${word}`;

function chunkKk(c: ParsedCitation, k: Chunk): string {
  const levels = levelsOf(c, k.prefix.length + 1);
  const seq: { level: Level; text: string; many: boolean }[] = k.prefix.map((n, i) => ({
    level: levels[i]!,
    text: num(levels[i]!, n),
    many: false,
  }));
  const last = levels[levels.length - 1]!;
  seq.push({ level: last, text: values(last, k), many: plural(k) });
  if (k.textParagraph) seq.push({ level: "textParagraph", text: k.textParagraph, many: false });
  return seq
    .map((u, i) => {
      const w = KK[u.level];
      const word =
        i === seq.length - 1 ? (u.many ? w.plural : w.poss) : i === seq.length - 2 ? w.gen : w.poss;
      return kkUnit(u.level, u.text, word);
    })
    .join(" ");
}

// English: the compact form of the texts' own cross-references — "Art. 28(1)(4)", "Art. 60(1), (4)".
function chunkEn(k: Chunk): string {
  const [first, ...rest] = k.prefix;
  const head = first === undefined ? "" : `${first}${rest.map((n) => `(${n})`).join("")}`;
  const v = first === undefined ? k.values : k.values.map((n) => `(${n})`);
  const tail = k.range ? `${v[0]}–${v[1]}` : v.join(", ");
  return `${head}${tail}${k.textParagraph ? `, para. ${k.textParagraph}` : ""}`;
}

/**
 * A citation in words, from its parts, in the reader's language (ARCHITECTURE "Citations and dates
 * shown to people"): `001 Art. 51(5)` →
 * ru "п. 5 ст. 51 Закона «О профилактике правонарушений»",
 * kk "«Құқық бұзушылықтың алдын алу туралы» Заңның 51-бабының 5-тармағы",
 * en "Art. 51(5) of the Law on Prevention of Infractions".
 */
export function renderParsedCitation(c: ParsedCitation, lang: DisplayLanguage): string {
  const chunks = chunksOf(c.refs);
  const act = CITED_ACTS[c.act][lang].inCitation;
  if (lang === "ru") return `${chunks.map((k) => chunkRu(c, k)).join(", ")} ${act}`;
  if (lang === "kk") return `${act} ${chunks.map((k) => chunkKk(c, k)).join(", ")}`;
  const outer = new Set(c.refs.map((r) => r.units[0]));
  const many = outer.size > 1 || c.refs.some((r) => r.units.length === 1 && r.through);
  const word = c.unit === "article" ? (many ? "Arts." : "Art.") : many ? "pp." : "p.";
  return `${word} ${chunks.map(chunkEn).join(", ")} of ${act}`;
}

/**
 * A citation code of the law package (`001 Art. 51(5)`, `003 p.22`) in the reader's language; any
 * other text (the title of another act, a requirement id) is returned as it is.
 */
export function renderCitation(code: string, lang: DisplayLanguage): string {
  const parsed = parseCitation(code);
  return parsed ? renderParsedCitation(parsed, lang) : code;
}

/**
 * The full title of the act a citation cites (number, date, name) in the reader's language, for the
 * hover of a citation; null when the text is not a citation code.
 */
export function citationTitle(code: string, lang: DisplayLanguage): string | null {
  const parsed = parseCitation(code);
  return parsed ? CITED_ACTS[parsed.act][lang].title : null;
}

/**
 * Every citation code inside a text replaced by its words: for a text written with codes that reaches
 * a reader (a server's message where the catalog has none, a form's fixed line). A code never
 * reaches a user, a printed form or an export.
 */
export function renderCitationsIn(text: string, lang: DisplayLanguage): string {
  return text.replace(CITATION_IN_TEXT, (code) => renderCitation(code, lang));
}
