import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeIin, quarterOf } from "@aldyn/law";
import type { AttendanceImportResult, CouncilMeetingCreate, SchoolAnalysis } from "@aldyn/contract";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import { readXlsx } from "./xlsx-reader.ts";
import {
  fourDays,
  ok,
  pupilIin,
  schoolWorld,
  send,
  today,
  type SchoolWorld,
} from "./school-prevention.fixture.ts";

let w: SchoolWorld;
let userId: string;
beforeAll(async () => {
  w = await schoolWorld();
  userId = (
    await w.t.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", "school1")
      .executeTakeFirstOrThrow()
  ).id;
}, 60_000);
afterAll(async () => w.close());

let serial = 700;
async function person(district: string): Promise<string> {
  const t = await w.t.db
    .selectFrom("territory")
    .select("id")
    .where("code", "=", district)
    .executeTakeFirstOrThrow();
  const r = await w.t.db
    .insertInto("person")
    .values({
      iin: makeIin("2012-02-02", "male", serial++),
      birth_date: "2012-02-02",
      sex: "male",
      last_name_cyr: "Тестов",
      first_name_cyr: "Тест",
      actual_address: "ул. Школьная, 1",
      territory_id: t.id,
      contacts: "[]",
      created_by: userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

async function attention(
  school: string,
  path: string,
  p: string,
  criteria: string[],
  since: string,
  until: string | null = null,
) {
  await w.t.db
    .insertInto("attention_record")
    .values({
      school_body_id: school,
      territory_path: path,
      person_id: p,
      criteria,
      since,
      until,
      closed_reason: until ? "Критерии отпали" : null,
      created_by: userId,
    })
    .execute();
}

async function absences(school: string, p: string, days: string[], valid = false) {
  const imp = await w.t.db
    .insertInto("attendance_import")
    .values({ school_body_id: school, file_name: "t.csv", rows: days.length, imported_by: userId })
    .returning("id")
    .executeTakeFirstOrThrow();
  await w.t.db
    .insertInto("school_absence")
    .values(
      days.map((d) => ({
        school_body_id: school,
        person_id: p,
        absent_on: d,
        valid_reason: valid,
        import_id: imp.id,
      })),
    )
    .execute();
}

async function pathOf(code: string): Promise<string> {
  return (
    await w.t.db.selectFrom("territory").select("path").where("code", "=", code).executeTakeFirstOrThrow()
  ).path;
}

function valuesOf(a: SchoolAnalysis, school: string): Record<string, number> {
  return a.schools.find((s) => s.school.id === school)?.values ?? {};
}

describe("the quarterly analysis of the schools' prevention work (001 Art. 21(10))", () => {
  it("figures per school counted from the rows of a past quarter: attention records open in it and by criterion, pupils meeting 78(2)(4) in a month ending in it, meetings held", async () => {
    const { school1, school2, school3 } = w.bodies;
    const d1 = await pathOf(w.codes.d1);
    const d2 = await pathOf(w.codes.d2);
    const [p1, p2, p3, p4, p5] = [
      await person(w.codes.d1),
      await person(w.codes.d1),
      await person(w.codes.d1),
      await person(w.codes.d1),
      await person(w.codes.d2),
    ];
    // 2025 Q3 = 2025-07-01 .. 2025-09-30.
    await attention(
      school1,
      d1,
      p1,
      ["78.2.4_missing_classes", "78.2.3_violating_school_rules"],
      "2025-06-01",
    );
    await attention(school1, d1, p2, ["78.2.5_committed_infraction"], "2025-10-01"); // after the quarter
    await attention(school1, d1, p3, ["78.2.5_committed_infraction"], "2025-05-01", "2025-06-30"); // closed before
    await attention(school2, d1, p4, ["78.2.3_violating_school_rules"], "2025-08-01", "2025-08-15");
    await attention(school3, d2, p5, ["78.2.1_failing_subjects"], "2025-07-10");
    await absences(school1, p1, ["2025-09-20", "2025-09-22", "2025-09-23", "2025-09-24"]);
    await absences(school1, p2, ["2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04"]); // its month ends before Q3
    await absences(school1, p3, ["2025-08-04", "2025-08-05", "2025-08-06"]);
    await absences(school1, p3, ["2025-08-07"], true); // excused: three unexcused only
    await w.t.db
      .insertInto("council_meeting")
      .values(
        ["2025-07-15", "2025-09-30", "2025-10-01"].map((d) => ({
          school_body_id: school1,
          territory_path: d1,
          person_id: p1,
          held_on: d,
          minor_present: true,
          representatives: JSON.stringify([{ fullName: "Мать", relation: "mother" }]),
          members: "Совет",
          criteria: ["78.2.4_missing_classes"],
          outcome: "not_needed" as const,
          created_by: userId,
        })),
      )
      .execute();

    const a = ok<SchoolAnalysis>(
      await send(w, w.as.edu, "GET", "/school-prevention/analysis?year=2025&quarter=3"),
    );
    expect([a.from, a.until]).toEqual(["2025-07-01", "2025-09-30"]);
    // The district's education body: its two schools, not the other district's.
    expect(a.schools.map((s) => s.school.id).sort()).toEqual([school1, school2].sort());
    expect(valuesOf(a, school1)).toMatchObject({
      attention_pupils: 1,
      "attention_by_criterion.78.2.4_missing_classes": 1,
      "attention_by_criterion.78.2.3_violating_school_rules": 1,
      absence_criterion_met: 1,
      council_meetings: 2,
      support_assigned: 0,
      refusals_referred: 0,
    });
    expect(valuesOf(a, school2)).toMatchObject({
      attention_pupils: 1,
      "attention_by_criterion.78.2.3_violating_school_rules": 1,
      absence_criterion_met: 0,
    });
    expect(a.totals).toMatchObject({
      attention_pupils: 2,
      "attention_by_criterion.78.2.3_violating_school_rules": 2,
      council_meetings: 2,
    });
    expect(a.figures.find((f) => f.code === "absence_criterion_met")?.article).toBe("001 Art. 78(2)(4)");
    expect(a.figures.map((f) => f.code)).not.toContain("attention_by_criterion.78.2.1_failing_subjects");

    // The region's body: every school of the region; a school: its own only, whatever it asks.
    const region = ok<SchoolAnalysis>(
      await send(w, w.as.eduRegion, "GET", "/school-prevention/analysis?year=2025&quarter=3"),
    );
    expect(region.schools.map((s) => s.school.id).sort()).toEqual([school1, school2, school3].sort());
    expect(valuesOf(region, school3)).toMatchObject({
      attention_pupils: 1,
      "attention_by_criterion.78.2.1_failing_subjects": 1,
    });
    const d2Id = (
      await w.t.db
        .selectFrom("territory")
        .select("id")
        .where("code", "=", w.codes.d2)
        .executeTakeFirstOrThrow()
    ).id;
    const own = ok<SchoolAnalysis>(
      await send(
        w,
        w.as.school1,
        "GET",
        `/school-prevention/analysis?year=2025&quarter=3&territoryId=${d2Id}`,
      ),
    );
    expect(own.schools.map((s) => s.school.id)).toEqual([school1]);
    // The district's body asking for another district: 403, nothing read.
    const far = await send(
      w,
      w.as.edu,
      "GET",
      `/school-prevention/analysis?year=2025&quarter=3&territoryId=${d2Id}`,
    );
    expect(far.statusCode).toBe(403);
    expect(far.json()).toMatchObject({ error: { code: "access.territory" } });

    // The downloads: the workbook's header in Russian and the figures; the form in Kazakh without file codes.
    const x = await send(w, w.as.edu, "GET", "/school-prevention/analysis.xlsx?year=2025&quarter=3&lang=ru");
    expect(x.statusCode).toBe(200);
    const rows = readXlsx(x.rawPayload);
    const header = rows[3]!.cells;
    expect(header.slice(0, 3)).toEqual([
      "Организация образования",
      "Район",
      "Учащиеся, требующие особого внимания",
    ]);
    const total = rows.at(-1)!.cells;
    expect(total[0]).toBe("Всего");
    expect(total[header.indexOf("Заседания совета профилактики")]).toBe(2);
    const pdf = await send(w, w.as.edu, "GET", "/school-prevention/analysis.pdf?year=2025&quarter=3&lang=kk");
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const text = await pdfText(pdf.rawPayload);
    expect(text).toContain("тоқсандық талдау");
    expect(text).toContain("School 1");
    expect(text).not.toMatch(/001 Art\./);
  });

  it("support assigned and refusals referred this quarter, from meetings held through the API", async () => {
    const meet = async (outcome: CouncilMeetingCreate["outcome"]) => {
      const r = ok<AttendanceImportResult>(
        await send(w, w.as.school2, "POST", "/school-prevention/attendance", { rows: fourDays(pupilIin()) }),
        201,
      );
      const body: CouncilMeetingCreate = {
        personId: r.pupilsMeetingCriterion[0]!.personId,
        heldOn: today(),
        minorPresent: true,
        representatives: [{ fullName: "Отец", relation: "father" }],
        members: "Совет профилактики",
        criteria: ["78.2.4_missing_classes"],
        outcome,
      };
      ok(await send(w, w.as.school2, "POST", "/school-prevention/council-meetings", body), 201);
    };
    await meet("support_assigned");
    await meet("representatives_refused");
    const q = quarterOf(today());
    const a = ok<SchoolAnalysis>(
      await send(w, w.as.edu, "GET", `/school-prevention/analysis?year=${q.year}&quarter=${q.quarter}`),
    );
    expect(valuesOf(a, w.bodies.school2)).toMatchObject({
      council_meetings: 2,
      support_assigned: 1,
      refusals_referred: 1,
    });
    // A school council member of another district sees only its own school.
    const other = ok<SchoolAnalysis>(
      await send(w, w.as.school3, "GET", `/school-prevention/analysis?year=${q.year}&quarter=${q.quarter}`),
    );
    expect(other.schools.map((s) => s.school.id)).toEqual([w.bodies.school3]);
  });
});
