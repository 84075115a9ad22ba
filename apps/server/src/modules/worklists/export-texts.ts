import { readFileSync } from "node:fs";
import { EXPORT_LANGUAGES, type ExportLanguage } from "@aldyn/contract";

type Catalog = { readonly [key: string]: string | Catalog };

/**
 * The web app's message catalogs (apps/web/src/i18n): the one place where the kinds of measure, the
 * register grounds, the duties and the worklist's words are named in Kazakh, Russian and English. An
 * export is the worklist the screen shows, so it reads the same names rather than keep a second copy.
 */
const CATALOGS: Record<ExportLanguage, Catalog> = Object.fromEntries(
  EXPORT_LANGUAGES.map((lang) => [
    lang,
    JSON.parse(readFileSync(new URL(`../../../../web/src/i18n/${lang}.json`, import.meta.url), "utf8")),
  ]),
) as Record<ExportLanguage, Catalog>;

/** The catalog's text of a dotted key in the language, `{{name}}` filled in; undefined when it has none. */
export function catalogText(
  lang: ExportLanguage,
  key: string,
  vars: Record<string, string | number> = {},
): string | undefined {
  let node: string | Catalog | undefined = CATALOGS[lang];
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[part];
  }
  if (typeof node !== "string") return undefined;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => String(vars[name] ?? m));
}

/** The words of one export: a key's text, or — for a value the catalogs do not name yet — the value. */
export interface ExportWords {
  readonly lang: ExportLanguage;
  /** A fixed text of the export (a column header, yes/no): `worklists.export.<key>`. */
  text(key: string, vars?: Record<string, string | number>): string;
  /** The name of a value in a catalog (`measureKind`, `duty`…), the value itself when it has none. */
  name(prefix: string, value: string): string;
}

export function exportWords(lang: ExportLanguage): ExportWords {
  return {
    lang,
    text: (key, vars) => catalogText(lang, `worklists.export.${key}`, vars) ?? key,
    name: (prefix, value) => catalogText(lang, `${prefix}.${value}`) ?? value,
  };
}

/** A register ground's catalog key: its id has the article's numbers with dots ("59.2.5_…"). */
export function groundKey(ground: string): string {
  return ground.replace(/\./g, "_");
}
