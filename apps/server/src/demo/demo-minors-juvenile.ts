import { placeOnRegister } from "../modules/preventive-register/place-on-register.ts";
import { addActivity, recordCheck } from "../modules/registered-minors/activities.ts";
import { recordMinorRestriction } from "../modules/registered-minors/restrictions.ts";
import type { DemoClock } from "./demo-families-kit.ts";
import type { ActAs, DemoMinor } from "./demo-minors-kit.ts";

/**
 * A minor on the preventive register of the first district (001 Art. 82), as the juvenile inspector
 * records it through the modules' use cases: placed on the register three months ago for substance
 * use (59(2)), the restrictions a judge imposed on the police's reasoned submission (82(3)) and two
 * rehabilitation activities (82(2)) — a mentor checked last week, and family counselling whose monthly
 * check is due. Returns the entry.
 */
export async function populateRegisteredMinor(c: DemoClock, as: ActAs, minor: DemoMinor): Promise<string> {
  const placing = await as("juvenile", -90, 12);
  const entryId = await placeOnRegister(placing.deps, placing.ctx, {
    personId: minor.id,
    ground: "59.2.10_minor_substance_abuse",
    placedOn: c.day(-90),
    rightsExplained: true,
    note: "Доставлен в состоянии алкогольного опьянения; законный представитель уведомлён",
  });
  const entry = { id: entryId };
  const ruled = await as("juvenile", -45, 15);
  await recordMinorRestriction(ruled.deps, ruled.ctx, entry.id, {
    kind: "imposed",
    restrictions: ["82.3.1_designated_places", "82.3.4_alcohol_or_drugs"],
    imposedBy: "court",
    court: "Специализированный межрайонный суд по делам несовершеннолетних",
    rulingNumber: `2-${String(400 + Number(c.today.slice(8, 10))).padStart(4, "0")}`,
    rulingOn: c.day(-45),
    policeSubmissionOn: c.day(-60),
    note: "Запрет посещения мест, определённых судом, с 22:00 до 06:00",
  });
  const start = await as("juvenile", -40, 11);
  const mentor = await addActivity(start.deps, start.ctx, entry.id, {
    activity: "82.2.5_mentoring",
    provider: "Наставник: Жумабаев Арман Серикович, тренер спортивной школы",
    fromOn: c.day(-40),
    untilOn: c.day(140),
    duties: "Встречи с наставником два раза в неделю, занятия в секции бокса",
  });
  const family = await addActivity(start.deps, start.ctx, entry.id, {
    activity: "82.2.8_family_counselling",
    provider: "Центр поддержки семьи района",
    fromOn: c.day(-40),
    duties: "Семейные консультации с психологом раз в неделю вместе с матерью",
  });
  // The counselling was last checked 35 days ago: its monthly check is due (82(2), ACTIVITY_CHECK_DAYS).
  const old = await as("juvenile", -35, 16);
  await recordCheck(old.deps, old.ctx, family, {
    checkedOn: c.day(-35),
    outcome: "irregular",
    note: "Пропущены две консультации",
  });
  const checked = await as("juvenile", -7, 16);
  await recordCheck(checked.deps, checked.ctx, mentor, {
    checkedOn: c.day(-7),
    outcome: "attends",
    note: "Посещает тренировки, наставник характеризует положительно",
  });
  return entry.id;
}
