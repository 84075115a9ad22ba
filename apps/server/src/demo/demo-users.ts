import type { Role } from "../access/roles.ts";

/** The demo logins: one user per role. */
export const DEMO_USERS: ReadonlyArray<{ username: string; role: Role; body: string; fullName: string }> = [
  {
    username: "inspector",
    role: "police_inspector_local",
    body: "police_d1",
    fullName: "Серикбаев Нурлан Асланович",
  },
  {
    username: "inspector2",
    role: "police_inspector_local",
    body: "police_d2",
    fullName: "Омарова Дана Ерлановна",
  },
  {
    username: "juvenile",
    role: "police_inspector_juvenile",
    body: "police_d1",
    fullName: "Ахметова Айгуль Маратовна",
  },
  {
    username: "dv.inspector",
    role: "police_inspector_dv",
    body: "police_d1",
    fullName: "Жумабекова Сауле Кайратовна",
  },
  {
    username: "police.head",
    role: "police_head",
    body: "police_region",
    fullName: "Касымов Ерлан Бауржанович",
  },
  {
    username: "school",
    role: "school_council_member",
    body: "school_d1",
    fullName: "Иванова Елена Петровна",
  },
  {
    username: "commission.secretary",
    role: "minors_commission_secretary",
    body: "commission_d1",
    fullName: "Нурланова Асель Сериковна",
  },
  {
    username: "commission.member",
    role: "minors_commission_member",
    body: "commission_d1",
    fullName: "Бекова Динара Талгатовна",
  },
  // The commission's chair, the deputy akim (001 Art. 79(4)): a member of the commission who signs its
  // protocols with the secretary (demo-minors-commissions.ts links the account to the chair's row).
  {
    username: "commission.chair",
    role: "minors_commission_member",
    body: "commission_d1",
    fullName: "Оспанов Бахыт Серикович",
  },
  {
    username: "family.centre",
    role: "family_centre_specialist",
    body: "family_centre_d1",
    fullName: "Сапарова Гульнара Ивановна",
  },
  { username: "akimat", role: "akimat_officer", body: "akimat_d1", fullName: "Туленов Арман Муратович" },
  {
    username: "prosecutor",
    role: "prosecutor",
    body: "prosecutor_region",
    fullName: "Абдрахманов Тимур Ерболович",
  },
  { username: "analyst", role: "analyst", body: "police_region", fullName: "Ким Виктория Сергеевна" },
  {
    username: "npm.participant",
    role: "npm_participant",
    body: "commissioner_region",
    fullName: "Есенова Жанар Болатовна",
  },
  {
    username: "commissioner",
    role: "commissioner_representative",
    body: "commissioner",
    fullName: "Мусин Айдар Кенжеевич",
  },
  {
    username: "council",
    role: "coordinating_council_member",
    body: "council",
    fullName: "Алиева Мадина Рустемовна",
  },
  { username: "admin", role: "system_admin", body: "operator", fullName: "Системный администратор" },
  { username: "auditor", role: "auditor", body: "ministry", fullName: "Лебедев Андрей Николаевич" },
  // The bodies reports are routed to (001 Art. 39(3)) and the contact centre that routes them (71(8)).
  {
    username: "hotline.operator",
    role: "hotline_operator",
    body: "contact_centre",
    fullName: "Жакупова Алия Нурлановна",
  },
  {
    username: "guardianship.officer",
    role: "guardianship_officer",
    body: "guardianship",
    fullName: "Смагулова Айжан Ерболовна",
  },
  {
    username: "guardianship.head",
    role: "body_head",
    body: "guardianship",
    fullName: "Искаков Нурбол Сабитович",
  },
  {
    username: "health.officer",
    role: "health_officer",
    body: "health_region",
    fullName: "Оспанова Гаухар Мейрамовна",
  },
  {
    username: "education.officer",
    role: "education_officer",
    body: "education_region",
    fullName: "Байжанов Ермек Талгатович",
  },
  // Families in difficult life situations (001 Arts. 10, 11, 72): the region's akimat prepares the
  // commission's six-monthly assessment (72(4)); the school's social pedagogue is in the district's
  // mobile group (10(2)(8)).
  {
    username: "akimat.region",
    role: "akimat_officer",
    body: "akimat_region",
    fullName: "Садыкова Жанна Ермековна",
  },
  {
    username: "mobile.group",
    role: "mobile_group_member",
    body: "school_d1",
    fullName: "Абенова Гульмира Кайратовна",
  },
];
