import type { DocBase, DocLang } from "./document-types.ts";
import { cite, formatDate } from "./messages-common.ts";
import { renderForm } from "./pdf-writer.ts";

/** An official warning (001 Art. 51) as the form prints it. */
export interface OfficialWarningDoc extends DocBase {
  /** What the person is warned about: the antisocial behaviour or the causes and conditions (51(1)). */
  readonly circumstances: string;
  /** The last day of validity when service is already recorded (51(5)); otherwise the rule is stated. */
  readonly validUntil?: string | null;
}

const M = {
  kk: {
    title: "РЕСМИ ЕСКЕРТУ",
    subtitle: "(жеке профилактикалық шара)",
    whom: "Ескерту кімге жарияланды",
    content: "Ескертудің мазмұны",
    instruction:
      "Сізге қоғамға жат мінез-құлықты жалғастыруға жол берілмейтіні және құқық бұзушылық жасауға ықпал ететін себептер мен жағдайларды жою қажеттігі туралы ресми ескерту жарияланады.",
    circumstances: "Мән-жайлар",
    validity: "Қолданылу мерзімі",
    validityRule:
      "Ресми ескерту ол адамға табыс етілген сәттен бастап отыз күн бойы қолданылады (51-баптың 5-тармағы).",
    validUntil: "Ескерту мына күнді қоса алғанда қолданылады",
    consequences: "Салдары",
    items: [
      "Ресми ескертуді бұзу Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексінде белгіленген жауаптылыққа әкеп соғады (51-баптың 7-тармағы).",
      "Ресми ескерту жарияланған адам профилактикалық есепке қойылады (51-баптың 4-тармағы).",
      "Қолданылу мерзімі ішінде ескертудің сақталуы айына кемінде екі рет тексеріледі (51-баптың 6-тармағы).",
      "Ескертудің көшірмесі ол жарияланғаннан кейін жиырма төрт сағат ішінде прокурорға жіберіледі (51-баптың 3-тармағы).",
      "Ескерту жарияланғаны туралы жұмыс (оқу) орнындағы жұмыс берушіге (әкімшілікке) немесе тұрғылықты жері бойынша азаматтардың өзін-өзі басқару органына хабарлануы мүмкін (51-баптың 2-тармағы).",
    ],
    officialSign: "Ескертуді жариялаған лауазымды адам",
    personSign: "Ескертумен таныстым, оның бір данасын алдым",
  },
  ru: {
    title: "ОФИЦИАЛЬНОЕ ПРЕДОСТЕРЕЖЕНИЕ",
    subtitle: "(индивидуальная профилактическая мера)",
    whom: "Кому объявлено предостережение",
    content: "Содержание предостережения",
    instruction:
      "Вам объявляется официальное предостережение о недопустимости продолжения антиобщественного поведения и о необходимости устранения причин и условий, способствующих совершению правонарушения.",
    circumstances: "Обстоятельства",
    validity: "Срок действия",
    validityRule:
      "Официальное предостережение действует тридцать дней с момента его вручения лицу (пункт 5 статьи 51).",
    validUntil: "Предостережение действует по",
    consequences: "Последствия",
    items: [
      "Нарушение официального предостережения влечёт ответственность, установленную Кодексом Республики Казахстан об административных правонарушениях (пункт 7 статьи 51).",
      "Лицо, которому объявлено официальное предостережение, ставится на профилактический учёт (пункт 4 статьи 51).",
      "В течение срока действия соблюдение предостережения проверяется не реже двух раз в месяц (пункт 6 статьи 51).",
      "Копия предостережения направляется прокурору в течение двадцати четырёх часов после его объявления (пункт 3 статьи 51).",
      "Об объявлении предостережения может быть уведомлён работодатель (администрация) по месту работы (учёбы) или орган самоуправления граждан по месту жительства (пункт 2 статьи 51).",
    ],
    officialSign: "Должностное лицо, объявившее предостережение",
    personSign: "С предостережением ознакомлен(а), один экземпляр получил(а)",
  },
} as const satisfies Record<DocLang, unknown>;

/** The official warning form (001 Art. 51), served against signature or with a refusal note (51(2)). */
export async function renderOfficialWarning(lang: DocLang, d: OfficialWarningDoc): Promise<Buffer> {
  const m = M[lang];
  return renderForm(lang, { title: m.title, number: d.header.number, citation: "001 Art. 51" }, (w) => {
    w.header(d, m.title, m.subtitle);
    w.person(d, m.whom);
    w.legalGround(cite(lang, "001 Art. 51"));
    w.heading(m.content);
    w.para(m.instruction);
    w.field(m.circumstances, d.circumstances);
    w.heading(m.validity);
    w.para(m.validityRule);
    if (d.validUntil) w.field(m.validUntil, formatDate(d.validUntil));
    w.heading(m.consequences);
    w.list(m.items);
    w.signatureLine(`${m.officialSign}: ${d.official.position}`, d.official.fullName);
    w.signatureLine(m.personSign, d.person.fullName);
    w.refusal();
  });
}
