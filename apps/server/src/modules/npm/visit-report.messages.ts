import { renderCitation } from "@aldyn/law";
import type { DocLang } from "../documents/document-types.ts";

/** Words of the printed report of a group on its visit (003 pp.26-29), Kazakh first (state language). */
export interface VisitReportMessages {
  readonly title: string;
  readonly council: string;
  readonly confidential: string;
  readonly institutions: string;
  readonly dates: string;
  readonly kind: string;
  readonly topic: string;
  readonly decision: string;
  readonly members: string;
  readonly findings: string;
  readonly recommendations: string;
  readonly addressee: string;
  readonly complaints: string;
  readonly submittedAt: string;
  readonly signatures: string;
  readonly signedOn: (on: string) => string;
  readonly notSigned: string;
  readonly dissent: string;
  readonly dissentAuthor: string;
  readonly none: string;
  readonly kinds: Record<string, string>;
  readonly thematic: string;
  readonly oneTime: string;
}

export const VISIT_REPORT_DOC: Record<DocLang, VisitReportMessages> = {
  kk: {
    title: "Превентивтік бару қорытындылары бойынша топтың баяндамасы",
    council: "Ұлттық превентивтік тетік қатысушыларының Үйлестіру кеңесіне",
    confidential: `ҚҰПИЯ (${renderCitation("003 p.29", "kk")})`,
    institutions: "Мекеме (ұйым)",
    dates: "Бару күндері",
    kind: "Бару түрі",
    topic: "Тақырыбы",
    decision: "Бару туралы шешім",
    members: "Топ мүшелері",
    findings: "Анықталған мән-жайлар",
    recommendations: "Ұсынымдар",
    addressee: "Кімге",
    complaints: "Тіркелген шағымдар (тіркеу нөмірі)",
    submittedAt: "Есеп ұсынылды",
    signatures: "Топ мүшелерінің қолдары",
    signedOn: (on) => `қол қойылды ${on}`,
    notSigned: "қол қойылмаған",
    dissent: "Ерекше пікір",
    dissentAuthor: "Ерекше пікірдің авторы",
    none: "жоқ",
    kinds: { periodic: "мерзімді", intermediate: "аралық", special: "арнайы" },
    thematic: "тақырыптық",
    oneTime: "бір реттік",
  },
  ru: {
    title: "Отчёт группы по результатам превентивного посещения",
    council: "В Координационный совет участников национального превентивного механизма",
    confidential: `КОНФИДЕНЦИАЛЬНО (${renderCitation("003 p.29", "ru")})`,
    institutions: "Учреждение (организация)",
    dates: "Даты посещения",
    kind: "Вид посещения",
    topic: "Тема",
    decision: "Решение о посещении",
    members: "Члены группы",
    findings: "Установленные обстоятельства",
    recommendations: "Рекомендации",
    addressee: "Адресат",
    complaints: "Зарегистрированные жалобы (регистрационный номер)",
    submittedAt: "Отчёт представлен",
    signatures: "Подписи членов группы",
    signedOn: (on) => `подписано ${on}`,
    notSigned: "не подписано",
    dissent: "Особое мнение",
    dissentAuthor: "Автор особого мнения",
    none: "нет",
    kinds: { periodic: "периодическое", intermediate: "промежуточное", special: "специальное" },
    thematic: "тематическое",
    oneTime: "разовое",
  },
};
