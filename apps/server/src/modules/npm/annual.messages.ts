import { renderCitation } from "@aldyn/law";
import type { DocLang } from "../documents/document-types.ts";

/** Words of the NPM printed documents (certificate, annual report), Kazakh first (state language). */
export interface NpmDocMessages {
  readonly commissioner: string;
  readonly certTitle: string;
  readonly certNumber: string;
  readonly holder: string;
  readonly region: string;
  readonly issuedOn: string;
  readonly validity: string;
  readonly validWhilePowers: (from: string) => string;
  readonly terminatedOn: (on: string) => string;
  readonly certConfirms: string;
  readonly commissionerSign: string;
  readonly annualTitle: (year: number) => string;
  readonly draft: string;
  readonly approvedOn: string;
  readonly publicationDue: string;
  readonly visits: string;
  readonly visitsTotal: string;
  readonly byKind: string;
  readonly byRegion: string;
  readonly byInstitutionKind: string;
  readonly reports: string;
  readonly reportsSubmitted: string;
  readonly reportsLate: string;
  readonly findings: string;
  readonly tortureSigns: string;
  readonly complaints: string;
  readonly received: string;
  readonly transferred: string;
  readonly included: string;
  readonly recommendations: string;
  readonly recommendationsTotal: string;
  readonly byStatus: string;
  readonly byAddressee: string;
  readonly legislation: string;
  readonly none: string;
  readonly finance: string;
  readonly totalCost: string;
  readonly visitCost: (kind: string, on: string) => string;
  readonly answers: string;
  readonly answerLine: (body: string, received: string, due: string, state: string) => string;
  readonly answered: (on: string) => string;
  readonly overdue: string;
  readonly pending: string;
  readonly kinds: Record<string, string>;
  readonly statuses: Record<string, string>;
}

const KIND_KK: Record<string, string> = { periodic: "мерзімді", intermediate: "аралық", special: "арнайы" };
const KIND_RU: Record<string, string> = {
  periodic: "периодические",
  intermediate: "промежуточные",
  special: "специальные",
};

export const NPM_DOC: Record<DocLang, NpmDocMessages> = {
  kk: {
    commissioner: "Қазақстан Республикасындағы Адам құқықтары жөніндегі уәкіл",
    certTitle: "Ұлттық алдын алу тетігі қатысушысының куәлігі",
    certNumber: "Куәлік нөмірі",
    holder: "Куәлік иесі",
    region: "Өңір",
    issuedOn: "Берілген күні",
    validity: "Жарамдылығы",
    validWhilePowers: (from) => `${from} бастап өкілеттіктер тоқтатылғанға дейін жарамды`,
    terminatedOn: (on) => `өкілеттіктер ${on} тоқтатылды — куәлік жарамсыз`,
    certConfirms: `Куәлік иесінің ұлттық алдын алу тетігі қатысушысының өкілеттіктерін растайды (${renderCitation("003 p.16", "kk")}).`,
    commissionerSign: "Адам құқықтары жөніндегі уәкіл",
    annualTitle: (y) =>
      `Ұлттық алдын алу тетігі қатысушыларының ${y} жылғы шоғырландырылған жылдық баяндамасы`,
    draft: "Жоба",
    approvedOn: "Үйлестіру кеңесі бекіткен күн",
    publicationDue: "Жариялау мерзімі",
    visits: "Алдын алу баруы",
    visitsTotal: "Барлық барулар",
    byKind: "Түрлері бойынша",
    byRegion: "Өңірлер бойынша",
    byInstitutionKind: "Мекеме түрлері бойынша",
    reports: "Баяндамалар мен анықталған жайттар",
    reportsSubmitted: "Ұсынылған баяндамалар",
    reportsLate: "Мерзімінен кеш ұсынылғандары",
    findings: "Анықталған жайттары бар баяндамалар",
    tortureSigns: "Азаптау белгілерінің анықталу жағдайлары",
    complaints: "Хабарламалар мен шағымдар (тек саны)",
    received: "Қабылданды",
    transferred: "Уәкілге берілді",
    included: "Баяндамаларға енгізілді",
    recommendations: "Ұсынымдар",
    recommendationsTotal: "Барлық ұсынымдар",
    byStatus: "Мәртебесі бойынша",
    byAddressee: "Мемлекеттік органдар бойынша",
    legislation: "Заңнаманы жетілдіру жөніндегі ұсыныстар",
    none: "жоқ",
    finance: "Алдын алу барулары шығыстарының қаржылық есебі",
    totalCost: "Барлық шығыстар, теңге",
    visitCost: (k, on) => `${k} бару, ${on}`,
    answers: `Мемлекеттік органдардың жауаптары (3 ай, ${renderCitation("000 Art. 36(2)", "kk")})`,
    answerLine: (b, r, d, s) => `${b}: алды ${r}, жауап мерзімі ${d} — ${s}`,
    answered: (on) => `жауап берді ${on}`,
    overdue: "мерзімі өтті",
    pending: "күтілуде",
    kinds: KIND_KK,
    statuses: {
      open: "ашық",
      answered: "жауап берілді",
      in_progress: "орындалуда",
      implemented: "орындалды",
      rejected: "қабылданбады",
    },
  },
  ru: {
    commissioner: "Уполномоченный по правам человека в Республике Казахстан",
    certTitle: "Удостоверение участника национального превентивного механизма",
    certNumber: "Номер удостоверения",
    holder: "Владелец удостоверения",
    region: "Регион",
    issuedOn: "Дата выдачи",
    validity: "Срок действия",
    validWhilePowers: (from) => `действительно с ${from} до прекращения полномочий`,
    terminatedOn: (on) => `полномочия прекращены ${on} — удостоверение недействительно`,
    certConfirms: `Подтверждает полномочия участника национального превентивного механизма (${renderCitation("003 p.16", "ru")}).`,
    commissionerSign: "Уполномоченный по правам человека",
    annualTitle: (y) =>
      `Ежегодный консолидированный доклад участников национального превентивного механизма за ${y} год`,
    draft: "Проект",
    approvedOn: "Дата утверждения Координационным советом",
    publicationDue: "Срок опубликования",
    visits: "Превентивные посещения",
    visitsTotal: "Всего посещений",
    byKind: "По видам",
    byRegion: "По регионам",
    byInstitutionKind: "По типам учреждений",
    reports: "Отчёты и выявленные нарушения",
    reportsSubmitted: "Представлено отчётов",
    reportsLate: "Из них с нарушением срока",
    findings: "Отчётов с выявленными нарушениями",
    tortureSigns: "Случаев выявления признаков пыток",
    complaints: "Сообщения и жалобы (только количество)",
    received: "Получено",
    transferred: "Передано Уполномоченному",
    included: "Включено в отчёты",
    recommendations: "Рекомендации",
    recommendationsTotal: "Всего рекомендаций",
    byStatus: "По статусу",
    byAddressee: "По государственным органам",
    legislation: "Предложения по совершенствованию законодательства",
    none: "нет",
    finance: "Финансовый отчёт о расходах на превентивные посещения",
    totalCost: "Всего расходов, тенге",
    visitCost: (k, on) => `${k} посещение, ${on}`,
    answers: `Ответы государственных органов (3 месяца, ${renderCitation("000 Art. 36(2)", "ru")})`,
    answerLine: (b, r, d, s) => `${b}: получен ${r}, срок ответа ${d} — ${s}`,
    answered: (on) => `ответ ${on}`,
    overdue: "просрочено",
    pending: "ожидается",
    kinds: KIND_RU,
    statuses: {
      open: "открыта",
      answered: "получен ответ",
      in_progress: "исполняется",
      implemented: "исполнена",
      rejected: "отклонена",
    },
  },
};
