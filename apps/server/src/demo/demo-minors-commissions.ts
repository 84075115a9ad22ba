import type { Transaction } from "kysely";
import type { CommissionMemberCreate } from "@aldyn/contract";
import type { Database } from "../db/schema.ts";
import { addMember, endMember } from "../modules/minors-commissions/members.ts";
import { createCommission } from "../modules/minors-commissions/commissions.ts";
import type { DemoClock } from "./demo-families-kit.ts";
import type { ActAs, MinorsBodies } from "./demo-minors-kit.ts";

/**
 * The demo's commissions on minors' affairs (001 Art. 79), written as the akimats would through the
 * module's use cases: the region's commission and the two districts' commissions under it (79(2),
 * 79(6)(4)), each with a chair who is the deputy akim, a deputy chair, members from the bodies of
 * 79(5) and one secretary (79(4)). The first district's commission is full and its secretary, one
 * member and the chair are the demo users commission.secretary, commission.member and commission.chair;
 * the second district's has gaps (no culture, justice, employment, ombudspersons) and a member whose
 * term ended, as a real composition has.
 */

type Row = readonly [CommissionMemberCreate["role"], CommissionMemberCreate["represents"], string, string];

/** The first district's composition: [role, whom the member represents (79(5)), name, position]. */
const D1: readonly Row[] = [
  ["chair", "akimat", "Оспанов Бахыт Серикович", "Заместитель акима района"],
  ["deputy_chair", "education", "Тулегенова Раушан Ахметовна", "Руководитель отдела образования района"],
  ["secretary", "akimat", "Нурланова Асель Сериковна", "Главный специалист аппарата акима района"],
  ["member", "guardianship", "Бекова Динара Талгатовна", "Специалист по опеке и попечительству"],
  ["member", "internal_affairs", "Ахметова Айгуль Маратовна", "Инспектор по делам несовершеннолетних"],
  ["member", "maslikhat", "Сейткали Ержан Болатович", "Депутат маслихата района"],
  ["member", "culture", "Жунусова Алма Кенесовна", "Руководитель отдела культуры района"],
  ["member", "healthcare", "Каримов Руслан Ерланович", "Врач-педиатр районной поликлиники"],
  ["member", "justice", "Абдуллина Сабина Маратовна", "Специалист отдела юстиции района"],
  ["member", "employment", "Мухамеджанов Талгат Нурланович", "Руководитель отдела занятости района"],
  ["member", "family_support_centre", "Сапарова Гульнара Ивановна", "Специалист центра поддержки семьи"],
  ["member", "child_ombudsperson", "Искакова Мадина Ерболовна", "Уполномоченный по правам ребёнка в области"],
  [
    "member",
    "human_rights_ombudsperson",
    "Тлеубаев Нурсултан Кайратович",
    "Представитель Уполномоченного по правам человека",
  ],
  ["member", "psychologist", "Ким Елена Викторовна", "Психолог общеобразовательной школы"],
  [
    "member",
    "public_organisation",
    "Рахимова Жанар Сериковна",
    "Председатель общественного объединения «Балалар»",
  ],
];

const REGION: readonly Row[] = [
  ["chair", "akimat", "Ермеков Нурлан Абаевич", "Заместитель акима области"],
  [
    "deputy_chair",
    "education",
    "Садвакасова Гульмира Ерлановна",
    "Руководитель управления образования области",
  ],
  ["secretary", "akimat", "Жаксыбекова Айнур Маратовна", "Главный специалист аппарата акима области"],
  ["member", "internal_affairs", "Касымов Ерлан Бауржанович", "Начальник департамента полиции области"],
  [
    "member",
    "healthcare",
    "Оспанова Гаухар Мейрамовна",
    "Заместитель руководителя управления здравоохранения",
  ],
  ["member", "guardianship", "Смагулова Айжан Ерболовна", "Руководитель отдела опеки и попечительства"],
  ["member", "child_ombudsperson", "Искакова Мадина Ерболовна", "Уполномоченный по правам ребёнка в области"],
];

const D2: readonly Row[] = [
  ["chair", "akimat", "Байтенов Асхат Муратович", "Заместитель акима района"],
  ["deputy_chair", "internal_affairs", "Омарова Дана Ерлановна", "Участковый инспектор полиции"],
  ["secretary", "akimat", "Жумагалиева Салтанат Болатовна", "Главный специалист аппарата акима района"],
  ["member", "education", "Кенжебаева Лаура Айдаровна", "Методист отдела образования района"],
  ["member", "healthcare", "Абилов Даурен Сакенович", "Врач районной больницы"],
  ["member", "family_support_centre", "Тасова Айгерим Нуржановна", "Специалист центра поддержки семьи"],
];

export interface DemoCommissions {
  readonly members: number;
}

/**
 * Registers the three commissions and their compositions, established 400 days before today: the
 * region's by the region's akimat, the districts' by the district's akimat (79(2)) — the second
 * district's by the region's, as the demo has no officer of its akimat.
 */
export async function populateCommissions(
  trx: Transaction<Database>,
  c: DemoClock,
  b: MinorsBodies,
  as: ActAs,
): Promise<DemoCommissions> {
  const users = await trx
    .selectFrom("app_user")
    .select(["id", "username"])
    .where("username", "in", ["commission.secretary", "commission.member", "commission.chair"])
    .execute();
  const userOf = (u: string) => users.find((x) => x.username === u)?.id;
  const linked: Readonly<Record<string, string | undefined>> = {
    "Оспанов Бахыт Серикович": userOf("commission.chair"),
    "Нурланова Асель Сериковна": userOf("commission.secretary"),
    "Бекова Динара Талгатовна": userOf("commission.member"),
  };
  const established = c.day(-400);
  const region = await as("akimat.region", -400);
  await createCommission(region.deps, region.ctx, {
    bodyId: b.commissionRegion,
    level: "region",
    establishedOn: established,
    establishedBy: `Постановление акимата области № 118 от ${established}`,
  });
  const district = await as("akimat", -400);
  await createCommission(district.deps, district.ctx, {
    bodyId: b.commissionD1,
    level: "district",
    parentBodyId: b.commissionRegion,
    establishedOn: established,
    establishedBy: `Постановление акимата района № 57 от ${established}`,
  });
  await createCommission(region.deps, region.ctx, {
    bodyId: b.commissionD2,
    level: "district",
    parentBodyId: b.commissionRegion,
    establishedOn: established,
    establishedBy: `Постановление акимата района № 61 от ${established}`,
  });
  const represented: Partial<Record<CommissionMemberCreate["represents"], string>> = {
    internal_affairs: b.police,
    education: b.education,
    guardianship: b.guardianship,
    healthcare: b.health,
    family_support_centre: b.familyCentre,
  };
  let members = 0;
  const compose = async (username: string, bodyId: string, rows: readonly Row[], linkUsers: boolean) => {
    const a = await as(username, -399);
    for (const [role, represents, fullName, position] of rows) {
      const userId = linkUsers ? linked[fullName] : undefined;
      const representsBodyId = represented[represents];
      await addMember(a.deps, a.ctx, bodyId, {
        fullName,
        position,
        role,
        represents,
        since: c.day(-399),
        until: c.day(700),
        ...(role === "chair" ? { chairIsDeputyAkim: true } : {}),
        ...(userId ? { userId } : {}),
        ...(representsBodyId ? { representsBodyId } : {}),
      });
      members++;
    }
  };
  await compose("akimat.region", b.commissionRegion, REGION, false);
  await compose("akimat", b.commissionD1, D1, true);
  await compose("akimat.region", b.commissionD2, D2, false);
  // A member of the second district's commission who left: the composition keeps who sat on it.
  const left = await as("akimat.region", -120);
  const gone = await addMember(left.deps, left.ctx, b.commissionD2, {
    fullName: "Сарсенов Марат Кайратович",
    position: "Руководитель отдела занятости района",
    role: "member",
    represents: "employment",
    since: c.day(-399),
  });
  await endMember(left.deps, left.ctx, b.commissionD2, gone, {
    endedOn: c.day(-120),
    reason: "Переведён на другую должность",
  });
  return { members: members + 1 };
}
