import { sql } from "kysely";
import {
  deriveRegisterEntry,
  legalDateOf,
  REGISTER_TERMINATION_GROUNDS,
  validateRegisterExtension,
  validateRegisterTermination,
  type Refusal,
  type RegisterTerminationGround,
} from "@aldyn/law";
import type { RegisterFactCreate } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  lawEntry,
  lawFacts,
  loadEntry,
  loadLinkedMeasures,
  loadRegisterFacts,
  refreshEntry,
} from "./register-entry-state.ts";
import { entryInScope } from "./read-register-entry.ts";
import { checkCarryingMeasures } from "./check-carrying-measures.ts";

function need<T>(value: T | undefined, field: string): T {
  if (value === undefined) throw new AppError("validation.failed", `${field} is required.`, { field });
  return value;
}

/** The fact's own data as stored, with the boundary checks of required fields. */
function dataOf(b: RegisterFactCreate): Record<string, unknown> {
  const note = b.note !== undefined ? { note: b.note } : {};
  switch (b.type) {
    case "control_check":
      return {
        place: need(b.place, "place"),
        outcome: need(b.outcome, "outcome"),
        ...(b.violation ? { violation: b.violation } : {}),
        ...note,
      };
    case "extended":
      return {
        until: b.until ?? null,
        reason: need(b.reason, "reason"),
        basis: b.basis ?? "59(9)",
        ...note,
      };
    case "terminated": {
      const ground = need(b.ground, "ground");
      if (!(REGISTER_TERMINATION_GROUNDS as readonly string[]).includes(ground))
        throw new AppError("validation.failed", "Unknown ground of 001 Art. 59(8).", { field: "ground" });
      return {
        ground,
        ...(b.positiveCharacterisation !== undefined
          ? { positiveCharacterisation: b.positiveCharacterisation }
          : {}),
        ...note,
      };
    }
    case "appeal_decided":
      return { outcome: need(b.appealOutcome, "appealOutcome"), ...note };
    default:
      return note;
  }
}

/**
 * Records a fact of a register entry: a check of preventive control with date, place, outcome and any
 * violation found (59(10)); an extension (59(9), 48(5)); a termination (59(8)); an appeal and its
 * outcome (59(5)). Optimistic concurrency by `version` (409); the law validates extensions and
 * terminations (422 with the article); projections and the audit row are in the same transaction.
 */
export async function recordRegisterFact(
  deps: MeasureDeps,
  ctx: ActCtx,
  entryId: string,
  body: RegisterFactCreate,
): Promise<void> {
  const e0 = await entryInScope(deps, ctx, entryId);
  const resource = { type: "register_entry" as const, territoryPath: e0.territory_path };
  authorizeOn(ctx.actor, "update", resource);
  if (body.type === "control_check")
    authorizeOn(ctx.actor, "record_check", { ...resource, type: "control_check" });
  if (body.on > legalDateOf(deps.now()))
    throw new AppError("validation.failed", "A fact cannot be dated after today.", { field: "on" });
  const data = dataOf(body);

  await deps.db.transaction().execute(async (trx) => {
    const bumped = await trx
      .updateTable("register_entry")
      .set({ version: sql`version + 1` })
      .where("id", "=", entryId)
      .where("version", "=", body.version)
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) === 0)
      throw new AppError("conflict.stale_version", "Someone else changed this entry; reload and try again.", {
        field: "version",
      });
    const e = (await loadEntry(trx, entryId))!;
    const rows = await loadRegisterFacts(trx, entryId);
    const entry = lawEntry(e, await loadLinkedMeasures(trx, entryId));
    const facts = lawFacts(rows);
    let refusals: Refusal[] = [];
    if (body.type === "extended") {
      refusals = validateRegisterExtension(entry, facts, {
        on: body.on,
        until: (data.until as string | null) ?? null,
        reason: data.reason as string,
        basis: data.basis as "59(9)" | "48(5)",
      });
    } else if (body.type === "terminated") {
      refusals = validateRegisterTermination(entry, facts, {
        on: body.on,
        ground: data.ground as RegisterTerminationGround,
        ...(body.positiveCharacterisation !== undefined
          ? { positiveCharacterisation: body.positiveCharacterisation }
          : {}),
      });
    } else if (body.type === "control_check") {
      // A check belongs to the registration while it runs; the law derives the state on that day.
      const s = deriveRegisterEntry(entry, facts, body.on);
      if (s.status !== "active")
        throw new AppError("validation.failed", `The entry is ${s.status} on ${body.on}.`, { field: "on" });
    }
    if (refusals.length > 0) throw AppError.fromRefusals(refusals);
    await trx
      .insertInto("register_fact")
      .values({
        entry_id: entryId,
        seq: rows.length,
        type: body.type,
        on: body.on,
        data: JSON.stringify(data),
        recorded_by: ctx.userId,
      })
      .execute();
    if (body.type === "control_check")
      await checkCarryingMeasures(
        trx,
        deps,
        entryId,
        { on: body.on, place: data.place, outcome: data.outcome },
        ctx.userId,
      );
    await refreshEntry(trx, deps, entryId);
    await recordAudit(trx, ctx.audit, {
      action: `register_entry.fact.${body.type}`,
      recordType: "register_entry",
      recordId: entryId,
      fields: Object.keys(data),
    });
  });
}
