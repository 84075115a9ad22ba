import type { DvAssessmentDetail } from "@aldyn/contract";
import type { DocLang } from "../documents/document-types.ts";
import { cite, formatDate, formatDateTime } from "../documents/messages-common.ts";
import { renderForm } from "../documents/pdf-writer.ts";
import { PACK_DOC } from "./assessment.messages.ts";

/** A share as a percentage with a decimal comma, as the web prints it in kk and ru ("87,5 %"). */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toString().replace(".", ",")} %`;
}

/**
 * The figures as a table: the figure's name with the provision it measures under it (small, in words)
 * and its count in a right-hand column.
 */
function figureTable(doc: PDFKit.PDFDocument, lang: DocLang, p: DvAssessmentDetail): void {
  const m = PACK_DOC[lang];
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const valueWidth = 70;
  const nameWidth = width - valueWidth - 10;
  doc.moveDown(0.3);
  doc.font("Bold").fontSize(9.5);
  let y = doc.y;
  doc.text(m.figure, left, y, { width: nameWidth });
  doc.text(m.value, left + nameWidth + 10, y, { width: valueWidth, align: "right" });
  for (const f of p.figures) {
    y = doc.y + 4;
    if (y + 34 > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.y;
    }
    doc
      .moveTo(left, y - 2)
      .lineTo(left + width, y - 2)
      .lineWidth(0.5)
      .strokeColor("#999999")
      .stroke();
    doc.font("Regular").fontSize(10.5).fillColor("black");
    doc.text(m.names[f.code as keyof typeof m.names] ?? f.code, left, y, { width: nameWidth });
    const below = doc.y;
    doc.font("Bold").text(String(f.value), left + nameWidth + 10, y, { width: valueWidth, align: "right" });
    doc
      .font("Regular")
      .fontSize(8)
      .fillColor("#555555")
      .text(cite(lang, f.article), left, below, { width: nameWidth });
    doc.fillColor("black");
  }
  doc.x = left;
  doc.moveDown(0.6);
}

/**
 * The pack as the commission reads it (001 Art. 72(4),(7)): the region, the half-year, each figure
 * with its count and the provision whose work it measures (in words, never the file's code), the
 * share of notifications on time, the conclusions and the meeting. Counts only: nothing personal.
 */
export function renderPackPdf(lang: DocLang, p: DvAssessmentDetail): Promise<Buffer> {
  const m = PACK_DOC[lang];
  const region = p.region.name[lang];
  const number = `${p.period.year}/${p.period.half}`;
  return renderForm(lang, { title: m.title, number, citation: "001 Art. 72(4)" }, (w) => {
    w.doc.font("Bold").fontSize(11).text(m.commission(region), { align: "center" });
    w.doc.moveDown(0.6);
    w.doc.font("Bold").fontSize(14).text(m.title, { align: "center" });
    w.doc
      .font("Regular")
      .fontSize(10.5)
      .text(m.period(formatDate(p.period.from), formatDate(p.period.until)), {
        align: "center",
      });
    w.doc.text(m.status[p.status], { align: "center" });
    w.doc.moveDown(0.6);
    if (p.status === "draft") w.para(m.draftNote);
    w.heading(m.figures);
    figureTable(w.doc, lang, p);
    w.field(m.onTimeShare, p.onTimeShare === null ? m.none : percent(p.onTimeShare));
    w.field(m.countedAt, formatDateTime(p.figuresAt));
    w.heading(m.conclusions);
    w.para(p.conclusions.trim() || m.noConclusions);
    w.field(m.meeting, p.meetingOn ? formatDate(p.meetingOn) : "—");
    w.field(m.preparedBy, p.preparedBy.fullName);
    if (p.approvedBy) w.field(m.approvedBy, `${p.approvedBy.fullName}, ${formatDateTime(p.approvedAt)}`);
  });
}
