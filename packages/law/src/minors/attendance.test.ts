import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeIin } from "../iin/iin.ts";
import {
  checkAttendanceRows,
  lastMonthFrom,
  pupilsMeetingAbsenceCriterion,
  readAttendanceDate,
  readYesNo,
  type AttendanceRow,
} from "./attendance.ts";

const pupil = makeIin("2012-05-14", "male", 17);
const adult = makeIin("2006-01-10", "female", 3);
const row = (line: number, extra: Partial<AttendanceRow> = {}): AttendanceRow => ({
  line,
  iin: pupil,
  surname: "Ахметов",
  givenName: "Данияр",
  date: "02.12.2026",
  validReason: "нет",
  ...extra,
});
const today = "2026-12-06";

describe("attendance rows (001 Arts. 23(9), 78(2)(4))", () => {
  it("reads yes/no in Kazakh, Russian and English, and dates as DD.MM.YYYY or YYYY-MM-DD", () => {
    expect(["иә", "Да", "yes", "1"].map(readYesNo)).toEqual([true, true, true, true]);
    expect(["жоқ", "НЕТ", "no", "0"].map(readYesNo)).toEqual([false, false, false, false]);
    expect(readYesNo("maybe")).toBeNull();
    expect(readAttendanceDate("2.12.2026")).toBe("2026-12-02");
    expect(readAttendanceDate("2026-12-02")).toBe("2026-12-02");
    expect(readAttendanceDate("31.02.2026")).toBeNull();
  });

  it("a good file: every row a day missed, with or without a valid reason", () => {
    const r = checkAttendanceRows(
      [row(2), row(3, { date: "03.12.2026", validReason: "иә", reason: " Ауырды " })],
      { today },
    );
    expect(r.errors).toEqual([]);
    expect(r.ok).toEqual([
      {
        iin: pupil,
        surname: "Ахметов",
        givenName: "Данияр",
        date: "2026-12-02",
        validReason: false,
        reason: null,
      },
      {
        iin: pupil,
        surname: "Ахметов",
        givenName: "Данияр",
        date: "2026-12-03",
        validReason: true,
        reason: "Ауырды",
      },
    ]);
  });

  it.each<[string, Partial<AttendanceRow>, string, string]>([
    [
      "a mistyped IIN",
      { iin: pupil.slice(0, 11) + String((Number(pupil[11]) + 1) % 10) },
      "iin",
      "attendance.iin_invalid",
    ],
    // 78(2): "The following minors shall be subject to pedagogical support"
    ["a pupil of 18 on the date", { iin: adult, date: "2026-12-01" }, "iin", "attendance.not_a_minor"],
    ["a date that is not one", { date: "2026-13-01" }, "date", "attendance.date_invalid"],
    ["a date after today", { date: "07.12.2026" }, "date", "attendance.date_future"],
    [
      "a valid reason that is neither yes nor no",
      { validReason: "maybe" },
      "validReason",
      "attendance.valid_reason_invalid",
    ],
    ["no surname", { surname: " " }, "surname", "attendance.name_required"],
  ])("%s: an error on its line and column", (_name, change, field, code) => {
    const r = checkAttendanceRows([row(2), row(5, change)], { today });
    expect(r.errors).toEqual([expect.objectContaining({ line: 5, field, code })]);
  });

  it("the same pupil and day twice: once when the answers agree, an error when they differ", () => {
    expect(checkAttendanceRows([row(2), row(3)], { today })).toMatchObject({
      ok: [{ date: "2026-12-02" }],
      errors: [],
    });
    const r = checkAttendanceRows([row(2), row(3, { validReason: "да" })], { today });
    expect(r.errors).toEqual([expect.objectContaining({ line: 3, code: "attendance.duplicate_conflict" })]);
  });

  it("every bad row is listed, not only the first", () => {
    const r = checkAttendanceRows([row(2, { date: "x" }), row(3), row(4, { iin: "123" })], { today });
    expect(r.errors.map((e) => e.line)).toEqual([2, 4]);
  });
});

describe("attendance rows, properties", () => {
  it("property: a row is either taken or reported — a bad row is never written, a good one never lost", () => {
    const cell = fc.constantFrom("", "x", "да", "no", "02.12.2026", "2026-12-09", pupil, "123456789012");
    const anyRow = fc.record({ iin: cell, surname: cell, givenName: cell, date: cell, validReason: cell });
    fc.assert(
      fc.property(fc.array(anyRow, { maxLength: 8 }), (cells) => {
        const rows = cells.map((c, i) => ({ line: i + 2, ...c }));
        const r = checkAttendanceRows(rows, { today });
        const bad = new Set(r.errors.map((e) => e.line));
        const keys = new Set(r.ok.map((o) => `${o.iin}|${o.date}`));
        expect(r.ok.length).toBe(keys.size);
        for (const x of rows.filter((x) => !bad.has(x.line)))
          expect(keys.has(`${x.iin}|${readAttendanceDate(x.date)}`), `line ${x.line}`).toBe(true);
        for (const o of r.ok) expect(o.date <= today && o.surname !== "" && o.givenName !== "").toBe(true);
      }),
    );
  });
});

describe('pupils meeting 78(2)(4): "systematically missing classes without a valid reason for four days or more within one month"', () => {
  const a = (personKey: string, date: string, validReason = false) => ({ personKey, date, validReason });
  it("four unexcused days within one month meet it; three, or excused ones, do not", () => {
    const absences = [
      a("p1", "2026-11-10"),
      a("p1", "2026-11-17"),
      a("p1", "2026-11-24"),
      a("p1", "2026-12-01"),
      a("p2", "2026-11-10"),
      a("p2", "2026-11-11"),
      a("p2", "2026-11-12"),
      a("p2", "2026-11-13", true),
    ];
    expect(pupilsMeetingAbsenceCriterion(absences, today)).toEqual([
      { personKey: "p1", days: 4, window: { from: "2026-11-10", until: "2026-12-09" } },
    ]);
  });

  it("only the last month counts when asked", () => {
    const absences = ["2026-09-01", "2026-09-02", "2026-09-03", "2026-09-04"].map((d) => a("p1", d));
    expect(pupilsMeetingAbsenceCriterion(absences, today)).toHaveLength(1);
    expect(lastMonthFrom(today)).toBe("2026-11-07");
    expect(pupilsMeetingAbsenceCriterion(absences, today, { since: lastMonthFrom(today) })).toEqual([]);
  });
});
