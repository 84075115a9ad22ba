import type { Lang } from "./attendance-texts.ts";

/**
 * The words of the quarterly analysis' downloads (001 Art. 21(10)) in Kazakh, Russian and English: the
 * figures (the law's SCHOOL_ANALYSIS_FIGURES), the criteria of 78(2) for the per-criterion figures (as
 * the web's pedagogicalCriterion texts say them) and the table's headings.
 */

export const FIGURE_LABELS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  attention_pupils: {
    kk: "Ерекше назарды қажет ететін оқушылар",
    ru: "Учащиеся, требующие особого внимания",
    en: "Pupils requiring increased attention",
  },
  absence_criterion_met: {
    kk: "Айына төрт күн және одан көп дәлелсіз сабақ жібергендер",
    ru: "Пропустившие четыре дня и более без уважительной причины в течение месяца",
    en: "Pupils missing four days or more without a valid reason within a month",
  },
  council_meetings: {
    kk: "Профилактика кеңесінің отырыстары",
    ru: "Заседания совета профилактики",
    en: "Prevention council meetings",
  },
  support_assigned: {
    kk: "Педагогикалық сүйемелдеу тағайындалды",
    ru: "Назначено педагогическое сопровождение",
    en: "Pedagogical support assigned",
  },
  refusals_referred: {
    kk: "Заңды өкілдердің бас тартуы комиссияға берілді",
    ru: "Отказы законных представителей переданы в комиссию",
    en: "Representatives' refusals passed to the commission",
  },
  support_closed_achieved: {
    kk: "Жоспары толық орындалып аяқталған сүйемелдеу",
    ru: "Сопровождение завершено с выполненным планом",
    en: "Support ended with every step of its plan done",
  },
  offences_by_pupils_reported: {
    kk: "Құқық қорғау органдарына берілген хабарлар",
    ru: "Сообщения, переданные в правоохранительные органы",
    en: "Reports passed to law enforcement bodies",
  },
};

export const CRITERION_LABELS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  "78.2.1_failing_subjects": {
    kk: "Оқу пәндері бойынша үлгермейтін",
    ru: "Неуспевающий по учебным предметам",
    en: "Failing in academic subjects",
  },
  "78.2.2_neglected_homeless_vagrancy_begging": {
    kk: "Қараусыз, панасыз, қаңғыбастықпен немесе қайыршылықпен айналысатын",
    ru: "Безнадзорный, беспризорный, бродяжничество или попрошайничество",
    en: "Neglected or homeless, vagrancy or begging",
  },
  "78.2.3_violating_school_rules": {
    kk: "Білім беру ұйымының қағидаларын жүйелі түрде бұзатын",
    ru: "Систематически нарушающий правила организации образования",
    en: "Violating the school's rules",
  },
  "78.2.4_missing_classes": {
    kk: "Сабақты дәлелсіз себеппен жіберетін",
    ru: "Пропускающий занятия без уважительной причины",
    en: "Missing classes without a valid reason",
  },
  "78.2.5_committed_infraction": {
    kk: "Құқық бұзушылық жасаған",
    ru: "Совершивший правонарушение",
    en: "Committed an infraction",
  },
  "78.2.6_substance_use": {
    kk: "Алкоголь, есірткі немесе өзге де заттарды тұтынатын",
    ru: "Употребляющий алкоголь, наркотики или иные вещества",
    en: "Using alcohol, drugs or other substances",
  },
  "78.2.7_gambling_disorder": {
    kk: "Ойынға тәуелді",
    ru: "Страдающий игровой зависимостью",
    en: "Gambling disorder",
  },
  "78.2.8_pregnant": {
    kk: "Жүкті кәмелетке толмаған",
    ru: "Беременная несовершеннолетняя",
    en: "Pregnant minor",
  },
  "78.2.9_victim_or_witness_of_violence": {
    kk: "Зорлық-зомбылықтың құрбаны немесе куәсі",
    ru: "Жертва или свидетель насилия",
    en: "Victim or witness of violence",
  },
  "78.2.10_committed_violence_or_bullying": {
    kk: "Зорлық-зомбылық немесе буллинг жасаған",
    ru: "Совершивший насилие или буллинг",
    en: "Committed violence or bullying",
  },
  "78.2.11_special_education_graduate": {
    kk: "Арнаулы білім беру ұйымының түлегі",
    ru: "Выпускник специальной организации образования",
    en: "Graduate of a special educational organisation",
  },
  "78.2.12_special_regime_graduate": {
    kk: "Ерекше ұстау режиміндегі білім беру ұйымының түлегі",
    ru: "Выпускник организации образования с особым режимом содержания",
    en: "Graduate of an organisation with a special regime",
  },
};

export const ANALYSIS_WORDS: Readonly<
  Record<
    Lang,
    {
      title: string;
      quarter: string;
      school: string;
      district: string;
      total: string;
      ofThem: string;
      figure: string;
      basis: string;
    }
  >
> = {
  kk: {
    title: "Білім беру ұйымдарының құқық бұзушылық профилактикасы жөніндегі қызметін тоқсандық талдау",
    quarter: "тоқсан",
    school: "Білім беру ұйымы",
    district: "Аудан",
    total: "Барлығы",
    ofThem: "соның ішінде",
    figure: "Көрсеткіш",
    basis: "Негіз",
  },
  ru: {
    title: "Ежеквартальный анализ деятельности организаций образования по профилактике правонарушений",
    quarter: "квартал",
    school: "Организация образования",
    district: "Район",
    total: "Всего",
    ofThem: "в том числе",
    figure: "Показатель",
    basis: "Основание",
  },
  en: {
    title: "Quarterly analysis of the schools' work in preventing infractions",
    quarter: "quarter",
    school: "School",
    district: "District",
    total: "Total",
    ofThem: "of them",
    figure: "Figure",
    basis: "Basis",
  },
};

/** A figure's label in the language (a per-criterion figure: "of them: <criterion>"). */
export function figureLabel(code: string, lang: Lang): string {
  const [base, criterion] = code.split(/\.(.+)/, 2) as [string, string | undefined];
  if (criterion !== undefined && base === "attention_by_criterion")
    return `${ANALYSIS_WORDS[lang].ofThem}: ${CRITERION_LABELS[criterion]?.[lang] ?? criterion}`;
  return FIGURE_LABELS[code]?.[lang] ?? code;
}
