import { addMonths, lastMonthFrom, legalDateOf, missedClassesCriterion, type LegalDate } from "@aldyn/law";
import type {
  AttentionClose,
  AttentionCreate,
  AttentionRecord,
  SchoolPupil,
  SchoolPupilPage,
  SchoolPupilsQuery,
  SupportSummary,
} from "@aldyn/contract";
import { recordAudit, recordAuditMany } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { isUniqueViolation } from "../persons/person.queries.ts";
import { schoolFor, unknown, type Q } from "./sp-common.ts";

type AttentionRow = {
  id: string;
  person_id: string;
  criteria: string[];
  since: string;
  until: string | null;
  closed_reason: string | null;
  absence_days: number | null;
  note: string | null;
};

export function attentionView(r: AttentionRow): AttentionRecord {
  return {
    id: r.id,
    personId: r.person_id,
    criteria: r.criteria,
    since: r.since,
    until: r.until,
    closedReason: r.closed_reason,
    absenceDays: r.absence_days,
    note: r.note,
  };
}

/** Every pupil the school's council has a record of, with what the list shows of each. */
export async function schoolPupils(db: Q, schoolId: string, today: LegalDate): Promise<SchoolPupil[]> {
  // The criterion looks back a year: "within one month" of a school year (001 Art. 78(2)(4)).
  const since = addMonths(today, -12);
  const [absences, attention, supports] = await Promise.all([
    db
      .selectFrom("school_absence")
      .select(["person_id", "absent_on", "valid_reason"])
      .where("school_body_id", "=", schoolId)
      .where("absent_on", ">=", since)
      .execute(),
    db
      .selectFrom("attention_record")
      .select(["id", "person_id", "criteria", "since", "until", "closed_reason", "absence_days", "note"])
      .where("school_body_id", "=", schoolId)
      .where("until", "is", null)
      .execute(),
    db
      .selectFrom("measure as m")
      .select((eb) => [
        "m.id",
        "m.person_id",
        "m.status",
        "m.issued_at",
        eb
          .selectFrom("measure_fact as f")
          .select((e) => e.fn.countAll<number>().as("n"))
          .whereRef("f.measure_id", "=", "m.id")
          .where("f.type", "=", "representative_refused")
          .as("refusals"),
        eb
          .selectFrom("support_plan_step as s")
          .select((e) => e.fn.countAll<number>().as("n"))
          .whereRef("s.measure_id", "=", "m.id")
          .as("steps"),
        eb
          .selectFrom("support_plan_step as s")
          .select((e) => e.fn.countAll<number>().as("n"))
          .whereRef("s.measure_id", "=", "m.id")
          .where("s.done_on", "is not", null)
          .as("done"),
        eb
          .selectFrom("support_plan_step as s")
          .select((e) => e.fn.countAll<number>().as("n"))
          .whereRef("s.measure_id", "=", "m.id")
          .where("s.done_on", "is", null)
          .where("s.due_on", "<", today)
          .as("overdue"),
      ])
      .where("m.issuer_body_id", "=", schoolId)
      .where("m.kind", "=", "pedagogical_support")
      .orderBy("m.issued_at")
      .execute(),
  ]);
  const ids = new Set<string>([
    ...absences.map((a) => a.person_id),
    ...attention.map((a) => a.person_id),
    ...supports.map((s) => s.person_id!),
  ]);
  if (ids.size === 0) return [];
  const persons = await db
    .selectFrom("person")
    .select(["id", "iin", "birth_date", "last_name_cyr", "first_name_cyr", "middle_name_cyr"])
    .where("id", "in", [...ids])
    .execute();
  const byPerson = new Map<string, { date: LegalDate; validReason: boolean }[]>();
  for (const a of absences) {
    const list = byPerson.get(a.person_id) ?? [];
    list.push({ date: a.absent_on, validReason: a.valid_reason });
    byPerson.set(a.person_id, list);
  }
  const attentionOf = new Map(attention.map((a) => [a.person_id, a]));
  // The latest support of each pupil (issued in order: the last one wins).
  const supportOf = new Map<string, SupportSummary>();
  for (const s of supports)
    supportOf.set(s.person_id!, {
      measureId: s.id,
      status: s.status,
      issuedAt: new Date(s.issued_at).toISOString(),
      refused: Number(s.refusals) > 0,
      stepsTotal: Number(s.steps),
      stepsDone: Number(s.done),
      stepsOverdue: Number(s.overdue),
    });
  const monthFrom = lastMonthFrom(today);
  return persons.map((p) => {
    const list = byPerson.get(p.id) ?? [];
    const lastMonth = list.filter((a) => a.date >= monthFrom && a.date <= today);
    const c = missedClassesCriterion({ absences: list, asOf: today });
    const att = attentionOf.get(p.id);
    return {
      personId: p.id,
      fullName: [p.last_name_cyr, p.first_name_cyr, p.middle_name_cyr].filter(Boolean).join(" "),
      iin: p.iin,
      birthDate: p.birth_date,
      unexcusedLastMonth: new Set(lastMonth.filter((a) => !a.validReason).map((a) => a.date)).size,
      absentLastMonth: new Set(lastMonth.map((a) => a.date)).size,
      criterion: { met: c.met, days: c.days, window: c.window },
      attention: att ? attentionView(att) : null,
      support: supportOf.get(p.id) ?? null,
    };
  });
}

function activeSupport(s: SupportSummary | null): boolean {
  return s !== null && !s.refused && s.status !== "terminated";
}

/**
 * The school's pupils for its council (001 Arts. 23(9), 78(2)): absences in the last month, the
 * 78(2)(4) evaluation, the open attention record, the latest support. Filters: criterion met, on
 * attention, with active support, all. Names and IINs are personal data: the list is audited.
 */
export async function listSchoolPupils(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: SchoolPupilsQuery,
): Promise<SchoolPupilPage> {
  const school = await schoolFor(deps.db, ctx.actor, "read_personal");
  const today = legalDateOf(deps.now());
  const all = await schoolPupils(deps.db, school.id, today);
  const needle = q.q?.toLowerCase();
  const filtered = all
    .filter((p) =>
      q.filter === "criterion_met"
        ? p.criterion.met
        : q.filter === "attention"
          ? p.attention !== null
          : q.filter === "support"
            ? activeSupport(p.support)
            : true,
    )
    .filter((p) => !needle || p.fullName.toLowerCase().includes(needle) || (p.iin ?? "").includes(needle))
    .sort(
      (a, b) =>
        Number(b.criterion.met) - Number(a.criterion.met) || a.fullName.localeCompare(b.fullName, "ru"),
    );
  const items = filtered.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
  if (items.length > 0)
    await recordAuditMany(
      deps.db,
      ctx.audit,
      items.map((p) => ({
        action: "school_pupil.list",
        recordType: "person",
        recordId: p.personId,
        fields: ["fullName", "iin", "birthDate", "absences", "attention"],
      })),
    );
  return { items, total: filtered.length, page: q.page, pageSize: q.pageSize };
}

/**
 * Takes a pupil under increased attention with the criteria of 78(2) that apply (001 Art. 78(2)): one
 * open record per pupil at a school (409 attention_record.already_open). With 78(2)(4) among the
 * criteria, the days are taken from the school's attendance (the law's evaluation), and four are
 * needed (422 pedagogical_support.absence_below_four_days, as the measure is refused).
 */
export async function openAttention(
  deps: MeasureDeps,
  ctx: ActCtx,
  body: AttentionCreate,
): Promise<AttentionRecord> {
  const school = await schoolFor(deps.db, ctx.actor, "create");
  const person = await deps.db
    .selectFrom("person")
    .select("id")
    .where("id", "=", body.personId)
    .executeTakeFirst();
  if (!person) throw unknown("personId", "The pupil");
  if (body.since > legalDateOf(deps.now()))
    throw new AppError("validation.failed", "The record begins on or before today.", { field: "since" });
  const rows = await deps.db
    .selectFrom("school_absence")
    .select(["absent_on", "valid_reason"])
    .where("school_body_id", "=", school.id)
    .where("person_id", "=", body.personId)
    .execute();
  const c = missedClassesCriterion({
    absences: rows.map((r) => ({ date: r.absent_on, validReason: r.valid_reason })),
    asOf: body.since,
  });
  if (body.criteria.includes("78.2.4_missing_classes") && !c.met)
    throw AppError.fromRefusals([
      {
        ok: false,
        code: "pedagogical_support.absence_below_four_days",
        article: "001 Art. 78(2)(4)",
        message: `001 Art. 78(2)(4): missing classes is a criterion at four days or more without a valid reason within one month; the school's attendance shows ${c.days}.`,
        field: "criteria",
        params: { days: c.days },
      },
    ]);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const r = await trx
        .insertInto("attention_record")
        .values({
          school_body_id: school.id,
          territory_path: school.territoryPath,
          person_id: body.personId,
          criteria: body.criteria,
          since: body.since,
          absence_days: c.days > 0 ? c.days : null,
          note: body.note ?? null,
          created_by: ctx.userId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(trx, ctx.audit, {
        action: "attention_record.create",
        recordType: "attention_record",
        recordId: r.id,
        fields: ["personId", "criteria", "since", "note"],
      });
      return attentionView(r);
    });
  } catch (e) {
    if (isUniqueViolation(e, "attention_record_one_open"))
      throw new AppError("attention_record.already_open", "The pupil already has an open attention record.", {
        field: "personId",
      });
    throw e;
  }
}

/** Closes an attention record (the criteria no longer apply); a closed one stays closed (409). */
export async function closeAttention(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  body: AttentionClose,
): Promise<AttentionRecord> {
  const school = await schoolFor(deps.db, ctx.actor, "update");
  return deps.db.transaction().execute(async (trx) => {
    const cur = await trx
      .selectFrom("attention_record")
      .select(["id", "since", "until"])
      .where("id", "=", id)
      .where("school_body_id", "=", school.id)
      .forUpdate()
      .executeTakeFirst();
    if (!cur) throw notFound("The attention record");
    if (cur.until !== null) throw new AppError("attention_record.closed", "The record is already closed.");
    if (body.until < cur.since || body.until > legalDateOf(deps.now()))
      throw new AppError("validation.failed", "The record closes between its beginning and today.", {
        field: "until",
      });
    const r = await trx
      .updateTable("attention_record")
      .set({ until: body.until, closed_reason: body.reason, closed_by: ctx.userId })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: "attention_record.close",
      recordType: "attention_record",
      recordId: id,
      fields: ["until", "closedReason"],
    });
    return attentionView(r);
  });
}
