import { legalDateOf } from "@aldyn/law";
import type { SchoolAnalysis } from "@aldyn/contract";
import type { DocLang } from "../documents/document-types.ts";
import { cite, formatDate } from "../documents/messages-common.ts";
import { renderForm } from "../documents/pdf-writer.ts";
import { xlsxOf, type Cell } from "../worklists/xlsx-writer.ts";
import { ANALYSIS_WORDS, figureLabel } from "./analysis-texts.ts";
import type { Lang } from "./attendance-texts.ts";

/**
 * The quarterly analysis of the schools (001 Art. 21(10)) as downloads: a workbook with one row per
 * school and a total row, headers in the language; a printed form in Kazakh or Russian with the
 * figures of the territory, then of each school. Aggregates only: no pupil is named.
 */

function period(a: SchoolAnalysis, lang: Lang): string {
  return `${a.year}, ${a.quarter} ${ANALYSIS_WORDS[lang].quarter} (${formatDate(a.from)} — ${formatDate(a.until)})`;
}

export function analysisXlsx(a: SchoolAnalysis, lang: Lang): Buffer {
  const w = ANALYSIS_WORDS[lang];
  const rows: Cell[][] = [
    [w.title],
    [`${a.territory.name[lang]}: ${period(a, lang)}`],
    [],
    [w.school, w.district, ...a.figures.map((f) => figureLabel(f.code, lang))],
    ...a.schools.map((s) => [
      s.school.name[lang],
      s.school.territoryName[lang],
      ...a.figures.map((f) => s.values[f.code] ?? 0),
    ]),
    [w.total, "", ...a.figures.map((f) => a.totals[f.code] ?? 0)],
  ];
  return xlsxOf(`${a.year}-Q${a.quarter}`, rows);
}

export async function analysisPdf(a: SchoolAnalysis, lang: DocLang): Promise<Buffer> {
  const w = ANALYSIS_WORDS[lang];
  const number = `${a.year}-${a.quarter}`;
  return renderForm(lang, { title: w.title, number, citation: "001 Art. 21(10)" }, (f) => {
    f.header(
      {
        header: {
          bodyName: a.territory.name[lang],
          number,
          date: legalDateOf(new Date()),
          place: a.territory.name[lang],
        },
        person: { fullName: "", iin: null, birthDate: null, address: "" },
        official: { position: "", fullName: "" },
      },
      w.title,
      period(a, lang),
    );
    f.field(w.basis, cite(lang, "001 Art. 21(10)"));
    f.heading(`${w.total}: ${a.territory.name[lang]} (${a.schools.length})`);
    f.list(a.figures.map((x) => `${figureLabel(x.code, lang)} — ${a.totals[x.code] ?? 0}`));
    for (const s of a.schools) {
      f.heading(`${s.school.name[lang]} (${s.school.territoryName[lang]})`);
      f.list(a.figures.map((x) => `${figureLabel(x.code, lang)} — ${s.values[x.code] ?? 0}`));
    }
  });
}
