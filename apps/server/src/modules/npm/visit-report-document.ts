import type { DocLang } from "../documents/document-types.ts";
import { formatDate } from "../documents/messages-common.ts";
import { renderForm } from "../documents/pdf-writer.ts";
import { VISIT_REPORT_DOC } from "./visit-report.messages.ts";

/** What the printed report of a group shows (003 pp.26-29); plain data, no database. */
export interface VisitReportDoc {
  readonly visitId: string;
  readonly kind: string;
  readonly form: string;
  readonly topic: string | null;
  readonly commissionerDecision: string | null;
  readonly institutions: readonly string[];
  readonly startsOn: string;
  readonly endsOn: string;
  /** Every member with the legal date of the signature, or null when not signed (003 p.27). */
  readonly members: readonly { name: string; signedOn: string | null }[];
  readonly findings: string;
  readonly recommendations: readonly { addressee: string; text: string }[];
  /** Registration numbers only: a complainant is never named in the report (000 Art. 35). */
  readonly complaintNumbers: readonly string[];
  /** The legal date the report was submitted. */
  readonly submittedOn: string;
  /** Each dissenting opinion in full with its author (003 p.27). */
  readonly dissents: readonly { author: string; text: string }[];
}

/**
 * The group's report in the form it goes to the Coordinating Council (003 p.27): the visit, the group,
 * the findings and recommendations, the complaints by number, each member's signature, and each
 * dissenting opinion attached in full. Every page is marked confidential (003 p.29).
 */
export function renderVisitReport(lang: DocLang, r: VisitReportDoc): Promise<Buffer> {
  const m = VISIT_REPORT_DOC[lang];
  const number = r.visitId.slice(0, 8);
  return renderForm(lang, { title: m.title, number, citation: "003 pp.27-29" }, (w) => {
    // The mark sits in the top margin of every page, put there without moving the flow of the text.
    const confidential = () => {
      const { x, y } = w.doc;
      const width = w.doc.page.width - 2 * w.doc.page.margins.left;
      w.doc.font("Bold").fontSize(9).text(m.confidential, w.doc.page.margins.left, 30, {
        width,
        align: "right",
        lineBreak: false,
      });
      w.doc.font("Regular").fontSize(10.5);
      w.doc.x = x;
      w.doc.y = y;
    };
    confidential();
    w.doc.on("pageAdded", confidential);
    w.doc.font("Regular").fontSize(10.5).text(m.council, { align: "center" });
    w.doc.moveDown(0.6);
    w.doc.font("Bold").fontSize(14).text(m.title, { align: "center" });
    w.doc.moveDown(0.8);
    w.field(m.institutions, r.institutions.join("; "));
    w.field(m.dates, `${formatDate(r.startsOn)} — ${formatDate(r.endsOn)}`);
    const kind = m.kinds[r.kind] ?? r.kind;
    w.field(m.kind, `${kind}, ${r.form === "thematic" ? m.thematic : m.oneTime}`);
    if (r.topic) w.field(m.topic, r.topic);
    if (r.commissionerDecision) w.field(m.decision, r.commissionerDecision);
    w.field(m.submittedAt, formatDate(r.submittedOn));
    w.heading(m.members);
    w.list(r.members.map((x) => x.name));
    w.heading(m.findings);
    w.para(r.findings);
    w.heading(m.recommendations);
    w.list(
      r.recommendations.length
        ? r.recommendations.map((x) => `${m.addressee}: ${x.addressee}. ${x.text}`)
        : [m.none],
    );
    w.heading(m.complaints);
    w.list(r.complaintNumbers.length ? r.complaintNumbers : [m.none]);
    w.heading(m.signatures);
    for (const x of r.members) {
      const state = x.signedOn ? m.signedOn(formatDate(x.signedOn)) : m.notSigned;
      w.doc.moveDown(0.5);
      w.doc.font("Regular").fontSize(10.5).text(`${x.name}  ____________________  (${state})`);
    }
    for (const d of r.dissents) {
      w.doc.addPage();
      w.heading(m.dissent);
      w.field(m.dissentAuthor, d.author);
      w.doc.moveDown(0.4);
      w.para(d.text);
    }
    w.doc.removeListener("pageAdded", confidential);
  });
}
