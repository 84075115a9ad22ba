import type { Transaction } from "kysely";
import type { MeetingDecisionInput, MinorsCaseCreate } from "@aldyn/contract";
import type { Database } from "../db/schema.ts";
import { createMeeting, addItem } from "../modules/commission-meetings/agenda.ts";
import { invite, markDelivered, recordAttendance } from "../modules/commission-meetings/invitations.ts";
import { recordDecision } from "../modules/commission-meetings/record-decision.ts";
import { signProtocol } from "../modules/commission-meetings/sign-protocol.ts";
import { closeCase, markReady } from "../modules/minors-commissions/case-write.ts";
import { openCase } from "../modules/minors-commissions/open-case.ts";
import type { DemoClock } from "./demo-families-kit.ts";
import type { ActAs, DemoMinor, MinorsBodies } from "./demo-minors-kit.ts";

/**
 * The first district's commission at work (001 Art. 79(6)(9); R4.1), as its secretary and chair would
 * do it through the modules' use cases: cases in every state — closed, decided at a held meeting whose
 * protocol both signed (its duties sent to the family support centre and the police as hand-offs,
 * one overdue), postponed and on the next planned meeting's agenda with a new one, ready, gathering —
 * the report of the police's head heard (79(6)(7)), and invitations of the minors and their parents
 * with delivery, one of the next meeting's not delivered yet. The school's refusal referral (78(4))
 * stays in the secretary's inbox, to be opened.
 */

const SECRETARY = "commission.secretary";
const PLACE = "Акимат района, зал заседаний № 2";

export interface DemoCases {
  readonly cases: number;
  readonly meetings: number;
}

export async function populateCases(
  trx: Transaction<Database>,
  c: DemoClock,
  b: MinorsBodies,
  as: ActAs,
  minors: readonly DemoMinor[],
): Promise<DemoCases> {
  const [m1, m2, m3, m4, m5, m6, m7] = minors;
  if (!m1 || !m2 || !m3 || !m4 || !m5 || !m6 || !m7)
    throw new Error("The demo's commission needs seven minors.");
  const open = async (
    days: number,
    m: DemoMinor,
    body: Omit<MinorsCaseCreate, "minorPersonId" | "persons">,
  ) => {
    const a = await as(SECRETARY, days, 11);
    const persons = [{ personId: m.parent.id, role: "legal_representative" as const }];
    return (await openCase(a.deps, a.ctx, { ...body, minorPersonId: m.id, persons })).id;
  };
  const ready = async (days: number, id: string) => {
    const a = await as(SECRETARY, days, 16);
    await markReady(a.deps, a.ctx, id);
  };

  const k1 = await open(-40, m1, {
    subject: "minor",
    source: "report",
    summary: "Сообщение соседей о ночных отлучках несовершеннолетнего из дома",
  });
  const closing = await as(SECRETARY, -30, 15);
  await closeCase(closing.deps, closing.ctx, k1, {
    reason: "Сведения не подтвердились: проверкой инспектора по делам несовершеннолетних",
  });
  const k2 = await open(-35, m2, {
    subject: "minor",
    source: "police_materials",
    summary: "Материалы полиции: мелкое хулиганство в общественном месте",
  });
  const k3 = await open(-35, m3, {
    subject: "parents",
    source: "police_materials",
    summary: "Ненадлежащее исполнение родителями обязанностей по воспитанию (ст. 127 КоАП)",
  });
  const k4 = await open(-34, m4, {
    subject: "minor",
    source: "own",
    urgent: true,
    summary: "Систематические самовольные уходы из дома",
  });
  for (const id of [k2, k3, k4]) await ready(-25, id);

  // The held meeting: planned a week ahead, the agenda filled with the ready cases.
  const plan = await as(SECRETARY, -21, 10);
  const held = await createMeeting(plan.deps, plan.ctx, {
    scheduledAt: c.at(-14, 10).toISOString(),
    place: PLACE,
  });
  await addItem(plan.deps, plan.ctx, held.id, {
    kind: "report_heard",
    title: "Отчёт начальника отдела полиции о профилактике правонарушений среди несовершеннолетних",
    reportingBodyId: b.police,
  });
  const items = await itemsOf(trx, held.id);
  const invited = await as(SECRETARY, -20, 12);
  const delivered = await as(SECRETARY, -17, 12);
  const invitations = new Map<string, string[]>();
  for (const [caseId, m] of [
    [k2, m2],
    [k3, m3],
  ] as const) {
    const itemId = items.get(caseId)!;
    const ids: string[] = [];
    for (const [personId, role] of [
      [m.id, "minor"],
      [m.parent.id, "legal_representative"],
    ] as const) {
      const id = await invite(invited.deps, invited.ctx, held.id, {
        itemId,
        personId,
        role,
        channel: "post",
        sentOn: c.day(-20),
      });
      await markDelivered(delivered.deps, delivered.ctx, held.id, id, { deliveredOn: c.day(-17) });
      ids.push(id);
    }
    invitations.set(caseId, ids);
  }

  const members = await trx
    .selectFrom("commission_member")
    .select(["id", "role", "represents"])
    .where("commission_body_id", "=", b.commissionD1)
    .where("ended_on", "is", null)
    .orderBy("created_at")
    .execute();
  // Absent: the culture, justice and employment members (on leave, a trial, a business trip).
  const absent = new Map([
    ["culture", "Отпуск"],
    ["justice", "Участие в судебном заседании"],
    ["employment", "Командировка"],
  ]);
  const day = await as(SECRETARY, -14, 10);
  await recordAttendance(day.deps, day.ctx, held.id, {
    members: members.map((m) => {
      const reason = absent.get(m.represents);
      return reason
        ? { memberId: m.id, present: false, absenceReason: reason }
        : { memberId: m.id, present: true };
    }),
  });
  const voters = members.filter((m) => m.role !== "secretary" && !absent.has(m.represents));
  const votes = (abstain?: string) =>
    voters.map((m) => ({
      memberId: m.id,
      vote: m.represents === abstain ? ("abstain" as const) : ("for" as const),
    }));
  const decide = async (itemId: string, body: Partial<MeetingDecisionInput> & { decision: string }) => {
    const a = await as(SECRETARY, -14, 12);
    await recordDecision(a.deps, a.ctx, held.id, itemId, {
      text: "",
      votes: votes(),
      heard: [],
      attendedInvitationIds: [],
      duties: [],
      ...body,
    });
  };
  await decide(items.get(k2)!, {
    decision: "refer_family_support",
    text: "Направить семью в центр поддержки семьи для социально-психологического сопровождения",
    votes: votes("public_organisation"),
    heard: [
      { personId: m2.id, summary: "Раскаивается, обязуется не нарушать общественный порядок" },
      { personId: m2.parent.id, summary: "Просит оказать помощь в занятости ребёнка" },
    ],
    attendedInvitationIds: invitations.get(k2) ?? [],
    duties: [
      {
        responsibleBodyId: b.familyCentre,
        what: "Организовать социально-психологическое сопровождение семьи и сообщить о результатах",
        dueOn: c.day(-2),
      },
    ],
  });
  await decide(items.get(k3)!, {
    decision: "warning_to_parents",
    text: "Предупредить родителя о ненадлежащем исполнении обязанностей по воспитанию",
    heard: [{ personId: m3.parent.id, summary: "Признаёт недостаточный контроль за ребёнком" }],
    attendedInvitationIds: invitations.get(k3) ?? [],
    duties: [
      {
        responsibleBodyId: b.police,
        what: "Проверить условия проживания несовершеннолетнего и провести профилактическую беседу с родителем",
        dueOn: c.day(10),
      },
    ],
  });
  await decide(items.get(k4)!, {
    decision: "postponed",
    text: "Отложить рассмотрение: несовершеннолетний и законный представитель не явились",
  });
  await decide(items.get("report")!, {
    decision: "no_measures",
    text: "Информацию принять к сведению; работу отдела полиции признать удовлетворительной",
    heard: [
      {
        who: "Начальник отдела полиции района",
        bodyId: b.police,
        summary: "О профилактике правонарушений среди несовершеннолетних за квартал",
      },
    ],
  });
  const secretary = await as(SECRETARY, -13, 10);
  await signProtocol(secretary.deps, secretary.ctx, held.id, { as: "secretary" });
  const chair = await as("commission.chair", -13, 15);
  await signProtocol(chair.deps, chair.ctx, held.id, { as: "chair" });

  // New materials, and the next meeting in four days with the postponed case first.
  const k5 = await open(-10, m5, {
    subject: "minor",
    source: "report",
    summary: "Сообщение школы о драке несовершеннолетних на территории школы",
  });
  await ready(-6, k5);
  const next = await as(SECRETARY, -3, 10);
  const planned = await createMeeting(next.deps, next.ctx, {
    scheduledAt: c.at(4, 10).toISOString(),
    place: PLACE,
  });
  const nextItems = await itemsOf(trx, planned.id);
  const sent = await as(SECRETARY, -2, 12);
  for (const [caseId, m, channel] of [
    [k4, m4, "post"],
    [k5, m5, "hand"],
  ] as const) {
    const itemId = nextItems.get(caseId);
    if (!itemId) continue;
    const minor = await invite(sent.deps, sent.ctx, planned.id, {
      itemId,
      personId: m.id,
      role: "minor",
      channel,
      sentOn: c.day(-2),
    });
    const parent = await invite(sent.deps, sent.ctx, planned.id, {
      itemId,
      personId: m.parent.id,
      role: "legal_representative",
      channel,
      sentOn: c.day(-2),
    });
    // Handed over in person at once; the post to the postponed case's minor has not arrived yet.
    if (channel === "hand")
      await markDelivered(sent.deps, sent.ctx, planned.id, minor, { deliveredOn: c.day(-2) });
    await markDelivered(sent.deps, sent.ctx, planned.id, parent, { deliveredOn: c.day(-2) });
  }
  await open(-2, m6, {
    subject: "minor",
    source: "police_materials",
    summary: "Материалы полиции: распитие алкогольных напитков несовершеннолетним",
  });
  const k7 = await open(-1, m7, {
    subject: "parents",
    source: "police_materials",
    summary: "Оставление несовершеннолетнего без надзора родителями",
  });
  await ready(-1, k7);
  return { cases: 7, meetings: 2 };
}

/** A meeting's items by their case id, the report's under "report". */
async function itemsOf(trx: Transaction<Database>, meetingId: string): Promise<Map<string, string>> {
  const rows = await trx
    .selectFrom("meeting_item")
    .select(["id", "case_id", "kind"])
    .where("meeting_id", "=", meetingId)
    .execute();
  return new Map(rows.map((r) => [r.case_id ?? (r.kind === "report_heard" ? "report" : r.id), r.id]));
}
