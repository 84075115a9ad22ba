import type { AttendanceRowInput } from "@aldyn/contract";
import { readAttendanceJson } from "../modules/school-prevention/attendance-file.ts";
import { importAttendance } from "../modules/school-prevention/import-attendance.ts";
import { openAttention } from "../modules/school-prevention/pupils.ts";
import { recordCouncilMeeting } from "../modules/school-prevention/record-council-meeting.ts";
import { markStepDone } from "../modules/school-prevention/support-plan.ts";
import type { DemoClock } from "./demo-families-kit.ts";
import type { ActAs, DemoMinor } from "./demo-minors-kit.ts";

/**
 * The demo's school prevention council (001 Arts. 23(9), 78), as the school's council member would
 * enter it through the module's use cases: the month's attendance imported (three pupils miss four or
 * more days without a valid reason, 78(2)(4); two do not), the three on attention records with their
 * criteria (78(2)), two given pedagogical support at the council's meeting with them and their parents
 * (78(3)) with plans — one step overdue, one done — and one whose parents refused, passed to the
 * district's commission (78(4)): the hand-off the commission's secretary finds to open.
 */

const MISSING = "78.2.4_missing_classes";
const MEMBERS =
  "Иванова Е. П. (председатель совета), Ким Е. В. (психолог), Абенова Г. К. (социальный педагог)";

export interface DemoSchool {
  readonly supports: readonly string[];
  readonly refused: string;
}

/** `pupils`: the first three meet 78(2)(4); the next two are in the file without meeting it. */
export async function populateSchool(
  c: DemoClock,
  as: ActAs,
  pupils: readonly DemoMinor[],
): Promise<DemoSchool> {
  const [a, b, r, d, e] = pupils;
  if (!a || !b || !r || !d || !e) throw new Error("The demo's school needs five pupils.");
  const rows: AttendanceRowInput[] = [];
  const day = (p: DemoMinor, ago: number, valid = false, reason?: string) =>
    rows.push({
      iin: p.iin,
      surname: p.surname,
      givenName: p.givenName,
      date: c.day(-ago),
      validReason: valid ? "да" : "нет",
      ...(reason ? { reason } : {}),
    });
  for (const ago of [26, 25, 22, 19, 18]) day(a, ago);
  for (const ago of [24, 23, 17, 16]) day(b, ago);
  for (const ago of [27, 21, 20, 15, 14, 13]) day(r, ago);
  day(d, 20);
  day(d, 19, true, "Справка врача");
  day(d, 18, true, "Справка врача");
  day(e, 16);
  const school = await as("school", -12, 15);
  const file = { ...readAttendanceJson(rows), fileName: `посещаемость-${c.day(-12).slice(0, 7)}.xlsx` };
  await importAttendance(school.deps, school.ctx, file, "ru");

  const attention = await as("school", -11, 11);
  for (const p of [a, b, r])
    await openAttention(attention.deps, attention.ctx, {
      personId: p.id,
      criteria: p === a ? [MISSING, "78.2.1_failing_subjects"] : [MISSING],
      since: c.day(-11),
      note: "Пропуски занятий без уважительной причины за месяц по данным посещаемости",
    });

  const meeting = (p: DemoMinor, heldOn: number) => ({
    personId: p.id,
    heldOn: c.day(heldOn),
    minorPresent: true,
    representatives: [
      {
        personId: p.parent.id,
        fullName: p.parent.fullName,
        relation: p.parent.sex === "female" ? "мать" : "отец",
      },
    ],
    members: MEMBERS,
    criteria: p === a ? [MISSING, "78.2.1_failing_subjects"] : [MISSING],
  });
  const council1 = await as("school", -9, 14);
  const supportA = await recordCouncilMeeting(council1.deps, council1.ctx, {
    ...meeting(a, -9),
    outcome: "support_assigned",
    note: "Законный представитель согласен на педагогическую поддержку",
    support: {
      steps: [
        {
          activity: "Беседа психолога с учеником и родителем",
          responsible: "Ким Е. В., психолог",
          dueOn: c.day(-6),
        },
        {
          activity: "Дополнительные занятия по математике",
          responsible: "Классный руководитель",
          dueOn: c.day(-2),
        },
        { activity: "Ежедневный контроль посещаемости", responsible: "Социальный педагог", dueOn: c.day(20) },
      ],
    },
  });
  const council2 = await as("school", -7, 14);
  const supportB = await recordCouncilMeeting(council2.deps, council2.ctx, {
    ...meeting(b, -7),
    outcome: "support_assigned",
    support: {
      steps: [
        { activity: "Посещение семьи на дому", responsible: "Социальный педагог", dueOn: c.day(5) },
        {
          activity: "Вовлечение в кружок робототехники",
          responsible: "Заместитель директора по ВР",
          dueOn: c.day(14),
        },
      ],
    },
  });
  const council3 = await as("school", -5, 14);
  const refused = await recordCouncilMeeting(council3.deps, council3.ctx, {
    ...meeting(r, -5),
    outcome: "representatives_refused",
    note: "Законный представитель отказался от педагогической поддержки; информация передаётся в КДН",
  });
  // The psychologist's talk took place; the extra lessons did not start in time (overdue).
  const done = await as("school", -6, 16);
  const steps = await done.deps.db
    .selectFrom("support_plan_step as s")
    .innerJoin("council_meeting as m", "m.measure_id", "s.measure_id")
    .select(["s.id", "s.measure_id"])
    .where("m.id", "=", supportA)
    .where("s.seq", "=", 1)
    .execute();
  for (const s of steps)
    await markStepDone(done.deps, done.ctx, s.measure_id, s.id, {
      doneOn: c.day(-6),
      result: "Проведена беседа, родитель присутствовал",
    });
  return { supports: [supportA, supportB], refused };
}
