/**
 * The words of the school's attendance file (001 Art. 78(2)(4)) in Kazakh, Russian and English: the
 * template's column headers (the importer accepts the headers of any of the three languages) and the
 * per-row messages of a refused import, in the language of the request.
 */

export type Lang = "kk" | "ru" | "en";

/** The file's columns, in the template's order. */
export const ATTENDANCE_COLUMNS = ["iin", "surname", "givenName", "date", "validReason", "reason"] as const;
export type AttendanceColumn = (typeof ATTENDANCE_COLUMNS)[number];

export const ATTENDANCE_HEADERS: Readonly<Record<Lang, Readonly<Record<AttendanceColumn, string>>>> = {
  kk: {
    iin: "ЖСН",
    surname: "Тегі",
    givenName: "Аты",
    date: "Күні",
    validReason: "Дәлелді себеп (иә/жоқ)",
    reason: "Себебі",
  },
  ru: {
    iin: "ИИН",
    surname: "Фамилия",
    givenName: "Имя",
    date: "Дата",
    validReason: "Уважительная причина (да/нет)",
    reason: "Причина",
  },
  en: {
    iin: "IIN",
    surname: "Surname",
    givenName: "Given name",
    date: "Date",
    validReason: "Valid reason (yes/no)",
    reason: "Reason",
  },
};

/** Per-row messages by code; a code not here keeps the law's English message. */
const ROW_MESSAGES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  "attendance.iin_invalid": {
    kk: "ЖСН жарамсыз: 12 цифр және дұрыс бақылау саны болуы керек.",
    ru: "ИИН неверен: нужны 12 цифр с правильной контрольной цифрой.",
    en: "The IIN is invalid: 12 digits with a correct check digit are needed.",
  },
  "attendance.not_a_minor": {
    kk: "Оқушы сол күні кәмелетке толған: педагогикалық қолдау тек кәмелетке толмағандарға арналған.",
    ru: "На эту дату ученик совершеннолетний: педагогическое сопровождение — только для несовершеннолетних.",
    en: "The pupil was of age on that date: pedagogical support is for minors only.",
  },
  "attendance.date_invalid": {
    kk: "Күні дұрыс емес: ЖЖЖЖ-АА-КК немесе КК.АА.ЖЖЖЖ түрінде жазыңыз.",
    ru: "Неверная дата: укажите в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.",
    en: "The date is invalid: write it as YYYY-MM-DD or DD.MM.YYYY.",
  },
  "attendance.date_future": {
    kk: "Күні әлі келген жоқ: болашақтағы сабақты жіберу жазылмайды.",
    ru: "Дата ещё не наступила: пропуск в будущем не записывается.",
    en: "The date is in the future: an absence cannot be recorded ahead.",
  },
  "attendance.valid_reason_invalid": {
    kk: "Дәлелді себеп бағанында «иә» немесе «жоқ» деп жазыңыз (да/нет, yes/no, 1/0 да болады).",
    ru: "В столбце уважительной причины укажите «да» или «нет» (также иә/жоқ, yes/no, 1/0).",
    en: "Write yes or no in the valid reason column (да/нет, иә/жоқ, 1/0 are accepted too).",
  },
  "attendance.name_required": {
    kk: "Оқушының тегі мен аты толтырылуы керек.",
    ru: "Нужно указать фамилию и имя ученика.",
    en: "The pupil's surname and given name are required.",
  },
  "attendance.duplicate_conflict": {
    kk: "Осы оқушы мен күн файлда екі рет әртүрлі жауаппен берілген.",
    ru: "Этот ученик и эта дата встречаются в файле дважды с разными ответами.",
    en: "This pupil and date appear twice in the file with different answers.",
  },
  "attendance.column_missing": {
    kk: "Файлда баған жоқ: үлгіні жүктеп алып, оның тақырыптарын пайдаланыңыз.",
    ru: "В файле нет столбца: скачайте шаблон и используйте его заголовки.",
    en: "A column is missing from the file: download the template and use its headers.",
  },
  "attendance.no_rows": {
    kk: "Файлда тақырыптан кейін бірде-бір жол жоқ.",
    ru: "В файле нет ни одной строки после заголовка.",
    en: "The file has no row after the header.",
  },
  "attendance.iin_name_mismatch": {
    kk: "Бұл ЖСН-мен тіркелген адамның тегі басқа: ЖСН-ді тексеріңіз.",
    ru: "У человека с этим ИИН другая фамилия: проверьте ИИН.",
    en: "The person on record with this IIN has another surname: check the IIN.",
  },
};

/** The message of a row's refusal in the language; the law's own text for a code without one. */
export function rowMessage(code: string, lang: Lang, fallback: string): string {
  return ROW_MESSAGES[code]?.[lang] ?? fallback;
}

/** The message of the whole refusal, in the language. */
export const ROWS_INVALID_MESSAGE: Readonly<Record<Lang, (n: number) => string>> = {
  kk: (n) => `Файлда қате жолдар бар (${n}): ештеңе жазылған жоқ. Оларды түзетіп, файлды қайта жүктеңіз.`,
  ru: (n) =>
    `В файле есть строки с ошибками (${n}): ничего не записано. Исправьте их и загрузите файл снова.`,
  en: (n) =>
    `The file has rows with errors (${n}): nothing was written. Correct them and upload the file again.`,
};

/** The language of a request: `?lang=`, else the first of Accept-Language we speak, else Kazakh. */
export function requestLang(query: Lang | undefined, acceptLanguage: string | undefined): Lang {
  if (query) return query;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === "kk" || tag === "ru" || tag === "en") return tag;
  }
  return "kk";
}
