import { art, legalDateOf, validateMinorRestrictions, type LegalDate } from "@aldyn/law";
import type { MinorRestrictionCreate, MinorRestrictionRuling, MinorRestrictions } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { lockEntry, minorEntryInScope, minorOn, onRegisterOn } from "./minor-entry.ts";

const ARTICLE = art("001", "82(3)");
/** What a ruling shows of the minor (audited by name, never by value). */
const RESTRICTION_FIELDS = ["restrictions", "court", "rulingNumber", "rulingOn"] as const;

type Body = Omit<MinorRestrictionCreate, "restrictions" | "imposedBy"> & {
  restrictions: string[];
  imposedBy: MinorRestrictionCreate["imposedBy"] & string;
};

function loadRulings(db: Db, entryId: string) {
  return db
    .selectFrom("minor_restriction")
    .selectAll()
    .where("register_entry_id", "=", entryId)
    .orderBy("seq")
    .execute();
}

type RulingRow = Awaited<ReturnType<typeof loadRulings>>[number];

function rulingOf(r: RulingRow): MinorRestrictionRuling {
  return {
    id: r.id,
    seq: r.seq,
    kind: r.kind,
    restrictions: r.restrictions,
    court: r.court,
    rulingNumber: r.ruling_number,
    rulingOn: r.ruling_on,
    policeSubmissionOn: r.police_submission_on,
    note: r.note,
    recordedAt: new Date(r.recorded_at).toISOString(),
  };
}

/** The set in force on a day: that of the last ruling made by then (a later ruling is not yet law). */
export function restrictionsInForce(
  rulings: readonly { ruling_on: string; restrictions: string[] }[],
  on: LegalDate,
): { current: string[]; since: string | null } {
  const last = [...rulings].filter((r) => r.ruling_on <= on).pop();
  if (!last || last.restrictions.length === 0) return { current: [], since: null };
  return { current: last.restrictions, since: last.ruling_on };
}

/** The entry's rulings on restrictions and the set in force today (an audited read). */
export async function readMinorRestrictions(
  deps: MeasureDeps,
  ctx: ActCtx,
  entryId: string,
  audited = true,
): Promise<MinorRestrictions> {
  const e = await minorEntryInScope(deps, ctx, entryId);
  const today = legalDateOf(deps.now());
  const rows = await loadRulings(deps.db, entryId);
  if (audited)
    await recordAudit(deps.db, ctx.audit, {
      action: "minor_restriction.read",
      recordType: "register_entry",
      recordId: entryId,
      fields: [...RESTRICTION_FIELDS],
    });
  return {
    entryId,
    applies: onRegisterOn(e, today) && minorOn(e, today),
    birthDate: e.birthDate,
    turns18On: e.turns18On,
    ...restrictionsInForce(rows, today),
    rulings: rows.map(rulingOf),
    article: ARTICLE,
  };
}

/**
 * Records a judge's ruling on the restrictions of a registered minor (001 Art. 82(3)): imposed first,
 * then changed (the judge reduces or supplements the list, the last sentence of 82(3)) or lifted — each
 * a new row, the set in force being the last one. The law refuses a non-judicial issuer, a ruling
 * without the internal affairs body's submission, a person not on the register or of 18 and more on
 * the ruling's day, an unknown or empty list (422 with the field and article); nothing is written on a
 * refusal. The row and its audit row are one transaction.
 */
export async function recordMinorRestriction(
  deps: MeasureDeps,
  ctx: ActCtx,
  entryId: string,
  body: Body,
): Promise<void> {
  const e = await minorEntryInScope(deps, ctx, entryId, true);
  const today = legalDateOf(deps.now());
  if (body.rulingOn > today)
    throw new AppError("validation.failed", "The ruling cannot be dated after today.", { field: "rulingOn" });
  const submission = body.policeSubmissionOn ?? null;
  if (submission !== null && submission > body.rulingOn)
    throw new AppError("validation.failed", "The submission precedes the judge's ruling on it.", {
      field: "policeSubmissionOn",
      article: ARTICLE,
    });
  const lifting = body.kind === "lifted";
  if (lifting && body.restrictions.length > 0)
    throw new AppError("validation.failed", "A lifting ruling names no restriction.", {
      field: "restrictions",
    });
  const refusals = validateMinorRestrictions({
    // Lifting establishes nothing: only who rules, on whose submission and whom are checked.
    restrictions: body.restrictions,
    kind: body.kind,
    imposedBy: body.imposedBy,
    onSubmissionOfInternalAffairs: submission !== null,
    subjectOnRegister: onRegisterOn(e, body.rulingOn),
    subjectBirthDate: e.birthDate,
    imposedOn: body.rulingOn,
  });
  if (refusals.length > 0) throw AppError.fromRefusals(refusals);

  await deps.db.transaction().execute(async (trx) => {
    await lockEntry(trx, entryId);
    const rows = await trx
      .selectFrom("minor_restriction")
      .select(["seq", "ruling_on", "restrictions"])
      .where("register_entry_id", "=", entryId)
      .orderBy("seq")
      .execute();
    const last = rows.at(-1);
    const inForce = last !== undefined && last.restrictions.length > 0;
    if (body.kind === "imposed" && inForce)
      throw new AppError(
        "minor_restriction.already_imposed",
        "Restrictions are already in force: record the judge's change or lifting.",
        { field: "kind", article: ARTICLE },
      );
    if (body.kind !== "imposed" && !inForce)
      throw new AppError("minor_restriction.none_in_force", "No restriction is in force to change or lift.", {
        field: "kind",
        article: ARTICLE,
      });
    if (last && body.rulingOn < last.ruling_on)
      throw new AppError(
        "minor_restriction.ruling_out_of_order",
        `The ruling in force is of ${last.ruling_on}; a later ruling cannot be dated before it.`,
        { field: "rulingOn", article: ARTICLE },
      );
    await trx
      .insertInto("minor_restriction")
      .values({
        register_entry_id: entryId,
        seq: (last?.seq ?? 0) + 1,
        kind: body.kind,
        restrictions: lifting ? [] : [...new Set(body.restrictions)],
        court: body.court,
        ruling_number: body.rulingNumber,
        ruling_on: body.rulingOn,
        police_submission_on: submission!,
        note: body.note ?? null,
        recorded_by: ctx.userId,
      })
      .execute();
    await recordAudit(trx, ctx.audit, {
      action: `minor_restriction.${body.kind}`,
      recordType: "register_entry",
      recordId: entryId,
      fields: [...RESTRICTION_FIELDS],
    });
  });
}
