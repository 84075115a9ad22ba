import type { DocLang } from "../documents/document-types.ts";
import { cite, formatDate } from "../documents/messages-common.ts";
import { renderForm } from "../documents/pdf-writer.ts";
import type { AnnualReportView } from "./annual-reports.ts";
import { NPM_DOC } from "./annual.messages.ts";

/** One section of the published report: a heading and its lines. */
export interface Section {
  readonly heading: string;
  readonly lines: readonly string[];
}

const money = (n: number) => n.toFixed(2);
const pairs = (m: Record<string, number>, label: (k: string) => string = (k) => k) =>
  Object.entries(m)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${label(k)}: ${v}`);

/**
 * The content of the annual report (000 Art. 34(2)) once, for the PDF and the HTML alike. It is made
 * from the figures (counts, regions, kinds, state bodies), the suggestions, the answer dates and the
 * recommendations the Council included: no other text of the confidential visit reports (003 p.29)
 * and no complainant reaches a published copy.
 */
export function annualSections(lang: DocLang, r: AnnualReportView): { title: string; sections: Section[] } {
  const m = NPM_DOC[lang];
  const f = r.figures;
  const kind = (k: string) => m.kinds[k] ?? k;
  const status = r.approvedOn
    ? [
        `${m.approvedOn}: ${formatDate(r.approvedOn)}`,
        `${m.publicationDue}: ${formatDate(r.publication?.dueBy ?? null)}`,
      ]
    : [m.draft];
  return {
    title: m.annualTitle(r.year),
    sections: [
      { heading: m.commissioner, lines: status },
      {
        heading: m.visits,
        lines: [
          `${m.visitsTotal}: ${f.visitsTotal}`,
          `${m.byKind}: ${pairs(f.visitsByKind, kind).join("; ") || m.none}`,
          `${m.byRegion}: ${pairs(f.visitsByRegion).join("; ") || m.none}`,
          `${m.byInstitutionKind}: ${pairs(f.visitsByInstitutionKind).join("; ") || m.none}`,
        ],
      },
      {
        heading: m.reports,
        lines: [
          `${m.reportsSubmitted}: ${f.reportsSubmitted}`,
          `${m.reportsLate}: ${f.reportsLate}`,
          `${m.findings}: ${f.findingsCount}`,
          `${m.tortureSigns}: ${f.tortureSignsRevealed}`,
        ],
      },
      {
        heading: m.complaints,
        lines: [
          `${m.received}: ${f.complaints.received}`,
          `${m.transferred}: ${f.complaints.transferred}`,
          `${m.included}: ${f.complaints.includedInReports}`,
        ],
      },
      {
        heading: m.recommendations,
        lines: [
          `${m.recommendationsTotal}: ${f.recommendationsTotal}`,
          `${m.byStatus}: ${pairs(f.recommendations, (s) => m.statuses[s] ?? s).join("; ") || m.none}`,
          `${m.byAddressee}: ${pairs(f.recommendationsByAddressee).join("; ") || m.none}`,
          // The recommendations themselves, as the Council included them (000 Art. 34(2)).
          ...r.recommendations
            .filter((x) => x.included)
            .map((x, i) => `${i + 1}. ${x.addressee}: ${x.text} (${m.statuses[x.status] ?? x.status})`),
        ],
      },
      {
        heading: m.legislation,
        lines: r.legislationSuggestions.length ? r.legislationSuggestions : [m.none],
      },
      {
        heading: m.finance,
        lines: [
          ...f.costs.perVisit.map(
            (v) => `${m.visitCost(kind(v.kind), formatDate(v.startsOn))}: ${money(v.amountKzt)}`,
          ),
          `${m.totalCost}: ${money(f.costs.totalKzt)}`,
        ],
      },
      {
        heading: m.answers,
        lines: r.recipients.length
          ? r.recipients.map((a) =>
              m.answerLine(
                a.bodyName,
                formatDate(a.receivedOn),
                formatDate(a.answerDueBy),
                a.answeredOn ? m.answered(formatDate(a.answeredOn)) : a.overdue ? m.overdue : m.pending,
              ),
            )
          : [m.none],
      },
    ],
  };
}

export function renderAnnualPdf(lang: DocLang, r: AnnualReportView): Promise<Buffer> {
  const { title, sections } = annualSections(lang, r);
  return renderForm(lang, { title, number: String(r.year), citation: "000 Art. 34" }, (w) => {
    w.doc.font("Bold").fontSize(14).text(title, { align: "center" });
    w.doc.moveDown(0.6);
    for (const s of sections) {
      w.heading(s.heading);
      w.list(s.lines);
    }
  });
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The HTML copy posted on the Commissioner's website (000 Art. 34(3)): self-contained, escaped. */
export function renderAnnualHtml(lang: DocLang, r: AnnualReportView): string {
  const { title, sections } = annualSections(lang, r);
  const body = sections
    .map(
      (s) =>
        `<section><h2>${escapeHtml(s.heading)}</h2><ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul></section>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
<footer>${escapeHtml(cite(lang, "000 Art. 34"))}</footer></body></html>
`;
}
