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
    w.list(
      p.figures.map(
        (f) => `${m.names[f.code as keyof typeof m.names] ?? f.code}: ${f.value} (${cite(lang, f.article)})`,
      ),
    );
    w.field(m.onTimeShare, p.onTimeShare === null ? m.none : percent(p.onTimeShare));
    w.field(m.countedAt, formatDateTime(p.figuresAt));
    w.heading(m.conclusions);
    w.para(p.conclusions.trim() || m.noConclusions);
    w.field(m.meeting, p.meetingOn ? formatDate(p.meetingOn) : "—");
    w.field(m.preparedBy, p.preparedBy.fullName);
    if (p.approvedBy) w.field(m.approvedBy, `${p.approvedBy.fullName}, ${formatDateTime(p.approvedAt)}`);
  });
}
