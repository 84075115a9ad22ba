import { pick } from "../prng.ts";

// Streets common to the towns of East Kazakhstan and Abai regions, as addresses are written in
// Russian in the documents of the police.
const STREETS = [
  "ул. Абая",
  "ул. Шакарима",
  "ул. Ауэзова",
  "ул. Кабанбай батыра",
  "ул. Богенбай батыра",
  "ул. Жамбыла",
  "ул. Сатпаева",
  "ул. Валиханова",
  "ул. Найманбаева",
  "ул. Танирбергенова",
  "ул. Глинки",
  "ул. Ломоносова",
  "ул. Уранхаева",
  "ул. Кутжанова",
  "ул. Физкультурная",
  "ул. Курчатова",
  "ул. Тәуелсіздік",
  "пр. Шәкәрім",
  "пр. Абая",
  "мкр. Юго-Восток",
];

/** The town of a district as an address writes it: "город Семей" → "г. Семей". */
export function townOf(districtNameRu: string): string {
  return districtNameRu.replace(/^город\s+/u, "г. ");
}

/** An address in the town, ending in the flat ("кв. N") so a neighbour's differs in it alone. */
export function addressIn(rng: () => number, town: string): string {
  const house = 1 + Math.floor(rng() * 120);
  const flat = 1 + Math.floor(rng() * 90);
  return `${town}, ${pick(rng, STREETS)}, д. ${house}, кв. ${flat}`;
}
