import { formatDisplayDate, renderCitation } from "@aldyn/law";
import type {
  ExportLanguage,
  FigureCell,
  HandoffFigures,
  HandoffFigureValues,
  I18nName,
  ReportFigures,
  ReportFigureValues,
} from "@aldyn/contract";
import { catalogText } from "../worklists/export-texts.ts";
import { csvCell } from "../worklists/worklist-export.ts";
import { xlsxOf, type Cell } from "../worklists/xlsx-writer.ts";

/**
 * The hand-off and report figures as files (R8, R11.7): the table the screen shows, in the user's
 * language — headers, names of territories, bodies, grounds, categories and channels, the article in
 * words, dates as dd.MM.yyyy — with a suppressed cell written as the catalog's word for it and a
 * closing note that says what the file covers and why cells are missing. The words are the web app's
 * catalogs' (`handoffFigures.*`), as the worklists' exports read theirs.
 */
export interface FiguresSheet {
  readonly sheet: string;
  readonly rows: readonly (readonly Cell[])[];
}

function words(lang: ExportLanguage) {
  const text = (key: string, vars?: Record<string, string | number>) =>
    catalogText(lang, `handoffFigures.${key}`, vars) ?? key;
  // A name from the first catalog that has it (the figures' own, then the domain's), else the code.
  const name = (keys: readonly string[], code: string) => {
    for (const k of keys) {
      const s = catalogText(lang, `${k}.${code}`);
      if (s !== undefined) return s;
    }
    return code;
  };
  return { text, name };
}

const cell = (v: FigureCell, suppressed: string): Cell => (v === "suppressed" ? suppressed : v);
/** A share of 0..1 as a percentage with one decimal. */
const percent = (v: FigureCell, suppressed: string): Cell =>
  typeof v === "number" ? Math.round(v * 1000) / 10 : cell(v, suppressed);

function note(
  w: ReturnType<typeof words>,
  f: { territory: { name: I18nName }; period: { from: string; to: string }; asOf: string; minCell: number },
  lang: ExportLanguage,
): (readonly Cell[])[] {
  return [
    [
      "#note",
      w.text("export.note", {
        territory: f.territory.name[lang],
        from: formatDisplayDate(f.period.from),
        to: formatDisplayDate(f.period.to),
        asOf: formatDisplayDate(f.asOf),
      }),
    ],
    ["#suppressed", w.text("export.suppressedNote", { min: f.minCell })],
  ];
}

export function handoffFiguresSheet(f: HandoffFigures, lang: ExportLanguage): FiguresSheet {
  const w = words(lang);
  const s = w.text("suppressed");
  const header = [
    "breakdown",
    "name",
    "sent",
    "acknowledged",
    "overdue",
    "overdueShare",
    "ackMedianHours",
    "answered",
    "answerMedianHours",
    "declined",
  ].map((h) => w.text(`export.${h}`));
  const row = (kind: string, label: string, v: HandoffFigureValues): Cell[] => [
    w.text(`export.by.${kind}`),
    label,
    cell(v.sent, s),
    cell(v.acknowledged, s),
    cell(v.overdue, s),
    percent(v.overdueShare, s),
    cell(v.ackMedianHours, s),
    cell(v.answered, s),
    cell(v.answerMedianHours, s),
    cell(v.declined, s),
  ];
  const rows: (readonly Cell[])[] = [
    header,
    row("total", f.territory.name[lang], f.total),
    ...f.parts.map((p) => row("territory", p.territory.name[lang], p)),
    row("territory", w.text("unassigned"), f.unassigned),
    ...f.receivers.map((r) => row("receiver", r.body.name[lang], r)),
    ...f.grounds.map((g) =>
      row(
        "ground",
        `${w.name(["handoffFigures.ground", "handoff.ground"], g.ground)} (${renderCitation(g.article, lang)})`,
        g,
      ),
    ),
    ...note(w, f, lang),
  ];
  return { sheet: w.text("export.sheetHandoffs"), rows };
}

export function reportFiguresSheet(f: ReportFigures, lang: ExportLanguage): FiguresSheet {
  const w = words(lang);
  const s = w.text("suppressed");
  const header = [
    w.text("export.territory"),
    w.text("export.received"),
    ...f.categories.map((c) => w.name(["handoffFigures.category", "report.category"], c)),
    ...f.channels.map((c) => w.name(["handoffFigures.channel", "report.channel"], c)),
    w.text("export.answered"),
    w.text("export.answerOverdue"),
  ];
  const row = (label: string, v: ReportFigureValues): Cell[] => [
    label,
    cell(v.received, s),
    ...f.categories.map((c) => cell(v.byCategory[c] ?? 0, s)),
    ...f.channels.map((c) => cell(v.byChannel[c] ?? 0, s)),
    cell(v.answered, s),
    cell(v.answerOverdue, s),
  ];
  const rows: (readonly Cell[])[] = [
    header,
    row(f.territory.name[lang], f.total),
    ...f.parts.map((p) => row(p.territory.name[lang], p)),
    row(w.text("unassigned"), f.unassigned),
    ...note(w, f, lang),
  ];
  return { sheet: w.text("export.sheetReports"), rows };
}

/** CSV, UTF-8 with a BOM so spreadsheet programs read Cyrillic and Kazakh letters right. */
export function figuresCsv(s: FiguresSheet): string {
  return `\uFEFF${s.rows.map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export function figuresXlsx(s: FiguresSheet): Buffer {
  return xlsxOf(s.sheet, s.rows);
}
