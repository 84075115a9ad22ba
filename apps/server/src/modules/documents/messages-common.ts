import type { DocLang } from "./document-types.ts";

/** Labels every form shares, per language. Kazakh is the state language and comes first. */
export interface CommonMessages {
  readonly number: string;
  readonly date: string;
  readonly time: string;
  readonly place: string;
  readonly fullName: string;
  readonly iin: string;
  readonly birthDate: string;
  readonly address: string;
  readonly legalGround: string;
  readonly official: string;
  readonly signature: string;
  readonly refused: string;
  readonly refusedNote: string;
  readonly witnesses: string;
  readonly witness: string;
  readonly page: string;
}

export const COMMON: Record<DocLang, CommonMessages> = {
  kk: {
    number: "№",
    date: "Күні",
    time: "Уақыты",
    place: "Жасалған орны",
    fullName: "Тегі, аты, әкесінің аты",
    iin: "ЖСН",
    birthDate: "Туған күні",
    address: "Тұрғылықты мекенжайы",
    legalGround: "Құқықтық негіз",
    official: "Лауазымды адам",
    signature: "қолы",
    refused: "Қол қоюдан бас тартты",
    refusedNote: "Адам құжатқа қол қоюдан бас тартты, бұл туралы куәгерлердің қатысуымен белгі жасалды.",
    witnesses: "Куәгерлер",
    witness: "Куәгер (Т.А.Ә., мекенжайы, қолы)",
    page: "бет",
  },
  ru: {
    number: "№",
    date: "Дата",
    time: "Время",
    place: "Место составления",
    fullName: "Фамилия, имя, отчество",
    iin: "ИИН",
    birthDate: "Дата рождения",
    address: "Адрес места жительства",
    legalGround: "Правовое основание",
    official: "Должностное лицо",
    signature: "подпись",
    refused: "От подписи отказался(-ась)",
    refusedNote: "Лицо от подписи отказалось, о чём сделана отметка в присутствии свидетелей.",
    witnesses: "Свидетели",
    witness: "Свидетель (Ф.И.О., адрес, подпись)",
    page: "стр.",
  },
};

/**
 * The law's title and an article reference in the words of each language: the Law of the Republic
 * of Kazakhstan No. 245-VIII "On Prevention of Infractions" (file 001).
 */
export const LAW_TITLE: Record<DocLang, string> = {
  kk: "«Құқық бұзушылықтардың профилактикасы туралы» Қазақстан Республикасының Заңы",
  ru: "Закон Республики Казахстан «О профилактике правонарушений»",
};

/** "51-бабы" / "статья 51" with an optional paragraph, naming the law. */
export function lawArticle(lang: DocLang, article: string, paragraph?: string): string {
  if (lang === "kk") {
    const ref = paragraph ? `${article}-бабының ${paragraph}-тармағы` : `${article}-бабы`;
    return `«Құқық бұзушылықтардың профилактикасы туралы» Қазақстан Республикасы Заңының ${ref}`;
  }
  const p = paragraph ? `пункт ${paragraph} ` : "";
  return `${p}статья ${article} Закона Республики Казахстан «О профилактике правонарушений»`;
}

/** What a form prints in place of a part the reader does not clear (R11.1; 001 Art. 83(2)). */
export const WITHHELD: Record<DocLang, Record<"victim" | "health", string>> = {
  kk: {
    victim: "Жасырылған: жәбірленушінің деректері",
    health: "Жасырылған: денсаулық туралы мәліметтер",
  },
  ru: {
    victim: "Скрыто: данные потерпевшего",
    health: "Скрыто: сведения о здоровье",
  },
};

/**
 * "Скрыто: данные потерпевшего (пункт 2 статья 83 Закона …)": the article in the form's language, as
 * every printed citation — a reader never sees the code the server keeps ("001 Art. 83(2)").
 */
export function withheldText(lang: DocLang, part: { barrier: "victim" | "health"; article: string }): string {
  const m = /^001 Art\. (\d+)(?:\((\d+)\))?$/.exec(part.article);
  return `${WITHHELD[lang][part.barrier]} (${m ? lawArticle(lang, m[1]!, m[2]) : part.article})`;
}

/** "DD.MM.YYYY" from "YYYY-MM-DD" (the written form in both languages). */
export function formatDate(date: string | null): string {
  if (!date) return "—";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : date;
}
