import { sql, type Transaction } from "kysely";
import { ageOn, isHandoffGroundCode, sourceOfGround, type MinorsCaseSource } from "@aldyn/law";
import type { MinorsCaseCreate, MinorsCaseCreated } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeAct } from "../handoffs/handoff-access.ts";
import { loadHandoff, type HandoffFactRow, type HandoffRecord } from "../handoffs/handoff.queries.ts";
import { acceptHandoffIn } from "./accept-handoff.ts";
import { addEvent, addMaterialRow } from "./case-rows.ts";
import {
  authorize,
  commissionLinks,
  commissionResource,
  ownCommission,
  todayOf,
  unknown,
  type CommissionRow,
  type Q,
} from "./mc-common.ts";

/** The commission considers materials on minors and on parents who fail their duties (001 Art. 79(6)(9)). */
const ARTICLE = "001 Art. 79(6)(9)";

/** The minor a hand-off's record names: a measure's subject, a register entry's person, the person. */
async function minorOfRecord(db: Q, h: HandoffRecord): Promise<string | null> {
  if (h.record_type === "person") return h.record_id;
  if (h.record_type === "measure") {
    const m = await db
      .selectFrom("measure")
      .select("person_id")
      .where("id", "=", h.record_id)
      .executeTakeFirst();
    return m?.person_id ?? null;
  }
  if (h.record_type === "register_entry") {
    const e = await db
      .selectFrom("register_entry")
      .select("person_id")
      .where("id", "=", h.record_id)
      .executeTakeFirst();
    return e?.person_id ?? null;
  }
  return null;
}

interface Planned {
  readonly minorPersonId: string;
  readonly source: MinorsCaseSource;
  readonly handoff: { row: HandoffRecord; facts: HandoffFactRow[] } | null;
}

async function plan(deps: MeasureDeps, ctx: ActCtx, body: MinorsCaseCreate): Promise<Planned> {
  if (body.fromHandoffId) {
    const loaded = await loadHandoff(deps.db, body.fromHandoffId);
    if (!loaded) throw notFound("The hand-off");
    // Only the body it was sent to acts on it: another body is answered as for an unknown id.
    authorizeAct(ctx, loaded.row);
    const used = await deps.db
      .selectFrom("minors_case_material")
      .select("case_id")
      .where("handoff_id", "=", loaded.row.id)
      .executeTakeFirst();
    if (used)
      throw new AppError("minors_case.handoff_used", "The hand-off is already a material of a case.", {
        field: "fromHandoffId",
      });
    const minor = body.minorPersonId ?? (await minorOfRecord(deps.db, loaded.row));
    if (!minor)
      throw new AppError("minors_case.minor_required", "Name the minor the case concerns.", {
        field: "minorPersonId",
        article: ARTICLE,
      });
    const source = isHandoffGroundCode(loaded.row.ground) ? sourceOfGround(loaded.row.ground) : "handoff";
    return { minorPersonId: minor, source, handoff: loaded };
  }
  if (!body.minorPersonId)
    throw new AppError("minors_case.minor_required", "Name the minor the case concerns.", {
      field: "minorPersonId",
      article: ARTICLE,
    });
  if (!body.summary)
    throw new AppError("validation.failed", "Say what the case is about.", { field: "summary" });
  if (!body.source || body.source === "handoff")
    throw new AppError(
      "validation.failed",
      "Say where the materials came from; a hand-off opens its case itself.",
      {
        field: "source",
      },
    );
  return { minorPersonId: body.minorPersonId, source: body.source, handoff: null };
}

async function checkPersons(deps: MeasureDeps, minorId: string, body: MinorsCaseCreate): Promise<void> {
  const p = await deps.db
    .selectFrom("person")
    .select(["id", "birth_date"])
    .where("id", "=", minorId)
    .executeTakeFirst();
  if (!p) throw unknown("minorPersonId", "The person");
  if (ageOn(p.birth_date, todayOf(deps.now())) >= 18)
    throw new AppError("minors_case.not_a_minor", "The person the case concerns is not a minor.", {
      field: "minorPersonId",
      article: ARTICLE,
    });
  const others = (body.persons ?? []).map((x) => x.personId).filter((id) => id !== minorId);
  if (others.length > 0) {
    const found = await deps.db.selectFrom("person").select("id").where("id", "in", others).execute();
    const missing = others.findIndex((id) => !found.some((f) => f.id === id));
    if (missing >= 0) throw unknown(`persons.${missing}.personId`, "The person");
  }
}

/** The next number of the commission's year: <year>-<sequence>, under the commission row's lock. */
async function nextNumber(trx: Transaction<Database>, bodyId: string, year: string): Promise<string> {
  await sql`SELECT 1 FROM minors_commission WHERE body_id = ${bodyId}::uuid FOR UPDATE`.execute(trx);
  const r = await sql<{ n: number }>`
    SELECT coalesce(max(split_part(number, '-', 2)::int), 0)::int AS n FROM minors_case
     WHERE commission_body_id = ${bodyId}::uuid AND number LIKE ${`${year}-%`}`.execute(trx);
  return `${year}-${String((r.rows[0]?.n ?? 0) + 1).padStart(3, "0")}`;
}

/**
 * Opens a minors' case at the user's commission (001 Art. 79(6)(9)), kept by its secretary (79(4)):
 * - from a hand-off addressed to the commission (a school's referral after a refusal of pedagogical
 *   support 78(4), a release notice 80(10)(4), the akimat's submission 80(11), police materials): the
 *   hand-off is accepted in the same transaction and becomes the first material; the minor comes from
 *   its record (minorPersonId when the record names none: 422 minors_case.minor_required); the source
 *   from its ground (sourceOfGround). When the minor already has an open case on the same subject at
 *   the commission, the hand-off joins it as a material instead (joined: true).
 * - directly (police materials brought on paper, a report, the commission's own initiative): the
 *   minor, what it is about and the source; a second open case of the minor is refused (409).
 * The case, its persons, its first event and material, the hand-off's facts and the audit rows are one
 * transaction; a refusal writes nothing.
 */
export async function openCase(
  deps: MeasureDeps,
  ctx: ActCtx,
  body: MinorsCaseCreate,
): Promise<MinorsCaseCreated> {
  const commission = await ownCommission(deps.db, ctx.actor);
  const links = await commissionLinks(deps.db);
  authorize(
    ctx.actor,
    "create",
    commissionResource("minors_case", commission.territoryPath, commission.bodyId, links),
  );
  const planned = await plan(deps, ctx, body);
  await checkPersons(deps, planned.minorPersonId, body);
  const now = deps.now();
  const today = todayOf(now);
  const subject = body.subject ?? "minor";
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const number = await nextNumber(trx, commission.bodyId, today.slice(0, 4));
      const open = await trx
        .selectFrom("minors_case")
        .select(["id", "number"])
        .where("commission_body_id", "=", commission.bodyId)
        .where("minor_person_id", "=", planned.minorPersonId)
        .where("subject", "=", subject)
        .where("state", "in", ["gathering", "ready", "scheduled"])
        .executeTakeFirst();
      if (open && !planned.handoff)
        throw new AppError("minors_case.open_exists", `The minor already has an open case ${open.number}.`, {
          field: "minorPersonId",
        });
      const caseId =
        open?.id ?? (await insertCase(trx, ctx, commission, planned, body, subject, number, today));
      const reps = await representativesOf(trx, planned, today);
      if (reps.length > 0)
        await trx
          .insertInto("minors_case_person")
          .values(reps.map((x) => ({ case_id: caseId, person_id: x.personId, role: x.role })))
          .onConflict((oc) => oc.columns(["case_id", "person_id"]).doNothing())
          .execute();
      let materialId: string | null = null;
      if (planned.handoff) {
        await acceptHandoffIn(trx, ctx, planned.handoff.row, planned.handoff.facts, now);
        materialId = await addMaterialRow(trx, ctx, caseId, {
          kind: "handoff",
          title: planned.handoff.row.ground,
          receivedOn: today,
          handoffId: planned.handoff.row.id,
        });
        if (open) await addEvent(trx, ctx, caseId, "material_added", null);
      }
      await recordAudit(trx, ctx.audit, {
        action: open ? "minors_case.material_add" : "minors_case.create",
        recordType: "minors_case",
        recordId: caseId,
        fields: open ? ["materials"] : ["minorPersonId", "subject", "summary", "source", "persons"],
      });
      return { id: caseId, number: open?.number ?? number, joined: open !== undefined, materialId };
    });
  } catch (e) {
    const constraint = (e as { constraint?: string }).constraint;
    if (constraint === "minors_case_material_handoff_once")
      throw new AppError("minors_case.handoff_used", "The hand-off is already a material of a case.", {
        field: "fromHandoffId",
      });
    if (constraint === "minors_case_one_open")
      throw new AppError("minors_case.open_exists", "The minor already has an open case.", {
        field: "minorPersonId",
      });
    throw e;
  }
}

async function insertCase(
  trx: Transaction<Database>,
  ctx: ActCtx,
  commission: CommissionRow,
  planned: Planned,
  body: MinorsCaseCreate,
  subject: "minor" | "parents",
  number: string,
  today: string,
): Promise<string> {
  const row = await trx
    .insertInto("minors_case")
    .values({
      commission_body_id: commission.bodyId,
      territory_id: commission.territoryId,
      territory_path: commission.territoryPath,
      number,
      subject,
      minor_person_id: planned.minorPersonId,
      summary: body.summary ?? null,
      source: planned.source,
      urgent: body.urgent === true,
      opened_on: today,
      opened_by: ctx.userId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const persons = new Map<string, "minor" | "legal_representative" | "parent" | "other">([
    [planned.minorPersonId, "minor"],
  ]);
  for (const p of body.persons ?? []) if (!persons.has(p.personId)) persons.set(p.personId, p.role);
  await trx
    .insertInto("minors_case_person")
    .values([...persons].map(([person_id, role]) => ({ case_id: row.id, person_id, role })))
    .execute();
  await addEvent(trx, ctx, row.id, "opened", null);
  return row.id;
}

/**
 * The minor's legal representatives the records already name, to invite with the minor (001 Art.
 * 79(6)(9)): the parents and other representatives linked to the minor today (person_link; 001 Art.
 * 1(7)) and, for a school's referral, those who took part in the council's meeting that assigned the
 * support they refused (78(3),(4)).
 */
async function representativesOf(
  trx: Transaction<Database>,
  planned: Planned,
  today: string,
): Promise<{ personId: string; role: "parent" | "legal_representative" }[]> {
  const measureId = planned.handoff?.row.record_type === "measure" ? planned.handoff.row.record_id : null;
  const r = await sql<{ person_id: string; parent: boolean }>`
    SELECT representative_id AS person_id, kind IN ('parent', 'adoptive_parent') AS parent FROM person_link
     WHERE minor_id = ${planned.minorPersonId}::uuid AND (until IS NULL OR until >= ${today}::date)
    UNION
    SELECT p.id, false FROM council_meeting cm
      CROSS JOIN jsonb_array_elements(cm.representatives) rep
      JOIN person p ON p.id::text = rep->>'personId'
     WHERE cm.measure_id = ${measureId}::uuid AND p.id <> ${planned.minorPersonId}::uuid`.execute(trx);
  const out = new Map<string, "parent" | "legal_representative">();
  for (const x of r.rows)
    if (out.get(x.person_id) !== "parent") out.set(x.person_id, x.parent ? "parent" : "legal_representative");
  return [...out].map(([personId, role]) => ({ personId, role }));
}
