import type { LawText } from "../core/citation.ts";

/** The languages a citation or a date is shown in: Kazakh (the state language), Russian, English. */
export type DisplayLanguage = "kk" | "ru" | "en";
export const DISPLAY_LANGUAGES: readonly DisplayLanguage[] = ["kk", "ru", "en"];

/** How an act is named inside a citation and in full (on hover, in a list of sources). */
export interface ActNames {
  /**
   * The act as a citation names it after the article: Russian genitive ("Закона «…»"), Kazakh
   * genitive before the article ("«…» Заңның"), English "of …" complement ("the Law on …").
   */
  readonly inCitation: string;
  /** The full title with the act's kind, date and number, as the act itself is headed. */
  readonly title: string;
}

/**
 * The acts in `shared/law/`, named from their own headings:
 * - 001: "Law of the Republic of Kazakhstan № 245-VIII LRK of December 30, 2025" "On Prevention of
 *   Infractions";
 * - 000: "The Law of the Republic of Kazakhstan dated 9 July, 2004 № 591" "On Prevention of Infraction
 *   among the Minors and Prevention of Child Neglect and Homelessness";
 * - 003: "Rules for preventive visits by groups formed from the participants of the national preventive
 *   mechanism", approved by "Decree of the Government of the Republic of Kazakhstan dated March 26,
 *   2014 No. 266".
 * A citation of 000 names the law by its date and number (its title is a sentence long); the full
 * title is what `citationTitle` gives for the hover.
 */
export const CITED_ACTS: Record<LawText, Record<DisplayLanguage, ActNames>> = {
  "001": {
    kk: {
      inCitation: "«Құқық бұзушылықтың алдын алу туралы» Заңның",
      title:
        "Қазақстан Республикасының 2025 жылғы 30 желтоқсандағы № 245-VIII «Құқық бұзушылықтың алдын алу туралы» Заңы",
    },
    ru: {
      inCitation: "Закона «О профилактике правонарушений»",
      title: "Закон Республики Казахстан от 30 декабря 2025 года № 245-VIII «О профилактике правонарушений»",
    },
    en: {
      inCitation: "the Law on Prevention of Infractions",
      title:
        'Law of the Republic of Kazakhstan No. 245-VIII of 30 December 2025 "On Prevention of Infractions"',
    },
  },
  "000": {
    kk: {
      inCitation: "2004 жылғы 9 шілдедегі № 591 Заңның",
      title:
        "Қазақстан Республикасының 2004 жылғы 9 шілдедегі № 591 «Кәмелетке толмағандар арасындағы құқық бұзушылықтардың профилактикасы және балалардың қадағалаусыз және панасыз қалуының алдын алу туралы» Заңы",
    },
    ru: {
      inCitation: "Закона от 9 июля 2004 года № 591",
      title:
        "Закон Республики Казахстан от 9 июля 2004 года № 591 «О профилактике правонарушений среди несовершеннолетних и предупреждении детской безнадзорности и беспризорности»",
    },
    en: {
      inCitation: "Law No. 591 of 9 July 2004",
      title:
        'Law of the Republic of Kazakhstan No. 591 of 9 July 2004 "On Prevention of Infractions among Minors and Prevention of Child Neglect and Homelessness"',
    },
  },
  "003": {
    kk: {
      inCitation: "Превентивтік барулар қағидаларының",
      title:
        "Қазақстан Республикасы Үкіметінің 2014 жылғы 26 наурыздағы № 266 қаулысымен бекітілген Ұлттық превентивтік тетік қатысушылары қатарынан құрылған топтардың превентивтік баруларының қағидалары",
    },
    ru: {
      inCitation: "Правил превентивных посещений",
      title:
        "Правила превентивных посещений группами, образованными из числа участников национального превентивного механизма, утверждённые постановлением Правительства Республики Казахстан от 26 марта 2014 года № 266",
    },
    en: {
      inCitation: "the Rules for Preventive Visits",
      title:
        "Rules for preventive visits by groups formed from the participants of the national preventive mechanism, approved by Decree of the Government of the Republic of Kazakhstan No. 266 of 26 March 2014",
    },
  },
};
