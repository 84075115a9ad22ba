import { pick } from "./prng.ts";

// Common Kazakh and Russian names (Cyrillic). Patronymics are built from male first names.
const KK_LAST = [
  "Ахметов",
  "Серікбаев",
  "Жұмабеков",
  "Нұрланов",
  "Қасымов",
  "Тоқтаров",
  "Әбдіков",
  "Сейтқалиев",
  "Бекмұхамбетов",
  "Оспанов",
  "Ержанов",
  "Құрманов",
  "Төлеубаев",
  "Мұратов",
  "Әлиев",
  "Байжанов",
];
const KK_MALE = [
  "Нұрлан",
  "Ерлан",
  "Асқар",
  "Дәурен",
  "Бауыржан",
  "Серік",
  "Ермек",
  "Айдос",
  "Тоқтар",
  "Сейтқали",
  "Ержан",
  "Мұрат",
  "Қанат",
  "Арман",
  "Әділет",
  "Жандос",
];
const KK_FEMALE = [
  "Айгүл",
  "Әлия",
  "Гүлнара",
  "Динара",
  "Жанар",
  "Сәуле",
  "Айжан",
  "Мөлдір",
  "Ақерке",
  "Назерке",
  "Гүлмира",
  "Аружан",
];
const RU_LAST = [
  "Иванов",
  "Смирнов",
  "Кузнецов",
  "Попов",
  "Васильев",
  "Петров",
  "Соколов",
  "Михайлов",
  "Новиков",
  "Фёдоров",
  "Морозов",
  "Волков",
  "Ким",
  "Лебедев",
];
const RU_MALE = [
  "Александр",
  "Сергей",
  "Дмитрий",
  "Андрей",
  "Алексей",
  "Юрий",
  "Михаил",
  "Николай",
  "Владимир",
  "Евгений",
  "Виктор",
  "Игорь",
];
const RU_FEMALE = [
  "Елена",
  "Ольга",
  "Татьяна",
  "Наталья",
  "Ирина",
  "Светлана",
  "Юлия",
  "Анна",
  "Мария",
  "Екатерина",
  "Виктория",
  "Людмила",
];

const LAT: Record<string, string> = {
  а: "a",
  ә: "a",
  б: "b",
  в: "v",
  г: "g",
  ғ: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  қ: "k",
  л: "l",
  м: "m",
  н: "n",
  ң: "n",
  о: "o",
  ө: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ұ: "u",
  ү: "u",
  ф: "f",
  х: "kh",
  һ: "h",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  і: "i",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/** Passport-style Latin spelling of a Cyrillic name. */
export function latinOf(name: string): string {
  const out = [...name.toLowerCase()].map((c) => LAT[c] ?? c).join("");
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** A typing error: two neighbouring letters swapped, or one dropped. */
function typo(rng: () => number, s: string): string {
  const i = 1 + Math.floor(rng() * (s.length - 2));
  return rng() < 0.5 ? s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2) : s.slice(0, i) + s.slice(i + 1);
}

function feminine(last: string): string {
  return /(ов|ев|ин)$/.test(last) ? `${last}а` : last;
}

/** A family member's form of a last name: Ахметов ↔ Ахметова, Ким stays Ким. */
export function familyLastName(last: string, sex: "male" | "female"): string {
  const base = /(ов|ев|ин)а$/.test(last) ? last.slice(0, -1) : last;
  return sex === "female" ? feminine(base) : base;
}

function patronymic(father: string, sex: "male" | "female", kazakh: boolean): string {
  if (kazakh) return `${father}${sex === "male" ? "ұлы" : "қызы"}`;
  const stem = father.replace(/(й)$/, "");
  const ends = father.endsWith("й") ? ["евич", "евна"] : ["ович", "овна"];
  return stem + (sex === "male" ? ends[0] : ends[1]);
}

export interface PersonName {
  last: string;
  first: string;
  middle: string | null;
  lastLat: string | null;
  firstLat: string | null;
}

/** About 70 % Kazakh names; 60 % have a Latin spelling; 3 % a typo in the Cyrillic last name. */
export function nameFor(rng: () => number, sex: "male" | "female"): PersonName {
  const kazakh = rng() < 0.7;
  const lastBase = pick(rng, kazakh ? KK_LAST : RU_LAST);
  const last = sex === "female" ? feminine(lastBase) : lastBase;
  const first = pick(
    rng,
    kazakh ? (sex === "male" ? KK_MALE : KK_FEMALE) : sex === "male" ? RU_MALE : RU_FEMALE,
  );
  const middle = rng() < 0.85 ? patronymic(pick(rng, kazakh ? KK_MALE : RU_MALE), sex, kazakh) : null;
  const withLatin = rng() < 0.6;
  return {
    last: rng() < 0.03 ? typo(rng, last) : last,
    first,
    middle,
    lastLat: withLatin ? latinOf(last) : null,
    firstLat: withLatin ? latinOf(first) : null,
  };
}
