import {
  checkAttendanceRows,
  legalDateOf,
  parseIin,
  pupilsMeetingAbsenceCriterion,
  readAttendanceDate,
  type AttendanceAbsence,
} from "@aldyn/law";
import type { AttendanceImportResult, AttendanceRowError } from "@aldyn/contract";
import { auditValues } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { PERSON_PERSONAL_FIELDS } from "../persons/person-access.ts";
import type { FileRead } from "./attendance-file.ts";
import { rowMessage, ROWS_INVALID_MESSAGE, type Lang } from "./attendance-texts.ts";
import { personNames, schoolFor, type Q, type School } from "./sp-common.ts";

/** Refuses the whole file with every bad row, in the request's language: nothing is written. */
function rowsInvalid(errors: readonly AttendanceRowError[], lang: Lang): AppError {
  const sorted = [...errors].sort((a, b) => a.line - b.line);
  const first = sorted[0]!;
  const e = new AppError("attendance.rows_invalid", ROWS_INVALID_MESSAGE[lang](sorted.length), {
    field: first.field,
    article: "001 Art. 78(2)(4)",
  });
  // ErrorBody's details, each with its line (the route's 422 schema keeps it).
  return Object.assign(e, { details: sorted });
}

/** Cyrillic letters only: a Latin spelling of a name on record in Cyrillic is not a mismatch. */
const CYRILLIC = /^[\p{Script=Cyrillic}\s-]+$/u;

/** Persons on record by IIN, with their surname to catch a mistyped IIN. */
async function knownByIin(
  db: Q,
  iins: readonly string[],
): Promise<Map<string, { id: string; surname: string }>> {
  if (iins.length === 0) return new Map();
  const rows = await db
    .selectFrom("person")
    .select(["id", "iin", "last_name_cyr"])
    .where("iin", "in", [...iins])
    .where("merged_into", "is", null)
    .execute();
  return new Map(rows.map((r) => [r.iin!, { id: r.id, surname: r.last_name_cyr }]));
}

/** A row naming a person on record under another surname: an IIN typed wrong (reported, not merged). */
function nameMismatches(
  ok: readonly (AttendanceAbsence & { line: number })[],
  known: Map<string, { surname: string }>,
): AttendanceRowError[] {
  const out: AttendanceRowError[] = [];
  for (const a of ok) {
    const k = known.get(a.iin);
    if (!k || !CYRILLIC.test(a.surname) || !CYRILLIC.test(k.surname)) continue;
    if (k.surname.trim().toLowerCase() !== a.surname.toLowerCase())
      out.push({ line: a.line, field: "iin", code: "attendance.iin_name_mismatch", message: "" });
  }
  return out;
}

/**
 * Imports the school's attendance (001 Arts. 23(9), 78(2)(4)). Every row is checked by the law
 * (checkAttendanceRows) and against the persons on record; any bad row refuses the whole file with
 * every bad row listed — line, column, code and message in the request's language — and nothing is
 * written. Otherwise, in one transaction: pupils not on record are entered as persons (IIN checked,
 * birth date and sex from it; one person per IIN: the persons on record are reused), the import, the
 * days (a day imported again is updated) and the audit rows. The answer lists the file's pupils who
 * meet 78(2)(4) on their absences on record (pupilsMeetingAbsenceCriterion).
 */
export async function importAttendance(
  deps: MeasureDeps,
  ctx: ActCtx,
  file: FileRead & { fileName: string },
  lang: Lang,
): Promise<AttendanceImportResult> {
  const school = await schoolFor(deps.db, ctx.actor, "create");
  const today = legalDateOf(deps.now());
  const problems: AttendanceRowError[] = file.problems.map((p) => ({
    ...p,
    message: rowMessage(p.code, lang, p.code),
  }));
  if (problems.length > 0) throw rowsInvalid(problems, lang);
  const checked = checkAttendanceRows(file.rows, { today });
  // The law's ok rows follow the file's order, one per pupil and day: their lines are the first of each.
  const lineOf = new Map<string, number>();
  for (const r of file.rows) {
    const key = `${r.iin.replace(/\s+/g, "")}|${readAttendanceDate(r.date) ?? r.date}`;
    if (!lineOf.has(key)) lineOf.set(key, r.line);
  }
  const ok = checked.ok.map((a) => ({
    ...a,
    line: lineOf.get(`${a.iin}|${a.date}`) ?? 0,
  }));
  const known = await knownByIin(deps.db, [...new Set(ok.map((a) => a.iin))]);
  const errors: AttendanceRowError[] = [
    ...checked.errors.map((e) => ({ ...e, message: rowMessage(e.code, lang, e.message) })),
    ...nameMismatches(ok, known).map((e) => ({ ...e, message: rowMessage(e.code, lang, e.code) })),
  ];
  if (errors.length > 0) throw rowsInvalid(errors, lang);

  return deps.db.transaction().execute(async (trx) => {
    const created = await enterPupils(trx, ctx, school, ok, known);
    const personOf = (iin: string) => known.get(iin)?.id ?? created.get(iin)!;
    const imp = await trx
      .insertInto("attendance_import")
      .values({
        school_body_id: school.id,
        file_name: file.fileName,
        rows: ok.length,
        imported_by: ctx.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const values = ok.map((a) => ({
      school_body_id: school.id,
      person_id: personOf(a.iin),
      absent_on: a.date,
      valid_reason: a.validReason,
      reason: a.reason,
      import_id: imp.id,
    }));
    for (let i = 0; i < values.length; i += 1000)
      await trx
        .insertInto("school_absence")
        .values(values.slice(i, i + 1000))
        .onConflict((oc) =>
          oc.columns(["school_body_id", "person_id", "absent_on"]).doUpdateSet((eb) => ({
            valid_reason: eb.ref("excluded.valid_reason"),
            reason: eb.ref("excluded.reason"),
            import_id: eb.ref("excluded.import_id"),
          })),
        )
        .execute();
    await trx
      .insertInto("audit_log")
      .values(
        auditValues(ctx.audit, {
          action: "school_attendance.import",
          recordType: "attendance_import",
          recordId: imp.id,
          fields: ["absences"],
        }),
      )
      .execute();
    const personIds = [...new Set(values.map((v) => v.person_id))];
    return {
      importId: imp.id,
      imported: ok.length,
      pupilsCreated: created.size,
      pupilsMeetingCriterion: await meetingCriterion(trx, school.id, personIds, today),
    };
  });
}

/** Enters the pupils not on record as persons of the school's district, with their audit rows. */
async function enterPupils(
  trx: Q,
  ctx: ActCtx,
  school: School,
  ok: readonly AttendanceAbsence[],
  known: Map<string, { id: string }>,
): Promise<Map<string, string>> {
  const firstOf = new Map<string, AttendanceAbsence>();
  for (const a of ok) if (!known.has(a.iin) && !firstOf.has(a.iin)) firstOf.set(a.iin, a);
  const created = new Map<string, string>();
  if (firstOf.size === 0) return created;
  const rows = [...firstOf.values()].map((a) => {
    const v = parseIin(a.iin);
    if (!v.ok) throw new Error("IIN checked by checkAttendanceRows");
    return {
      iin: a.iin,
      birth_date: v.value.birthDate,
      sex: v.value.sex,
      last_name_cyr: a.surname,
      first_name_cyr: a.givenName,
      citizenship: "KAZ",
      // The school knows its pupil's district, not the address: the school's own, to be corrected.
      actual_address: school.name.ru,
      territory_id: school.territoryId,
      contacts: "[]",
      created_by: ctx.userId,
    };
  });
  // Two imports naming the same new pupil at once: the IIN's unique index lets one in, the other reuses it.
  const inserted = await trx
    .insertInto("person")
    .values(rows)
    .onConflict((oc) => oc.column("iin").doNothing())
    .returning(["id", "iin"])
    .execute();
  for (const r of inserted) created.set(r.iin!, r.id);
  const missing = rows.filter((r) => !created.has(r.iin)).map((r) => r.iin);
  if (missing.length > 0) {
    const again = await trx.selectFrom("person").select(["id", "iin"]).where("iin", "in", missing).execute();
    for (const r of again) known.set(r.iin!, { id: r.id });
  }
  if (inserted.length > 0)
    await trx
      .insertInto("audit_log")
      .values(
        inserted.map((r) =>
          auditValues(ctx.audit, {
            action: "person.create",
            recordType: "person",
            recordId: r.id,
            fields: [...PERSON_PERSONAL_FIELDS],
          }),
        ),
      )
      .execute();
  return created;
}

/** The pupils (of those given) who meet 001 Art. 78(2)(4) on all their absences at the school. */
export async function meetingCriterion(
  db: Q,
  schoolId: string,
  personIds: readonly string[],
  today: string,
): Promise<AttendanceImportResult["pupilsMeetingCriterion"]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom("school_absence")
    .select(["person_id", "absent_on", "valid_reason"])
    .where("school_body_id", "=", schoolId)
    .where("person_id", "in", [...personIds])
    .execute();
  const met = pupilsMeetingAbsenceCriterion(
    rows.map((r) => ({ personKey: r.person_id, date: r.absent_on, validReason: r.valid_reason })),
    today,
  );
  const ids = met.map((m) => m.personKey);
  const names = await personNames(db, ids);
  const open =
    ids.length === 0
      ? []
      : await db
          .selectFrom("attention_record")
          .select("person_id")
          .where("school_body_id", "=", schoolId)
          .where("until", "is", null)
          .where("person_id", "in", ids)
          .execute();
  const onAttention = new Set(open.map((o) => o.person_id));
  return met.map((m) => ({
    personId: m.personKey,
    fullName: names.get(m.personKey) ?? "",
    days: m.days,
    window: m.window,
    onAttention: onAttention.has(m.personKey),
  }));
}
