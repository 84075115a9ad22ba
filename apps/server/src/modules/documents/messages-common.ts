import { formatDisplayDate, formatDisplayDateTime, formatDisplayTime, renderCitation } from "@aldyn/law";
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
 * A citation code (`001 Art. 51`, `000 Art. 34(2)`, `003 p.16`) in the words of the form's language,
 * naming the act: "«Құқық бұзушылықтың алдын алу туралы» Заңның 51-бабы", "ст. 51 Закона «О
 * профилактике правонарушений»". A code never reaches a printed form (R11).
 */
export function cite(lang: DocLang, code: string): string {
  return renderCitation(code, lang);
}

/** The words that say what kind of territory a name is, in Kazakh, Russian and English. */
const TERRITORY_WORDS =
  /(^|\s)(город|г\.|район|р-н|область|обл\.|қаласы|қ\.|ауданы|облысы|city|district|region)(?=\s|$)/giu;

/** Whether a text names a place: its proper name ("Семей" of "Семей қаласы") as a whole word. */
function names(text: string, place: string): boolean {
  const core = place.replace(TERRITORY_WORDS, " ").trim();
  if (!core) return false;
  const escaped = core.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, "iu").test(text);
}

/**
 * The address as printed: the region (or city of republican significance) and the district the
 * address lies in, then the address as recorded ("город Астана, район Алматы, ул. Ауэзова, 7"); a
 * place the recorded address already names ("г. Семей, ул. …") is not repeated.
 */
export function printedAddress(
  address: string | null | undefined,
  territory: { readonly region?: string | null; readonly district?: string | null },
): string {
  const text = (address ?? "").trim();
  if (!text || text === "—") return "—";
  const parts = [territory.region, territory.district].filter(
    (p): p is string => typeof p === "string" && p.trim() !== "" && !names(text, p),
  );
  return [...parts, text].join(", ");
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
 * "Скрыто: данные потерпевшего (п. 2 ст. 83 Закона …)": the article in the form's language, as
 * every printed citation — a reader never sees the code the server keeps ("001 Art. 83(2)").
 */
export function withheldText(lang: DocLang, part: { barrier: "victim" | "health"; article: string }): string {
  return `${WITHHELD[lang][part.barrier]} (${cite(lang, part.article)})`;
}

/**
 * Dates and times on a form as on every screen and export (R11.4): dd.MM.yyyy and dd.MM.yyyy HH:mm on
 * the clock of Almaty, from the law package's one layer.
 */
export const formatDate = (date: string | null | undefined): string => formatDisplayDate(date);
export const formatDateTime = (instant: string | Date | null | undefined): string =>
  formatDisplayDateTime(instant);
export const formatTime = (instant: string | Date): string => formatDisplayTime(instant);
