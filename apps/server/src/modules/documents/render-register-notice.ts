import type { RegisterGround } from "@aldyn/law";
import type { DocBase, DocLang } from "./document-types.ts";
import { cite, formatDate } from "./messages-common.ts";
import { renderForm } from "./pdf-writer.ts";
import { RN } from "./register-notice.messages.ts";

/**
 * The notice of placement on the preventive register (001 Art. 59): the ground, and the rights,
 * duties and liability explained on placement (59(4)) including the right to appeal (59(5)).
 */
export interface RegisterNoticeDoc extends DocBase {
  readonly ground: RegisterGround;
  /** "YYYY-MM-DD". */
  readonly placedOn: string;
  /** Duties of the measure behind the entry, in the form's language (e.g. administrative supervision). */
  readonly extraDuties?: readonly string[];
  /** A minor's legal representative, to whom the rights are explained too (59(4)). */
  readonly legalRepresentative?: string | null;
}

export async function renderRegisterNotice(lang: DocLang, d: RegisterNoticeDoc): Promise<Buffer> {
  const m = RN[lang];
  return renderForm(lang, { title: m.title, number: d.header.number, citation: "001 Art. 59(4)" }, (w) => {
    w.header(d, m.title);
    w.person(d, m.whom);
    if (d.legalRepresentative) w.field(m.representative, d.legalRepresentative);
    w.legalGround(cite(lang, "001 Art. 59(2), (4)"));
    w.para(m.placed);
    w.field(m.ground, m.grounds[d.ground]);
    w.field(m.placedOn, formatDate(d.placedOn));
    w.heading(m.rightsHeading);
    w.list(m.rights);
    w.heading(m.dutiesHeading);
    w.list([...m.duties, ...(d.extraDuties ?? [])]);
    w.heading(m.liabilityHeading);
    w.para(m.liability);
    w.signatureLine(`${m.officialSign}: ${d.official.position}`, d.official.fullName);
    w.signatureLine(m.personSign, d.legalRepresentative ?? d.person.fullName);
    w.refusal();
  });
}
