/**
 * What the bot says back (R6), in the reporter's language as Telegram gives it (`from.language_code`):
 * Kazakh, English, and Russian otherwise (the language most chats in Kazakhstan use besides Kazakh).
 * The texts carry the report's number and, once, its tracking code — no one's name or contacts.
 */
export type BotLanguage = "kk" | "ru" | "en";

export function botLanguageOf(code: string | undefined): BotLanguage {
  const c = (code ?? "").toLowerCase();
  return c.startsWith("kk") ? "kk" : c.startsWith("en") ? "en" : "ru";
}

const REPLIES = {
  filed: {
    kk: "Сіздің хабарыңыз {number} нөмірімен тіркелді. Бақылау коды: {code}. Оны сақтаңыз: сайттағы хабарды тексеру бетінде осы код бойынша хабардың мәртебесі мен жауабы көрінеді. Бір сағат ішінде осы хабарға фото немесе геолокация қосуға болады.",
    ru: "Ваше сообщение зарегистрировано под номером {number}. Код для отслеживания: {code}. Сохраните его: по этому коду на странице проверки сообщения на сайте видны его статус и ответ. В течение часа к этому сообщению можно добавить фото или геолокацию.",
    en: "Your report is registered as {number}. Tracking code: {code}. Keep it: with this code the website's tracking page shows the report's status and the answer. Within an hour you may add a photo or your location to this report.",
  },
  added: {
    kk: "{number} хабарына қосылды.",
    ru: "Добавлено к сообщению {number}.",
    en: "Added to report {number}.",
  },
  help: {
    kk: "Не болғанын бір хабармен сипаттаңыз: не, қай жерде және қашан. Содан кейін фото мен геолокация жіберуге болады. Шұғыл жағдайда 102 (полиция) немесе 112 нөміріне қоңырау шалыңыз.",
    ru: "Опишите одним сообщением, что произошло: что, где и когда. Затем можно отправить фото и геолокацию. В экстренном случае звоните 102 (полиция) или 112.",
    en: "Describe in one message what happened: what, where and when. Then you may send photos and your location. In an emergency call 102 (police) or 112.",
  },
  refused: {
    kk: "Алдымен не болғанын сөзбен сипаттаңыз; содан кейін фото немесе геолокация жіберуге болады.",
    ru: "Сначала опишите словами, что произошло; затем можно отправить фото или геолокацию.",
    en: "First describe in words what happened; then you may send a photo or your location.",
  },
  answer: {
    kk: "{number} хабарыңызға жауап: {text}",
    ru: "Ответ на ваше сообщение {number}: {text}",
    en: "Answer to your report {number}: {text}",
  },
} as const;

export type BotReplyKind = keyof typeof REPLIES;

/** The reply's text with its values put in; cut to Telegram's 4,096 characters. */
export function botReply(
  kind: BotReplyKind,
  lang: BotLanguage,
  values: { number?: string; code?: string; text?: string } = {},
): string {
  const filled = REPLIES[kind][lang].replace(
    /\{(number|code|text)\}/g,
    (_, k: "number" | "code" | "text") => values[k] ?? "",
  );
  return filled.length > 4096 ? `${filled.slice(0, 4095)}…` : filled;
}
