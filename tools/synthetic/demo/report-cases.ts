import type { ReportCategory, ReportFlag } from "@aldyn/law";
import type { DemoActor } from "./world.ts";

/** [days after the demo's today, hour, minute], Almaty time. */
export type When = readonly [number, number, number];

/** What a receiving body did with its hand-off, minutes after it was sent. */
export interface BodyActs {
  received?: number;
  accepted?: number;
  answered?: { after: number; outcome: string; forReporter?: string };
}

/**
 * One report of the demo (R6): how it came (001 Arts. 6(4), 71(8)), where, what the contact centre's
 * operator did with it, and what each body it was routed to did (001 Art. 39(3)). The bodies are those
 * the law's routing table proposes for the category and flags (routeReport), resolved as the server
 * resolves them; `acts` names what each body type did, a type not named has not acknowledged.
 */
export interface ReportCase {
  key: string;
  channel: "web" | "hotline" | "messenger" | "in_person";
  /** 0: Semey (the inspector's district), 1: Kurchatov (inspector2's). */
  district: 0 | 1;
  received: When;
  /** The official who took it by telephone or in person. */
  takenBy?: DemoActor;
  description: string;
  locationText: string;
  reporter?: { name: string; phone?: string };
  chatId?: string;
  point?: readonly [number, number];
  triage?: { after: number; category: ReportCategory; flags: readonly ReportFlag[] };
  route?: { after: number; acts: Readonly<Record<string, BodyActs>> };
}

/**
 * The demo's reports: every channel, four waiting for triage, one triaged and not yet routed, routed
 * ones with hand-offs acknowledged, accepted, answered and overdue, and one answered whose tracking
 * code the README names (report-build.ts DEMO_TRACKING_KEY).
 */
export const REPORT_CASES: readonly ReportCase[] = [
  {
    key: "answered-substance-abuse",
    channel: "hotline",
    district: 0,
    received: [-12, 11, 0],
    takenBy: "hotline.operator",
    description:
      "Звонившая сообщила, что сын соседей (15 лет) с друзьями по вечерам нюхает газ из баллончиков в подъезде; родители об этом знают, но ничего не делают.",
    locationText: "г. Семей, ул. Абая, 112, второй подъезд",
    reporter: { name: "Кенжебаева Роза", phone: "+7 705 310 22 41" },
    triage: { after: 10, category: "minor_substance_abuse", flags: ["minor_involved"] },
    route: {
      after: 15,
      acts: {
        healthcare_department: {
          received: 40,
          accepted: 180,
          answered: {
            after: 60 * 24 * 6,
            outcome:
              "Подросток с законным представителем приглашён к врачу-наркологу, проведено консультирование; семья взята под наблюдение участкового педиатра.",
            forReporter:
              "Ваше сообщение рассмотрено. Подросток и его родители приглашены на консультацию к врачу-наркологу, семье оказывается помощь. Спасибо, что сообщили.",
          },
        },
      },
    },
  },
  {
    key: "child-in-danger-answered-by-police",
    channel: "hotline",
    district: 0,
    received: [-3, 9, 10],
    takenBy: "hotline.operator",
    description:
      "Соседка сообщила, что двое детей (примерно 5 и 7 лет) второй день одни в квартире, мать не появляется, дети плачут и просят еду у соседей.",
    locationText: "г. Семей, мкр. Восточный, д. 17, кв. 40",
    reporter: { name: "Ибраева Динара", phone: "+7 777 402 18 90" },
    triage: { after: 10, category: "child_in_danger", flags: ["minor_involved"] },
    route: {
      after: 15,
      acts: {
        guardianship_body: { received: 25, accepted: 70 },
        police_department: {
          received: 10,
          accepted: 20,
          answered: {
            after: 300,
            outcome:
              "Наряд полиции выехал, дети переданы бабушке, мать установлена; материалы направлены в орган опеки и комиссию по делам несовершеннолетних.",
            forReporter:
              "По вашему сообщению выезжал наряд полиции. Дети в безопасности и переданы родственникам, материалы направлены в органы опеки.",
          },
        },
      },
    },
  },
  {
    key: "child-in-danger-overdue",
    channel: "web",
    district: 0,
    received: [-2, 14, 0],
    description:
      "В доме напротив мальчик лет десяти каждый вечер до ночи сидит на лестнице, домой его не пускают, отец пьёт. Прошу проверить.",
    locationText: "г. Семей, ул. Глинки, 8",
    triage: { after: 20, category: "child_in_danger", flags: ["minor_involved"] },
    route: { after: 30, acts: { police_department: { received: 15, accepted: 40 } } },
  },
  {
    key: "substance-abuse-to-acknowledge",
    channel: "messenger",
    district: 1,
    received: [-1, 18, 0],
    description: "У школы №3 вечером старшеклассники курят какие-то смеси, одному стало плохо.",
    locationText: "Курчатов, у школы №3",
    chatId: "500100201",
    point: [50.7571, 78.5441],
    triage: { after: 15, category: "minor_substance_abuse", flags: ["minor_involved"] },
    route: { after: 25, acts: {} },
  },
  {
    key: "school-dropout-to-answer",
    channel: "in_person",
    district: 0,
    received: [-4, 13, 0],
    takenBy: "school",
    description:
      "Классный руководитель сообщила, что ученица 8 класса не посещает школу третью неделю, семья на звонки не отвечает.",
    locationText: "г. Семей, общеобразовательная школа №1",
    reporter: { name: "Иванова Елена Петровна" },
    triage: { after: 30, category: "school_dropout", flags: ["minor_involved"] },
    route: { after: 40, acts: { education_department: { received: 30, accepted: 110 } } },
  },
  {
    key: "school-dropout-triaged",
    channel: "web",
    district: 0,
    received: [-1, 10, 5],
    description:
      "Соседский мальчик 13 лет с сентября не ходит в школу, днём гуляет во дворе, говорит, что его отчислили.",
    locationText: "г. Семей, ул. Кутузова, 31",
    triage: { after: 35, category: "school_dropout", flags: ["minor_involved"] },
  },
  {
    key: "web-waiting",
    channel: "web",
    district: 0,
    received: [-1, 21, 40],
    description:
      "Во дворе дома по ночам собираются подростки, распивают спиртное и шумят до трёх часов ночи, разбили лампы в подъезде.",
    locationText: "г. Семей, ул. Шакарима, 45, двор",
  },
  {
    key: "messenger-waiting",
    channel: "messenger",
    district: 1,
    received: [-1, 22, 15],
    description: "Возле магазина на ул. Курчатова двое мужчин избили прохожего и убежали, он сидит на земле.",
    locationText: "Курчатов, ул. Курчатова, у магазина",
    chatId: "500100377",
    reporter: { name: "Даурен" },
    point: [50.7565, 78.5412],
  },
  {
    key: "hotline-waiting",
    channel: "hotline",
    district: 0,
    received: [-1, 23, 20],
    takenBy: "hotline.operator",
    description:
      "Звонивший сообщил, что у соседей за стеной почти каждую ночь ссоры, слышны удары и плач маленького ребёнка.",
    locationText: "г. Семей, ул. Уранхаева, 5, кв. 18",
    reporter: { name: "Сергей", phone: "+7 701 555 12 34" },
  },
  {
    key: "in-person-waiting",
    channel: "in_person",
    district: 1,
    received: [-1, 16, 30],
    takenBy: "inspector2",
    description:
      "Гражданин сообщил, что несовершеннолетний сосед (около 14 лет) не посещает школу с начала месяца и днём находится на улице со взрослыми.",
    locationText: "Курчатов, ул. Абая, 9",
    reporter: { name: "Ахметов Болат", phone: "+7 702 114 56 07" },
  },
];

/**
 * Who of the demo acknowledges and answers the hand-offs a body of each type receives, in Semey and in
 * Kurchatov. What goes to the internal affairs body reaches the district's police unit (001 Art. 13;
 * the server's handoff_competent_body), so its inspector acts on it; the other bodies are the region's.
 */
export const RECEIVER_USERS: Readonly<Record<string, readonly [DemoActor, DemoActor]>> = {
  police_department: ["inspector", "inspector2"],
  guardianship_body: ["guardianship.officer", "guardianship.officer"],
  healthcare_department: ["health.officer", "health.officer"],
  education_department: ["education.officer", "education.officer"],
  family_support_centre: ["family.centre", "family.centre"],
};
