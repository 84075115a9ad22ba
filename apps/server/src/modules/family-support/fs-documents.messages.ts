import type { DocLang } from "../documents/document-types.ts";

/**
 * The words of the centre's two printed forms (R11.5, R11.6): the individual assistance plan (001
 * Arts. 55(1), 72(5)) and the referral to temporary residence (001 Arts. 10(2)(4), 72(2)). Kazakh is
 * the state language and comes first; articles are printed in words (cite), never as codes.
 */
export const FS_DOC = {
  kk: {
    planTitle: "ЖЕКЕ КӨМЕК КӨРСЕТУ ЖОСПАРЫ",
    planSubtitle: "(әлеуметтік бейімдеу және оңалту)",
    planFor: "Жоспар кімге жасалды",
    term: "Жоспардың мерзімі",
    period: (from: string, until: string) => `${from} бастап ${until} дейін`,
    goal: "Жоспардың мақсаты",
    steps: "Іс-шаралар",
    area: "Бағыты",
    responsible: "Жауапты орган",
    due: "Орындау мерзімі",
    state: "Жай-күйі",
    progress: "Орындалды",
    outcome: "Қорытынды",
    assessment: "Қорытынды баға",
    officialSign: "Жоспарды жасаған маман",
    personSign: "Жоспармен таныстым, бір данасын алдым",
    referralTitle: "УАҚЫТША ТҰРУҒА ЖОЛДАМА",
    referralSubtitle: "(тұрмыстық зорлық-зомбылық белгілері бар адамдарды қолдау)",
    referred: "Жолданатын адам",
    shelter: "Уақытша тұру орны",
    shelterName: "Атауы",
    shelterAddress: "Мекенжайы",
    stay: "Тұру мерзімі",
    admittedOn: "Орналастырылған күні",
    plannedUntil: "Кететін күні",
    monthRule:
      "Уақытша тұру бір айға дейінгі мерзімге беріледі; бұл мерзімнен асатын тұруға рұқсат етілмейді.",
    confidential:
      "Баспананың мекенжайы құпия: ол жолдаманы алған адамға ғана беріледі және зорлық-зомбылық жасаған адамға хабарланбайды.",
    referralSign: "Жолдаманы берген маман",
    referralPersonSign: "Жолдаманы алдым",
    born: "Туған күні",
    areas: {
      social: "әлеуметтік",
      legal: "құқықтық",
      psychological: "психологиялық",
      employment: "жұмысқа орналасу",
      medical: "медициналық",
      education: "білім беру",
      housing: "тұрғын үй",
    },
    states: {
      open: "орындалуда",
      overdue: "мерзімі өткен",
      done: "орындалды",
      not_done: "орындалмады",
      cancelled: "тоқтатылды",
    },
    outcomes: {
      achieved: "мақсатқа қол жеткізілді",
      partly_achieved: "мақсатқа ішінара қол жеткізілді",
      not_achieved: "мақсатқа қол жеткізілмеді",
    },
  },
  ru: {
    planTitle: "ИНДИВИДУАЛЬНЫЙ ПЛАН ОКАЗАНИЯ ПОМОЩИ",
    planSubtitle: "(социальная адаптация и реабилитация)",
    planFor: "Кому составлен план",
    term: "Срок плана",
    period: (from: string, until: string) => `с ${from} по ${until}`,
    goal: "Цель плана",
    steps: "Мероприятия",
    area: "Направление",
    responsible: "Ответственный орган",
    due: "Срок исполнения",
    state: "Состояние",
    progress: "Выполнено",
    outcome: "Итог",
    assessment: "Итоговая оценка",
    officialSign: "Специалист, составивший план",
    personSign: "С планом ознакомлен(а), один экземпляр получил(а)",
    referralTitle: "НАПРАВЛЕНИЕ НА ВРЕМЕННОЕ ПРОЖИВАНИЕ",
    referralSubtitle: "(поддержка лиц с признаками бытового насилия)",
    referred: "Направляемое лицо",
    shelter: "Место временного проживания",
    shelterName: "Наименование",
    shelterAddress: "Адрес",
    stay: "Срок проживания",
    admittedOn: "Дата заселения",
    plannedUntil: "Дата выбытия",
    monthRule:
      "Временное проживание предоставляется на срок до одного месяца; проживание сверх этого срока не допускается.",
    confidential:
      "Адрес приюта конфиденциален: он сообщается только лицу, получившему направление, и не сообщается лицу, совершившему насилие.",
    referralSign: "Специалист, выдавший направление",
    referralPersonSign: "Направление получил(а)",
    born: "Дата рождения",
    areas: {
      social: "социальная",
      legal: "правовая",
      psychological: "психологическая",
      employment: "трудоустройство",
      medical: "медицинская",
      education: "образование",
      housing: "жильё",
    },
    states: {
      open: "выполняется",
      overdue: "просрочено",
      done: "выполнено",
      not_done: "не выполнено",
      cancelled: "отменено",
    },
    outcomes: {
      achieved: "цель достигнута",
      partly_achieved: "цель достигнута частично",
      not_achieved: "цель не достигнута",
    },
  },
} as const satisfies Record<DocLang, unknown>;

/** A label of a law identifier in the form's language, the identifier itself where none is known. */
export function labelOf(map: Readonly<Record<string, string>>, id: string): string {
  return map[id] ?? id;
}
