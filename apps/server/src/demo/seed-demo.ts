import type { Db } from "../db/pool.ts";
import { hashPassword } from "../auth/passwords.ts";
import { populateDemo, type DemoPopulation } from "./populate-demo.ts";
import { populateFamiliesDemo } from "./demo-families.ts";
import { populateMinorsDemo } from "./demo-minors.ts";
import { DEMO_USERS } from "./demo-users.ts";

export { DEMO_USERS };

interface Name {
  kk: string;
  ru: string;
  en: string;
}

function names(kk: string, ru: string, en: string): Name {
  return { kk, ru, en };
}

/**
 * Demo data: one region with two districts fully populated with bodies, one user
 * per role, and the region's cases (populate-demo.ts: `population.persons` persons, on the day of
 * `population.now`). Runs once, on a database that has no users yet, in one transaction: a first start
 * cut short leaves no users, and the next start seeds everything again.
 */
export async function seedDemo(
  db: Db,
  password: string,
  regionCode?: string,
  population: { persons?: number; now?: Date } = {},
): Promise<DemoPopulation> {
  const region = await db
    .selectFrom("territory")
    .selectAll()
    .where("level", "=", "region")
    .where((eb) => (regionCode ? eb("code", "=", regionCode) : eb("kind", "=", "region")))
    .orderBy("code")
    .executeTakeFirstOrThrow();
  const [d1, d2] = await db
    .selectFrom("territory")
    .selectAll()
    .where("parent_id", "=", region.id)
    .orderBy("code")
    .limit(2)
    .execute();
  const country = await db
    .selectFrom("territory")
    .selectAll()
    .where("level", "=", "country")
    .executeTakeFirstOrThrow();
  if (!d1 || !d2) throw new Error(`Region ${region.code} needs two districts for the demo.`);
  const R = { kk: region.name_kk, ru: region.name_ru, en: region.name_en };
  const D1 = { kk: d1.name_kk, ru: d1.name_ru, en: d1.name_en };
  const D2 = { kk: d2.name_kk, ru: d2.name_ru, en: d2.name_en };
  const hashed = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const ids = new Map<string, string>();
    const body = async (key: string, type: string, territoryId: string, name: Name, parent?: string) => {
      const row = await trx
        .insertInto("body")
        .values({
          name_kk: name.kk,
          name_ru: name.ru,
          name_en: name.en,
          type,
          territory_id: territoryId,
          parent_id: parent ? ids.get(parent)! : null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      ids.set(key, row.id);
    };
    await body(
      "ministry",
      "ministry",
      country.id,
      names("ҚР Ішкі істер министрлігі", "Министерство внутренних дел РК", "Ministry of Internal Affairs"),
    );
    await body(
      "operator",
      "system_operator",
      country.id,
      names("Aldyn жүйесінің операторы", "Оператор системы Aldyn", "Aldyn system operator"),
    );
    await body(
      "commissioner",
      "commissioner_office",
      country.id,
      names(
        "Адам құқықтары жөніндегі уәкіл кеңсесі",
        "Аппарат Уполномоченного по правам человека",
        "Office of the Commissioner for Human Rights",
      ),
    );
    await body(
      "council",
      "coordinating_council",
      country.id,
      names("ҰАМ үйлестіру кеңесі", "Координационный совет НПМ", "NPM Coordinating Council"),
      "commissioner",
    );
    await body(
      "police_region",
      "police_department",
      region.id,
      names(`${R.kk} полиция департаменті`, `Департамент полиции: ${R.ru}`, `Police Department of ${R.en}`),
      "ministry",
    );
    // 001 Art. 72(4): the regional interdepartmental commission that assesses the support of families
    // every six months is organised by the region's local executive body.
    await body(
      "akimat_region",
      "akimat",
      region.id,
      names(`${R.kk} әкімдігі`, `Акимат: ${R.ru}`, `Akimat of ${R.en}`),
    );
    await body(
      "prosecutor_region",
      "prosecutor_office",
      region.id,
      names(`${R.kk} прокуратурасы`, `Прокуратура: ${R.ru}`, `Prosecutor's Office of ${R.en}`),
    );
    await body(
      "education_region",
      "education_department",
      region.id,
      names(`${R.kk} білім басқармасы`, `Управление образования: ${R.ru}`, `Education Department of ${R.en}`),
    );
    // 001 Art. 22: guardianship of children is a function of the local education bodies; the demo's
    // body serves the whole region, so a report still without a district finds it (nearest first).
    await body(
      "guardianship",
      "guardianship_body",
      region.id,
      names(
        `${R.kk} білім басқармасының қорғаншылық және қамқоршылық бөлімі`,
        `Отдел опеки и попечительства управления образования: ${R.ru}`,
        `Guardianship and Trusteeship Office of the Education Department of ${R.en}`,
      ),
      "education_region",
    );
    // 001 Art. 25: the region's local state healthcare management body.
    await body(
      "health_region",
      "healthcare_department",
      region.id,
      names(
        `${R.kk} денсаулық сақтау басқармасы`,
        `Управление здравоохранения: ${R.ru}`,
        `Healthcare Department of ${R.en}`,
      ),
    );
    // 001 Art. 71(8): a hotline for reports of infractions; the demo's number is 11616.
    await body(
      "contact_centre",
      "contact_centre",
      region.id,
      names(
        `${R.kk} 11616 байланыс орталығы`,
        `Контакт-центр 11616: ${R.ru}`,
        `Contact centre 11616 of ${R.en}`,
      ),
      "police_region",
    );
    await body(
      "commission_region",
      "minors_commission",
      region.id,
      names(
        `${R.kk} кәмелетке толмағандардың істері жөніндегі комиссия`,
        `Комиссия по делам несовершеннолетних: ${R.ru}`,
        `Commission on Minors' Affairs of ${R.en}`,
      ),
    );
    await body(
      "commissioner_region",
      "commissioner_office",
      region.id,
      names(
        `${R.kk} бойынша Уәкілдің өкілі`,
        `Представитель Уполномоченного: ${R.ru}`,
        `Commissioner's Representative in ${R.en}`,
      ),
      "commissioner",
    );
    await body(
      "special_school",
      "special_education_org",
      region.id,
      names(
        "Арнайы білім беру ұйымы",
        "Специальная организация образования",
        "Special educational organisation",
      ),
      "education_region",
    );
    await body(
      "adaptation_centre",
      "adaptation_centre",
      region.id,
      names(
        "Кәмелетке толмағандарды бейімдеу орталығы",
        "Центр адаптации несовершеннолетних",
        "Minors' adaptation centre",
      ),
      "police_region",
    );
    await body(
      "detention",
      "place_of_detention",
      region.id,
      names("Тергеу изоляторы", "Следственный изолятор", "Pre-trial detention centre"),
    );
    await body(
      "hospital",
      "healthcare_org",
      region.id,
      names(
        "Облыстық психикалық денсаулық орталығы",
        "Областной центр психического здоровья",
        "Regional mental health centre",
      ),
    );
    for (const [n, d, D] of [
      [1, d1, D1],
      [2, d2, D2],
    ] as const) {
      await body(
        `police_d${n}`,
        "police_unit",
        d.id,
        names(`${D.kk} полиция бөлімі`, `Отдел полиции: ${D.ru}`, `Police unit of ${D.en}`),
        "police_region",
      );
      await body(
        `akimat_d${n}`,
        "akimat",
        d.id,
        names(`${D.kk} әкімдігі`, `Акимат: ${D.ru}`, `Akimat of ${D.en}`),
      );
      await body(
        `school_d${n}`,
        "school",
        d.id,
        names(
          `№${n} жалпы білім беретін мектеп (${D.kk})`,
          `Общеобразовательная школа №${n} (${D.ru})`,
          `Secondary school No. ${n} (${D.en})`,
        ),
        "education_region",
      );
      await body(
        `family_centre_d${n}`,
        "family_support_centre",
        d.id,
        names(
          `Отбасын қолдау орталығы (${D.kk})`,
          `Центр поддержки семьи (${D.ru})`,
          `Family support centre (${D.en})`,
        ),
      );
      await body(
        `commission_d${n}`,
        "minors_commission",
        d.id,
        names(`${D.kk} КТІЖК`, `КДН: ${D.ru}`, `Commission on Minors' Affairs of ${D.en}`),
        "commission_region",
      );
    }
    for (const u of DEMO_USERS) {
      await trx
        .insertInto("app_user")
        .values({
          username: u.username,
          full_name: u.fullName,
          body_id: ids.get(u.body)!,
          roles: [u.role],
          password_hash: hashed,
          must_change_password: false,
        })
        .execute();
    }
    const written = await populateDemo(trx, population);
    await populateFamiliesDemo(trx, population.now ?? new Date());
    await populateMinorsDemo(trx, population.now ?? new Date());
    return written;
  });
}

/** Outside demo mode: one national administrator whose first password must be changed at first login. */
export async function seedFirstAdmin(db: Db, password: string): Promise<void> {
  const country = await db
    .selectFrom("territory")
    .select("id")
    .where("level", "=", "country")
    .executeTakeFirstOrThrow();
  const hashed = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    const b = await trx
      .insertInto("body")
      .values({
        name_kk: "Aldyn жүйесінің операторы",
        name_ru: "Оператор системы Aldyn",
        name_en: "Aldyn system operator",
        type: "system_operator",
        territory_id: country.id,
        parent_id: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("app_user")
      .values({
        username: "admin",
        full_name: "System administrator",
        body_id: b.id,
        roles: ["system_admin"],
        password_hash: hashed,
        must_change_password: true,
      })
      .execute();
  });
}
