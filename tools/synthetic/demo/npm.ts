import {
  addCalendarDays,
  legalDateOf,
  validateVisitGroup,
  visitReportDueDate,
  type LegalDate,
  type NpmInstitution,
  type NpmInstitutionKind,
  type NpmParticipantRecord,
} from "@aldyn/law";
import { uuidOf } from "../prng.ts";
import type { DemoWorld } from "./world.ts";

type Row = Record<string, unknown>;

/** The demo region's NPM rows by table, parents first (the complaints are numbered when written). */
export interface NpmRows {
  participants: Row[];
  institutions: Row[];
  plans: Row[];
  planVisits: Row[];
  visits: Row[];
  facts: Row[];
  reports: Row[];
  recommendations: Row[];
  complaints: Row[];
  annualReports: Row[];
  annualRecipients: Row[];
}

const PARTICIPANTS: readonly [string, string][] = [
  ["Жумагулова Айгерим Сериковна", "lawyer"],
  ["Петренко Ольга Викторовна", "doctor"],
  ["Касенов Бахыт Ерланович", "social_worker"],
  ["Ибраева Салтанат Маратовна", "public_association_member"],
  ["Ли Вадим Олегович", "lawyer"],
];

const INSTITUTIONS: readonly [string, NpmInstitutionKind, string, string][] = [
  [
    "Центр адаптации несовершеннолетних",
    "minors_adaptation_centre",
    "г. Семей, ул. Глинки, д. 14",
    "Министерство внутренних дел",
  ],
  [
    "Изолятор временного содержания УП г. Семей",
    "temporary_isolation_facility",
    "г. Семей, ул. Абая, д. 102",
    "Министерство внутренних дел",
  ],
  [
    "Учреждение средней безопасности",
    "penal_institution",
    "г. Семей, ул. Ауэзова, д. 57",
    "Комитет уголовно-исполнительной системы МВД",
  ],
  [
    "Областной центр психического здоровья",
    "healthcare_organisation",
    "г. Семей, ул. Физкультурная, д. 9",
    "Управление здравоохранения",
  ],
  [
    "Специальная организация образования",
    "special_educational_organisation",
    "г. Семей, ул. Кутжанова, д. 31",
    "Управление образования",
  ],
  ["Дом ребёнка", "child_care_organisation", "г. Семей, ул. Танирбергенова, д. 6", "Управление образования"],
  [
    "Центр оказания специальных социальных услуг",
    "special_social_services_organisation",
    "г. Курчатов, ул. Курчатова, д. 20",
    "Управление занятости и социальных программ",
  ],
  [
    "Специальный приёмник УП г. Семей",
    "other_organisation",
    "г. Семей, ул. Уранхаева, д. 44",
    "Министерство внутренних дел",
  ],
];

// Periodic visits (003 p.3(1)) as [institution, first day relative to today]; each lasts two days. The
// last two await their group's report (003 p.28): one late, one still in its ten days. None starts in
// the last days, so the newest visit in a list is one an official has just decided.
const VISITS: readonly [number, number][] = [
  [0, -420],
  [1, -380],
  [2, -330],
  [3, -300],
  [4, -250],
  [5, -160],
  [6, -75],
  [0, -25],
  [2, -6],
];
/** Planned and not yet decided: in this year's plan only. */
const PLANNED: readonly [number, number][] = [
  [1, 9],
  [3, 23],
];

const FINDINGS = [
  "Условия содержания в целом соответствуют требованиям; в двух камерах недостаточное освещение.",
  "Медицинская документация ведётся с нарушениями; жалоб на применение пыток не поступило.",
  "Переполненность спальных помещений, отсутствие прогулок в выходные дни.",
];
const RECOMMENDATIONS: readonly [string, string][] = [
  ["Департамент полиции области Абай", "Обеспечить достаточное освещение камер и ежедневные прогулки."],
  ["Управление здравоохранения", "Привести ведение медицинской документации в соответствие с требованиями."],
  ["Управление образования", "Обеспечить отдельные помещения для вновь поступивших воспитанников."],
];
const STATUSES = ["implemented", "answered", "in_progress", "open"] as const;

/**
 * The national preventive mechanism in the demo region (000 Arts. 26-36; 003): five certified
 * participants, eight institutions of every kind, the yearly plans approved by the Council (003 p.6),
 * periodic visits by groups of three (003 p.8, checked by the law) with their reports, recommendations
 * and a complaint, two visits of this year's plan still to come (one decided), and the last annual
 * report with the state bodies' answers (000 Arts. 34, 36(2)). One institution has gone four
 * years without a visit (003 p.3(1)). Pure in the world: ids and dates follow from the seed and day.
 */
export function buildNpm(world: DemoWorld): NpmRows {
  const today = legalDateOf(new Date(world.now));
  const on = (d: number) => addCalendarDays(today, d);
  const id = (what: string) => uuidOf(`demo:${world.seed}:npm:${what}`);
  const region = world.region.code;
  const out: NpmRows = {
    participants: [],
    institutions: [],
    plans: [],
    planVisits: [],
    visits: [],
    facts: [],
    reports: [],
    recommendations: [],
    complaints: [],
    annualReports: [],
    annualRecipients: [],
  };
  const group: NpmParticipantRecord[] = PARTICIPANTS.map(([fullName, category], k) => {
    const selectedOn = on(-900 - 30 * k);
    const record = {
      id: id(`participant:${k}`),
      region,
      selectedOn,
      certificateIssuedOn: addCalendarDays(selectedOn, 14),
      termination: null,
    };
    out.participants.push({
      id: record.id,
      full_name: fullName,
      categories: [category],
      region_code: region,
      selected_on: selectedOn,
      candidate: { citizenOfKazakhstan: true },
      certificate_number: `НПМ-${region}-${String(k + 1).padStart(3, "0")}`,
      certificate_issued_on: record.certificateIssuedOn,
    });
    return record;
  });
  const institutions: NpmInstitution[] = INSTITUTIONS.map(([name, kind, address, department], i) => {
    // The visit before the system: recent enough that none is late, except the last institution's.
    const before = i === INSTITUTIONS.length - 1 ? on(-4 * 365 - 40) : on(-700 - 60 * i);
    out.institutions.push({
      id: id(`institution:${i}`),
      name,
      kind,
      region_code: region,
      address,
      capacity: 30 + 25 * i,
      department,
      subject_since: "2015-01-01",
      last_periodic_visit_before: before,
    });
    return { id: id(`institution:${i}`), kind, region, lastPeriodicVisitOn: before };
  });
  const planOf = planner(world, out);
  VISITS.forEach(([i, day], n) => {
    const members = group.slice(n % 3, (n % 3) + 3);
    const startsOn = on(day);
    const refusals = validateVisitGroup({
      kind: "periodic",
      form: "one_time",
      institutions: [institutions[i]!],
      members: members.map((participant) => ({ participant })),
      startsOn,
      inApprovedPlan: true,
    });
    if (refusals.length > 0) throw new Error(`demo NPM visit refused: ${refusals[0]!.code}`);
    const planVisitId = planOf(startsOn, i, members, id(`plan-visit:${n}`));
    visit(out, {
      id: id(`visit:${n}`),
      n,
      planVisitId,
      institutionId: institutions[i]!.id,
      startsOn,
      members,
      today,
      world,
    });
  });
  for (const [k, [i, day]] of PLANNED.entries()) {
    if (on(day).slice(0, 4) !== today.slice(0, 4)) continue;
    const members = group.slice(k, k + 3);
    const planVisitId = planOf(on(day), i, members, id(`planned:${k}`));
    // The first is decided already (003 p.11): its group knows where it goes and when.
    if (k === 0)
      out.visits.push({
        ...visitRow(id(`visit:planned:${k}`), planVisitId, institutions[i]!.id, on(day), members, world),
      });
  }
  annualReport(world, today, out);
  return out;
}

function visitRow(
  visitId: string,
  planVisitId: string,
  institutionId: string,
  startsOn: LegalDate,
  members: NpmParticipantRecord[],
  world: DemoWorld,
): Row {
  return {
    id: visitId,
    plan_visit_id: planVisitId,
    kind: "periodic",
    form: "one_time",
    institution_ids: [institutionId],
    members: members.map((p) => ({ participantId: p.id, topicExpert: false, conflictOfInterest: false })),
    starts_on: startsOn,
    ends_on: addCalendarDays(startsOn, 1),
    created_by: world.actors.commissioner.userId,
  };
}

/**
 * The last annual consolidated report published (000 Art. 34): approved by the Council in March,
 * sent to the state bodies and posted within the month (34(3)); two bodies answered, one has not in
 * its three months (36(2)). Of last year once its May has passed, else of the year before.
 */
function annualReport(world: DemoWorld, today: LegalDate, out: NpmRows): void {
  const thisYear = Number(today.slice(0, 4));
  const published = today >= `${thisYear}-05-15` ? thisYear : thisYear - 1;
  const year = published - 1;
  out.annualReports.push({
    year,
    legislation_suggestions: [
      "Закрепить обязательную видеофиксацию в помещениях для проведения обысков.",
      "Установить срок ответа администрации учреждения на рекомендации группы.",
    ],
    approved_on: `${published}-03-16`,
    approved_by: world.actors.council.userId,
    sent_to_bodies_on: `${published}-03-30`,
    posted_on: `${published}-03-30`,
    created_by: world.actors["npm.participant"].userId,
  });
  const bodies: [string, string, string | null][] = [
    ["Министерство внутренних дел Республики Казахстан", `${published}-04-02`, `${published}-05-12`],
    ["Министерство здравоохранения Республики Казахстан", `${published}-04-02`, null],
    ["Министерство просвещения Республики Казахстан", `${published}-04-03`, `${published}-04-28`],
  ];
  for (const [k, [body, received, answered]] of bodies.entries())
    out.annualRecipients.push({
      id: uuidOf(`demo:${world.seed}:npm:annual:${year}:${k}`),
      year,
      body_name: body,
      received_on: received,
      answered_on: answered,
    });
}

/** The plan of each year a visit falls in (003 p.6), approved by the Council in the December before. */
function planner(world: DemoWorld, out: NpmRows) {
  const plans = new Map<string, string>();
  return (startsOn: LegalDate, i: number, members: NpmParticipantRecord[], visitId: string): string => {
    const year = startsOn.slice(0, 4);
    let planId = plans.get(year);
    if (!planId) {
      planId = uuidOf(`demo:${world.seed}:npm:plan:${year}`);
      plans.set(year, planId);
      out.plans.push({
        id: planId,
        title: `План посещений НПМ на ${year} год (${world.region.code})`,
        period_from: `${year}-01-01`,
        period_until: `${year}-12-31`,
        approved_on: `${Number(year) - 1}-12-19`,
        approved_by: world.actors.council.userId,
        created_by: world.actors.commissioner.userId,
      });
    }
    out.planVisits.push({
      id: visitId,
      plan_id: planId,
      kind: "periodic",
      form: "one_time",
      from_on: startsOn,
      to_on: addCalendarDays(startsOn, 1),
      institution_ids: [uuidOf(`demo:${world.seed}:npm:institution:${i}`)],
      group_participant_ids: members.map((m) => m.id),
    });
    return visitId;
  };
}

interface VisitArgs {
  id: string;
  n: number;
  planVisitId: string;
  institutionId: string;
  startsOn: LegalDate;
  members: NpmParticipantRecord[];
  today: LegalDate;
  world: DemoWorld;
}

/** A two-day visit decided from its plan, with its facts, and its report once the group signed it. */
function visit(out: NpmRows, v: VisitArgs): void {
  const endsOn = addCalendarDays(v.startsOn, 1);
  const by = v.world.actors["npm.participant"].userId;
  const at = (d: LegalDate, hour = 10) => `${d}T${String(hour).padStart(2, "0")}:00:00+05:00`;
  out.visits.push(visitRow(v.id, v.planVisitId, v.institutionId, v.startsOn, v.members, v.world));
  const fact = (type: string, data: Row, on: LegalDate, hour?: number) =>
    out.facts.push({ visit_id: v.id, type, data, recorded_by: by, recorded_at: at(on, hour) });
  fact("started", { on: v.startsOn }, v.startsOn, 9);
  fact("ended", { on: endsOn }, endsOn, 18);
  if (v.n === 5) {
    // A complaint received in the institution (003 p.12), registered on the day.
    const complaintId = uuidOf(`demo:${v.world.seed}:npm:complaint:${v.n}`);
    out.complaints.push({
      id: complaintId,
      received_at: at(v.startsOn, 14),
      received_by_participant_id: v.members[0]!.id,
      visit_id: v.id,
      institution_id: v.institutionId,
      complainant_name: "Воспитанница Д.",
      summary: "Жалоба на грубое обращение персонала в ночное время.",
      registered_at: at(v.startsOn, 17),
    });
    fact("complaint_received", { at: at(v.startsOn, 14), complaintId }, v.startsOn, 17);
  }
  // The report within ten days of the visit's last day (003 p.28); the newest two are not in yet.
  if (v.n >= VISITS.length - 2) return;
  const signedOn = addCalendarDays(endsOn, 4);
  if (signedOn > visitReportDueDate("periodic", endsOn)) throw new Error("demo NPM report late");
  for (const [k, p] of v.members.entries())
    fact("report_signed", { at: at(signedOn, 11 + k), participantId: p.id }, signedOn, 11 + k);
  fact("report_submitted", { at: at(signedOn, 16), listedComplaintIds: [] }, signedOn, 16);
  out.reports.push({
    visit_id: v.id,
    findings: FINDINGS[v.n % FINDINGS.length],
    submitted_at: at(signedOn, 16),
    submitted_by: by,
  });
  const [addressee, text] = RECOMMENDATIONS[v.n % RECOMMENDATIONS.length]!;
  const status = STATUSES[v.n % STATUSES.length]!;
  const answeredOn = addCalendarDays(signedOn, 30);
  out.recommendations.push({
    id: uuidOf(`demo:${v.world.seed}:npm:recommendation:${v.n}`),
    visit_id: v.id,
    addressee,
    text,
    status,
    answer: status === "open" ? null : "Рекомендация принята к исполнению, срок — до конца квартала.",
    answered_on: status === "open" || answeredOn > v.today ? null : answeredOn,
  });
}
