import { deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCalendarDays } from "@aldyn/law";
import type { AttendanceImportResult, AttendanceRowsInvalid } from "@aldyn/contract";
import { xlsxOf } from "../worklists/xlsx-writer.ts";
import { readXlsx } from "./xlsx-reader.ts";
import {
  counts,
  daysAgo,
  fourDays,
  ok,
  pupilIin,
  schoolWorld,
  send,
  today,
  upload,
  type SchoolWorld,
} from "./school-prevention.fixture.ts";

let w: SchoolWorld;
beforeAll(async () => {
  w = await schoolWorld();
}, 60_000);
afterAll(async () => w.close());

/** The same workbook with its parts deflated (ZIP method 8), as Excel writes it. */
function deflated(xlsx: Buffer): Buffer {
  const files: [string, Buffer][] = [];
  let p = 0;
  while (xlsx.readUInt32LE(p) === 0x04034b50) {
    const size = xlsx.readUInt32LE(p + 18);
    const nameLen = xlsx.readUInt16LE(p + 26);
    const name = xlsx.subarray(p + 30, p + 30 + nameLen).toString("utf8");
    files.push([name, xlsx.subarray(p + 30 + nameLen, p + 30 + nameLen + size)]);
    p += 30 + nameLen + size;
  }
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const n = Buffer.from(name);
    const z = deflateRawSync(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(z.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(z.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, z);
    centrals.push(central, n);
    offset += 30 + n.length + z.length;
  }
  const c = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(c.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, c, end]);
}

async function absencesOf(iin: string) {
  return w.t.db
    .selectFrom("school_absence as a")
    .innerJoin("person as p", "p.id", "a.person_id")
    .select(["a.absent_on", "a.valid_reason", "a.reason", "a.school_body_id"])
    .where("p.iin", "=", iin)
    .orderBy("a.absent_on")
    .execute();
}

describe("attendance imported from the school's file (001 Art. 78(2)(4))", () => {
  it("JSON rows: pupils not on record are entered from their IIN, the absences written, the pupil with four unexcused days in a month listed", async () => {
    const a = pupilIin("2013-04-02", "female");
    const b = pupilIin();
    const res = await send(w, w.as.school1, "POST", "/school-prevention/attendance", {
      fileName: "week.json",
      rows: [
        ...fourDays(a, "Әбілова", "Аружан"),
        { iin: b, surname: "Омаров", givenName: "Ерлан", date: daysAgo(3), validReason: "нет" },
      ],
    });
    const r = ok<AttendanceImportResult>(res, 201);
    expect(r.imported).toBe(6);
    expect(r.pupilsCreated).toBe(2);
    expect(r.pupilsMeetingCriterion.map((p) => [p.fullName, p.days, p.onAttention])).toEqual([
      ["Әбілова Аружан", 4, false],
    ]);
    const p = await w.t.db.selectFrom("person").selectAll().where("iin", "=", a).executeTakeFirstOrThrow();
    expect([p.birth_date, p.sex, p.last_name_cyr]).toEqual(["2013-04-02", "female", "Әбілова"]);
    expect((await absencesOf(a)).map((x) => x.valid_reason)).toEqual([false, false, false, false, true]);
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select("action")
      .where("record_id", "=", r.importId)
      .execute();
    expect(audit.map((x) => x.action)).toEqual(["school_attendance.import"]);
  });

  it("CSV with a BOM, semicolons, Russian headers in another order and DD.MM.YYYY dates; a day imported again is updated, not doubled", async () => {
    const iin = pupilIin();
    const d = daysAgo(5);
    const dmy = `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
    const csv = `\uFEFFДата;ИИН;Фамилия;Имя;Уважительная причина (да/нет);Причина\r\n${dmy};${iin};Ким;Артём;нет;\r\n`;
    ok<AttendanceImportResult>(await upload(w, w.as.school1, "a.csv", Buffer.from(csv)), 201);
    expect((await absencesOf(iin)).map((x) => [x.absent_on, x.valid_reason])).toEqual([[d, false]]);
    const again = `IIN,Surname,Given name,Date,Valid reason,Reason\n${iin},Ким,Артём,${d},yes,"Справка, врач"\n`;
    ok<AttendanceImportResult>(await upload(w, w.as.school1, "b.csv", Buffer.from(again)), 201);
    expect((await absencesOf(iin)).map((x) => [x.absent_on, x.valid_reason, x.reason])).toEqual([
      [d, true, "Справка, врач"],
    ]);
  });

  it("XLSX (stored and deflated) with Kazakh headers; Excel date serials and numeric IINs are read", async () => {
    const iin = pupilIin();
    const serial = (date: string) =>
      Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
    const rows = [
      ["ЖСН", "Тегі", "Аты", "Күні", "Дәлелді себеп (иә/жоқ)", "Себебі"],
      ...[12, 11, 10, 9].map((n) => [iin, "Жұмабаев", "Дәулет", serial(daysAgo(n)), "жоқ", null]),
    ];
    const book = xlsxOf("Посещаемость", rows);
    const r1 = ok<AttendanceImportResult>(await upload(w, w.as.school2, "att.xlsx", book), 201);
    expect(r1.pupilsMeetingCriterion.map((p) => p.days)).toEqual([4]);
    const iin2 = pupilIin();
    const book2 = deflated(
      xlsxOf("s", [rows[0]!, [Number(iin2), "Ли", "Роман", daysAgo(2), "иә", "ауырды"]]),
    );
    expect(readXlsx(book2)[1]!.cells[0]).toBe(Number(iin2));
    ok<AttendanceImportResult>(await upload(w, w.as.school2, "att2.xlsx", book2), 201);
    expect((await absencesOf(iin2)).map((x) => [x.valid_reason, x.reason])).toEqual([[true, "ауырды"]]);
  });

  it("a file with bad rows: 422 attendance.rows_invalid with every bad row (line, field, code, message in the language) and nothing written", async () => {
    const good = pupilIin();
    const adult = pupilIin(addCalendarDays(today(), -19 * 365));
    const bad = good.slice(0, 11) + String((Number(good[11]) + 1) % 10);
    const csv = [
      "IIN,Surname,Given name,Date,Valid reason,Reason",
      `${good},Серіков,Алмас,${daysAgo(3)},no,`,
      `${bad},Серіков,Алмас,${daysAgo(3)},no,`,
      `${good},Серіков,Алмас,${addCalendarDays(today(), 2)},no,`,
      `${good},Серіков,Алмас,${daysAgo(4)},maybe,`,
      `${adult},Ахметов,Бауыржан,${daysAgo(4)},no,`,
      `${good},,Алмас,${daysAgo(5)},no,`,
    ].join("\n");
    const before = await counts(w);
    const res = await upload(w, w.as.school1, "bad.csv", Buffer.from(csv), "?lang=ru");
    expect(res.statusCode).toBe(422);
    const e = (res.json() as AttendanceRowsInvalid).error;
    expect(e.code).toBe("attendance.rows_invalid");
    expect(e.details!.map((d) => [d.line, d.field, d.code])).toEqual([
      [3, "iin", "attendance.iin_invalid"],
      [4, "date", "attendance.date_future"],
      [5, "validReason", "attendance.valid_reason_invalid"],
      [6, "iin", "attendance.not_a_minor"],
      [7, "surname", "attendance.name_required"],
    ]);
    expect(e.details![0]!.message).toMatch(/ИИН неверен/);
    expect(e.message).toMatch(/ничего не записано/);
    expect(await counts(w)).toEqual(before);
    // The language of the browser when none is asked for.
    const kk = await upload(w, w.as.school1, "bad.csv", Buffer.from(csv), "", {
      "accept-language": "kk-KZ,kk;q=0.9",
    });
    expect((kk.json() as AttendanceRowsInvalid).error.details![0]!.message).toMatch(/ЖСН жарамсыз/);
    expect(await counts(w)).toEqual(before);
  });

  it("a missing column or no rows is reported on the header's line; an unreadable file is 422 attendance.file_unreadable", async () => {
    const before = await counts(w);
    const noDate = await upload(
      w,
      w.as.school1,
      "x.csv",
      Buffer.from(`IIN;Surname;Given name;Valid reason\n${pupilIin()};A;B;no\n`),
    );
    expect(noDate.statusCode).toBe(422);
    expect((noDate.json() as AttendanceRowsInvalid).error.details).toMatchObject([
      { line: 1, field: "date", code: "attendance.column_missing" },
    ]);
    const empty = await upload(
      w,
      w.as.school1,
      "y.csv",
      Buffer.from("IIN,Surname,Given name,Date,Valid reason\n"),
    );
    expect((empty.json() as AttendanceRowsInvalid).error.details).toMatchObject([
      { code: "attendance.no_rows" },
    ]);
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 7)]);
    const res = await upload(w, w.as.school1, "z.xlsx", broken);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { code: "attendance.file_unreadable", field: "file" } });
    expect(await counts(w)).toEqual(before);
  });

  it("a pupil on record is reused by IIN; an IIN of someone on record under another surname is refused as a typo", async () => {
    const iin = pupilIin();
    ok(
      await send(w, w.as.school1, "POST", "/school-prevention/attendance", {
        rows: [{ iin, surname: "Нұрланова", givenName: "Әсел", date: daysAgo(2), validReason: "нет" }],
      }),
      201,
    );
    const r = ok<AttendanceImportResult>(
      await send(w, w.as.school2, "POST", "/school-prevention/attendance", {
        rows: [{ iin, surname: "нұрланова", givenName: "Әсел", date: daysAgo(1), validReason: "нет" }],
      }),
      201,
    );
    expect(r.pupilsCreated).toBe(0);
    const before = await counts(w);
    const res = await send(w, w.as.school1, "POST", "/school-prevention/attendance?lang=en", {
      rows: [{ iin, surname: "Петров", givenName: "Иван", date: daysAgo(1), validReason: "нет" }],
    });
    expect(res.statusCode).toBe(422);
    expect((res.json() as AttendanceRowsInvalid).error.details).toMatchObject([
      { line: 2, field: "iin", code: "attendance.iin_name_mismatch" },
    ]);
    expect(await counts(w)).toEqual(before);
  });

  it("the template in kk, ru and en (CSV and XLSX), and the importer takes it back", async () => {
    const en = await send(
      w,
      w.as.school1,
      "GET",
      "/school-prevention/attendance/template?format=csv&lang=en",
    );
    expect(en.statusCode).toBe(200);
    expect(en.body.replace(/^\uFEFF/, "").trim()).toBe(
      "IIN;Surname;Given name;Date;Valid reason (yes/no);Reason",
    );
    const ru = await send(
      w,
      w.as.school1,
      "GET",
      "/school-prevention/attendance/template?format=csv&lang=ru",
    );
    expect(ru.body).toContain("ИИН;Фамилия;Имя;Дата;Уважительная причина (да/нет);Причина");
    const kk = await send(
      w,
      w.as.school1,
      "GET",
      "/school-prevention/attendance/template?format=xlsx&lang=kk",
    );
    expect(kk.headers["content-type"]).toContain("spreadsheetml");
    const header = readXlsx(kk.rawPayload)[0]!.cells;
    expect(header).toEqual(["ЖСН", "Тегі", "Аты", "Күні", "Дәлелді себеп (иә/жоқ)", "Себебі"]);
    const filled = xlsxOf("s", [
      header,
      [pupilIin(), "Қасымов", "Тимур", daysAgo(1), "иә", "отбасылық жағдай"],
    ]);
    ok(await upload(w, w.as.school1, "filled.xlsx", filled), 201);
  });

  it("001 Art. 23(14): a user of a body that is not a school imports nothing (403 with the article)", async () => {
    const before = await counts(w);
    const res = await send(w, w.as.cop, "POST", "/school-prevention/attendance", {
      rows: fourDays(pupilIin()),
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      error: { code: "school_prevention.not_school", article: "001 Art. 23(14)" },
    });
    expect(await counts(w)).toEqual(before);
  });
});
