import type { DocBase, DocLang } from "./document-types.ts";
import { cite } from "./messages-common.ts";
import { renderForm } from "./pdf-writer.ts";

/**
 * A statutory notice on the elimination of causes and conditions contributing to infractions
 * (001 Art. 57). It is addressed to the head or an official of an organisation (57(1)): `person` is
 * that addressee (name, IIN, birth date, address as known), `organization` the organisation.
 */
export interface StatutoryNoticeDoc extends DocBase {
  readonly addresseePosition: string;
  readonly organization: { readonly name: string; readonly address: string };
  /** The causes and conditions identified (57(1)). */
  readonly causes: string;
  /** The measures proposed to eliminate them. */
  readonly proposals?: readonly string[];
  /** The case or material in which they were identified, e.g. an administrative case number. */
  readonly caseReference?: string | null;
}

const M = {
  kk: {
    title: "ҰСЫНЫС",
    subtitle: "құқық бұзушылықтар жасауға ықпал ететін себептер мен жағдайларды жою туралы",
    addressee: "Кімге",
    position: "Лауазымы",
    organization: "Ұйым",
    orgAddress: "Ұйымның мекенжайы",
    caseRef: "Қандай іс (материал) бойынша анықталды",
    causesHeading: "Анықталған себептер мен жағдайлар",
    proposalsHeading: "Ұсынылатын шаралар",
    duty: "Ұйым басшысы немесе лауазымды адамы құқық бұзушылықтар жасауға ықпал ететін себептер мен жағдайларды жою жөнінде шаралар қабылдауға және ұсынысты алған күннен бастап бір ай ішінде оны қарау нәтижелері мен қабылданған шаралар туралы ақпаратты мемлекеттік органға жазбаша түрде жіберуге міндетті (57-баптың 2-тармағы).",
    liability:
      "Қабылданған шаралар туралы хабарламау, сондай-ақ себептер мен жағдайларды жою жөнінде шаралар қабылдамау Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексінде белгіленген жауаптылыққа әкеп соғады (57-баптың 3-тармағы).",
    officialSign: "Ұсынысты енгізген лауазымды адам",
    personSign: "Ұсынысты алдым (алған күні)",
  },
  ru: {
    title: "ПРЕДСТАВЛЕНИЕ",
    subtitle: "об устранении причин и условий, способствующих совершению правонарушений",
    addressee: "Кому",
    position: "Должность",
    organization: "Организация",
    orgAddress: "Адрес организации",
    caseRef: "По какому делу (материалу) выявлены",
    causesHeading: "Выявленные причины и условия",
    proposalsHeading: "Предлагаемые меры",
    duty: "Руководитель или должностное лицо организации обязаны принять меры по устранению причин и условий, способствующих совершению правонарушений, и в течение одного месяца со дня получения представления направить в государственный орган в письменной форме информацию о результатах его рассмотрения и принятых мерах (пункт 2 статьи 57).",
    liability:
      "Несообщение о принятых мерах, а равно непринятие мер по устранению причин и условий влечёт ответственность, установленную Кодексом Республики Казахстан об административных правонарушениях (пункт 3 статьи 57).",
    officialSign: "Должностное лицо, внёсшее представление",
    personSign: "Представление получил(а) (дата получения)",
  },
} as const satisfies Record<DocLang, unknown>;

/** The statutory notice form (001 Art. 57): answer due within one month of receipt (57(2)). */
export async function renderStatutoryNotice(lang: DocLang, d: StatutoryNoticeDoc): Promise<Buffer> {
  const m = M[lang];
  return renderForm(lang, { title: m.title, number: d.header.number, citation: "001 Art. 57" }, (w) => {
    w.header(d, m.title, m.subtitle);
    w.person(d, m.addressee);
    w.field(m.position, d.addresseePosition);
    w.field(m.organization, d.organization.name);
    w.field(m.orgAddress, d.organization.address);
    w.legalGround(cite(lang, "001 Art. 57"));
    if (d.caseReference) w.field(m.caseRef, d.caseReference);
    w.heading(m.causesHeading);
    w.para(d.causes);
    if (d.proposals && d.proposals.length > 0) {
      w.heading(m.proposalsHeading);
      w.list(d.proposals);
    }
    w.para(m.duty);
    w.para(m.liability);
    w.signatureLine(`${m.officialSign}: ${d.official.position}`, d.official.fullName);
    w.signatureLine(m.personSign, d.person.fullName);
    w.refusal();
  });
}
