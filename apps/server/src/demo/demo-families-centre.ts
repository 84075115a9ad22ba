import type { Transaction } from "kysely";
import { DEFAULT_LAW_CONFIG } from "@aldyn/law";
import type { PlanStepInput } from "@aldyn/contract";
import type { Database } from "../db/schema.ts";
import { openAssistancePlan } from "../modules/family-support/open-plan.ts";
import { recordStepFact } from "../modules/family-support/plan-step-facts.ts";
import { registerFamily } from "../modules/family-support/register-family.ts";
import { recordService } from "../modules/family-support/services.ts";
import { createShelter } from "../modules/family-support/shelters.ts";
import { admitToShelter, departFromShelter, requestExtension } from "../modules/family-support/stays.ts";
import { openVictimRecord } from "../modules/family-support/victim-records.ts";
import { createGroup } from "../modules/mobile-groups/manage-group.ts";
import { recordVisit } from "../modules/mobile-groups/record-visit.ts";
import { informFromVisit, referFromVisit } from "../modules/mobile-groups/visit-outputs.ts";
import { createPack } from "../modules/dv-assessment/packs.ts";
import type { ActCtx } from "../modules/preventive-measures/measure-deps.ts";
import { bodyIdOf, demoCtx, demoDeps, type DemoClock, type DemoHousehold } from "./demo-families-kit.ts";
import type { DemoIncident } from "./demo-families.ts";

/**
 * The family support centre's part of the demo (001 Arts. 10(2), 54, 55, 72(2)), the mobile group's
 * (11; 10(2)(8)) and the region's assessment pack (72(4)), through the modules' use cases.
 */
export async function populateCentreDemo(
  trx: Transaction<Database>,
  c: DemoClock,
  homes: readonly DemoHousehold[],
  incidents: readonly DemoIncident[],
): Promise<void> {
  const centre = await demoCtx(trx, "family.centre");
  const familyOf = (home: number) => incidents.find((i) => i.home === home)!.familyId;
  const firstIncident = (home: number) => incidents.find((i) => i.home === home)!;
  const on = (days: number) => demoDeps(trx, c.at(days, 11));

  // 10(2)(10): the centre's records of victims, opened on the police's notice.
  for (const home of [0, 1, 2, 5]) {
    const i = firstIncident(home);
    await openVictimRecord(on(-i.daysAgo + 1), centre, {
      personId: homes[home]!.mother,
      familyId: i.familyId,
      incidentId: i.id,
      openedOn: c.day(-i.daysAgo + 1),
      source: "incident",
    });
  }

  // 54(1): families registered as in a difficult life situation.
  for (const [home, days] of [
    [0, -70],
    [7, -45],
    [1, -40],
    [2, -19],
  ] as const) {
    await registerFamily(on(days), centre, {
      familyId: familyOf(home),
      personId: homes[home]!.mother,
      issuedAt: c.at(days, 11).toISOString(),
      justification:
        "Семья в трудной жизненной ситуации: бытовое насилие, зависимость от дохода правонарушителя, дети.",
    });
  }

  await plans(trx, c, centre, homes, familyOf);
  await shelterAndStays(trx, c, centre, homes, incidents);
  await mobileGroup(trx, c, centre, homes, familyOf);
  // 72(4): the half-year's pack the region's akimat prepares for the commission, in draft.
  await createPack(
    { db: on(0).db, law: DEFAULT_LAW_CONFIG, now: () => c.at(0, 9) },
    await demoCtx(trx, "akimat.region"),
    {},
  );
}

/** 55(1), 72(5): two individual assistance plans — one with a step overdue, each with another body's step. */
async function plans(
  trx: Transaction<Database>,
  c: DemoClock,
  centre: ActCtx,
  homes: readonly DemoHousehold[],
  familyOf: (home: number) => string,
): Promise<void> {
  const akimat = await bodyIdOf(trx, "akimat");
  const school = await bodyIdOf(trx, "school");
  const step = (area: string, title: string, responsibleBodyId: string, dueIn: number): PlanStepInput => ({
    area,
    title,
    responsibleBodyId,
    dueOn: c.day(dueIn),
  });
  const first = await openAssistancePlan(demoDeps(trx, c.at(-28, 12)), centre, {
    familyId: familyOf(0),
    personId: homes[0]!.mother,
    from: c.day(-28),
    until: c.day(62),
    goal: "Безопасность потерпевшей и детей, самостоятельный доход семьи, восстановление после насилия.",
    steps: [
      step("psychological", "Курс консультаций психолога для матери и детей", centre.actor.bodyId, -14),
      step("legal", "Помощь в подаче иска о взыскании алиментов", centre.actor.bodyId, -4),
      step("employment", "Направление в центр занятости, подбор вакансий и курсов", akimat, 10),
      step("education", "Место в школе и кружке по месту временного проживания", school, 20),
    ],
  });
  const steps = await trx
    .selectFrom("assistance_plan_step")
    .select(["id", "seq"])
    .where("measure_id", "=", first)
    .orderBy("seq")
    .execute();
  const psych = steps[0]!.id;
  await recordStepFact(demoDeps(trx, c.at(-21, 16)), centre, first, psych, {
    type: "progress",
    at: c.at(-21, 15).toISOString(),
    note: "Проведены 3 из 6 консультаций.",
  });
  await recordStepFact(demoDeps(trx, c.at(-15, 16)), centre, first, psych, {
    type: "done",
    at: c.at(-15, 15).toISOString(),
    note: "Курс завершён.",
  });
  await recordService(demoDeps(trx, c.at(-15, 16)), centre, {
    personId: homes[0]!.mother,
    familyId: familyOf(0),
    deliveredOn: c.day(-15),
    area: "psychological",
    planStepId: psych,
    note: "Групповая и индивидуальная консультация психолога.",
  });
  await openAssistancePlan(demoDeps(trx, c.at(-5, 12)), centre, {
    familyId: familyOf(1),
    personId: homes[1]!.mother,
    from: c.day(-5),
    until: c.day(85),
    goal: "Социальная поддержка семьи и правовая помощь после повторных случаев насилия.",
    steps: [
      step("social", "Оформление адресной социальной помощи", akimat, 2),
      step("legal", "Консультация юриста по разделу имущества", centre.actor.bodyId, 15),
    ],
  });
  await recordService(demoDeps(trx, c.at(-4, 16)), centre, {
    personId: homes[1]!.mother,
    familyId: familyOf(1),
    deliveredOn: c.day(-4),
    area: "legal",
    note: "Разъяснены права потерпевшей и порядок получения защитного предписания.",
  });
}

/** 10(2)(4), 72(2): the centre's shelter of 12 places and its stays of up to a month. */
async function shelterAndStays(
  trx: Transaction<Database>,
  c: DemoClock,
  centre: ActCtx,
  homes: readonly DemoHousehold[],
  incidents: readonly DemoIncident[],
): Promise<void> {
  const shelterId = await createShelter(demoDeps(trx, c.at(-120)), centre, {
    name: "Кризисный центр «Қамқор»",
    address: "ул. Абая, 12 (адрес не сообщается посторонним)",
    places: 12,
  });
  const stay = async (home: number, admitted: number, until: number, children = false) => {
    const i = incidents.find((x) => x.home === home)!;
    const ids: string[] = [];
    for (const personId of [homes[home]!.mother, ...(children ? homes[home]!.children : [])])
      ids.push(
        await admitToShelter(demoDeps(trx, c.at(admitted, 14)), centre, {
          shelterId,
          personId,
          familyId: i.familyId,
          incidentId: i.id,
          admittedOn: c.day(admitted),
          plannedUntil: c.day(until),
        }),
      );
    return ids[0]!;
  };
  // Ending in two days; asked to stay longer than a month, refused and recorded (72(2)).
  const ending = await stay(0, -27, 2, true);
  await requestExtension(demoDeps(trx, c.at(-1, 15)), centre, ending, {
    requestedUntil: c.day(12),
    note: "Просьба продлить проживание до выхода на работу.",
  });
  // Past its term without a departure recorded: the centre must act.
  await stay(7, -33, -4);
  // A stay that ended.
  const left = await stay(2, -19, 5);
  await departFromShelter(demoDeps(trx, c.at(-6, 12)), centre, left, {
    departedOn: c.day(-6),
    note: "Переехала к родственникам.",
  });
  await stay(4, -2, 20, true);
  await stay(5, -1, 25);
}

/** 10(2)(8), 11: the district's mobile group, its visits, what it told the police and the centre. */
async function mobileGroup(
  trx: Transaction<Database>,
  c: DemoClock,
  centre: ActCtx,
  homes: readonly DemoHousehold[],
  familyOf: (home: number) => string,
): Promise<void> {
  const member = await demoCtx(trx, "mobile.group");
  const dv = await demoCtx(trx, "dv.inspector");
  const hospital = await trx
    .selectFrom("body")
    .select("id")
    .where("type", "=", "healthcare_org")
    .orderBy("name_ru")
    .executeTakeFirstOrThrow();
  const since = c.day(-90);
  const deps = (days: number) => demoDeps(trx, c.at(days, 17));
  const group = await createGroup(deps(-90), centre, {
    name: "Мобильная группа района №1",
    formedOn: since,
    members: [
      { bodyId: centre.actor.bodyId, userId: centre.userId, since },
      { bodyId: member.actor.bodyId, userId: member.userId, since },
      { bodyId: dv.actor.bodyId, userId: dv.userId, since },
      { bodyId: hospital.id, fullName: "Жунусова Алма Сериковна (участковый врач)", since },
    ],
  });
  const persons = (home: number, role: "identified" | "victim") => [
    { personId: homes[home]!.mother, role },
    ...homes[home]!.children.map((personId) => ({ personId, role: "child" as const })),
  ];
  const quiet = await recordVisit(deps(-25), member, group.id, {
    visitedOn: c.day(-25),
    place: "Подворный обход, микрорайон Восточный",
    findings:
      "Многодетная семья без постоянного дохода, дети не посещают кружки; признаков насилия не выявлено. Нужна социальная поддержка.",
    signsOfViolence: false,
    persons: persons(8, "identified"),
  });
  await referFromVisit(deps(-25), member, quiet.id, {});
  const violent = await recordVisit(deps(-9), member, group.id, {
    visitedOn: c.day(-9),
    place: "Адрес семьи (по сообщению школы)",
    familyId: familyOf(3),
    findings:
      "Мать сообщила о систематических оскорблениях и угрозах со стороны супруга; у ребёнка тревожность.",
    signsOfViolence: true,
    persons: persons(3, "victim"),
  });
  // Signs of violence told the police with the visit (11(2)); the group tells guardianship of the child too.
  await informFromVisit(deps(-9), member, violent.id, { bodyType: "guardianship_body" });
  const recent = await recordVisit(deps(-1), member, group.id, {
    visitedOn: c.day(-1),
    place: "Подворный обход, улица Шакарима",
    findings:
      "Мать одна воспитывает троих детей, задолженность по коммунальным платежам, отключено отопление.",
    signsOfViolence: false,
    persons: persons(9, "identified"),
  });
  await referFromVisit(deps(-1), member, recent.id, {});
}
