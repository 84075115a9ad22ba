import type { DocLang } from "../documents/document-types.ts";
import { formatDate } from "../documents/messages-common.ts";
import { renderForm } from "../documents/pdf-writer.ts";
import { NPM_DOC } from "./annual.messages.ts";

/** What the printed certificate shows (003 p.16). */
export interface CertificateDoc {
  readonly number: string;
  readonly holder: string;
  readonly regionCode: string;
  readonly issuedOn: string;
  /** Set when the powers were terminated (000 Art. 31): the certificate no longer confirms them. */
  readonly terminatedOn: string | null;
}

/**
 * The participant's certificate issued by the Commissioner (003 p.16). The texts set no term: it is
 * valid from issue for as long as the powers last (law `certificateValidOn`), which is what it says.
 */
export function renderCertificate(lang: DocLang, c: CertificateDoc): Promise<Buffer> {
  const m = NPM_DOC[lang];
  return renderForm(lang, { title: m.certTitle, number: c.number, citation: "003 p.16" }, (w) => {
    w.doc.font("Bold").fontSize(11).text(m.commissioner, { align: "center" });
    w.doc.moveDown(0.8);
    w.doc.font("Bold").fontSize(14).text(m.certTitle, { align: "center" });
    w.doc.moveDown(0.8);
    w.field(m.certNumber, c.number);
    w.field(m.holder, c.holder);
    w.field(m.region, c.regionCode);
    w.field(m.issuedOn, formatDate(c.issuedOn));
    w.field(
      m.validity,
      c.terminatedOn
        ? m.terminatedOn(formatDate(c.terminatedOn))
        : m.validWhilePowers(formatDate(c.issuedOn)),
    );
    w.doc.moveDown(0.4);
    w.para(m.certConfirms);
    w.signatureLine(m.commissionerSign);
  });
}
