import type { AssessmentFigureCode } from "@aldyn/law";
import type { DocLang } from "../documents/document-types.ts";

/** The printed assessment pack's words (R11.6: Kazakh and Russian; the state language first). */
export interface PackMessages {
  readonly title: string;
  readonly commission: (region: string) => string;
  readonly period: (from: string, until: string) => string;
  readonly status: { draft: string; approved: string };
  readonly draftNote: string;
  readonly figures: string;
  readonly figure: string;
  readonly value: string;
  readonly ground: string;
  readonly onTimeShare: string;
  readonly none: string;
  readonly conclusions: string;
  readonly noConclusions: string;
  readonly meeting: string;
  readonly preparedBy: string;
  readonly approvedBy: string;
  readonly countedAt: string;
  readonly names: Record<AssessmentFigureCode, string>;
}

export const PACK_DOC: Record<DocLang, PackMessages> = {
  kk: {
    title: "Ерте анықтау мен қолдау көрсетудің тиімділігін жарты жылдық бағалау",
    commission: (region) =>
      `${region}: құқық бұзушылықтардың профилактикасы жөніндегі өңірлік ведомствоаралық комиссия`,
    period: (from, until) => `Кезең: ${from} – ${until}`,
    status: { draft: "Жоба", approved: "Бекітілген" },
    draftNote:
      "Көрсеткіштер өңірдің жазбалары бойынша басып шығарылған сәтте есептелді; пакет бекітілгенде тіркеледі.",
    figures: "Жартыжылдық көрсеткіштері",
    figure: "Көрсеткіш",
    value: "Саны",
    ground: "Негіз",
    onTimeShare: "Уақтылы алынған хабарламалардың үлесі",
    none: "хабарлама жоқ",
    conclusions: "Комиссияның қорытындылары",
    noConclusions: "Қорытындылар жазылмаған.",
    meeting: "Комиссия отырысының күні",
    preparedBy: "Дайындаған",
    approvedBy: "Бекітуді тіркеген",
    countedAt: "Көрсеткіштер есептелген уақыт",
    names: {
      identified: "Мобильді топтар анықтаған тұлғалар",
      registered: "Қиын өмірлік жағдайдағы тұлғаларды (отбасыларды) есепке алу",
      supported: "Әлеуметтік, құқықтық немесе психологиялық қолдау көрсетілген тұлғалар",
      plans_opened: "Ашылған жеке көмек жоспарлары",
      plans_completed: "Мақсатына жетіп аяқталған жеке көмек жоспарлары",
      incidents: "Тұрмыстық зорлық-зомбылық оқиғалары",
      repeat_incidents: "Сол отбасындағы қайталанған оқиғалар",
      protective_orders: "Шығарылған қорғау нұсқамалары",
      notifications_total: "Мүдделі субъектілерге жіберілген хабарламалар",
      notifications_on_time: "24 сағат ішінде алынған хабарламалар",
      shelter_stays: "Уақытша тұруға орналастыру",
      outreach_visits: "Мобильді топтардың сапарлары",
    },
  },
  ru: {
    title: "Полугодовая оценка эффективности раннего выявления и организации помощи",
    commission: (region) =>
      `${region}: региональная межведомственная комиссия по вопросам профилактики правонарушений`,
    period: (from, until) => `Период: ${from} – ${until}`,
    status: { draft: "Проект", approved: "Утверждён" },
    draftNote:
      "Показатели посчитаны по записям региона на момент печати; фиксируются при утверждении пакета.",
    figures: "Показатели полугодия",
    figure: "Показатель",
    value: "Число",
    ground: "Основание",
    onTimeShare: "Доля оповещений, полученных в срок",
    none: "оповещений не было",
    conclusions: "Выводы комиссии",
    noConclusions: "Выводы не записаны.",
    meeting: "Дата заседания комиссии",
    preparedBy: "Подготовил(а)",
    approvedBy: "Утверждение внёс(ла)",
    countedAt: "Показатели посчитаны",
    names: {
      identified: "Лица, выявленные мобильными группами",
      registered: "Постановки на учёт лиц (семей) в трудной жизненной ситуации",
      supported: "Лица, получившие социальную, правовую или психологическую помощь",
      plans_opened: "Открыто индивидуальных планов помощи",
      plans_completed: "Индивидуальные планы помощи, завершённые с достижением цели",
      incidents: "Случаи бытового насилия",
      repeat_incidents: "Повторные случаи в той же семье",
      protective_orders: "Вынесено защитных предписаний",
      notifications_total: "Оповещений заинтересованных субъектов",
      notifications_on_time: "Оповещений, полученных в течение 24 часов",
      shelter_stays: "Размещений во временное проживание",
      outreach_visits: "Выездов мобильных групп",
    },
  },
};
