import { sql, type Transaction } from "kysely";
import { validatePlacement, type DerivedMeasure, type IssuerKind } from "@aldyn/law";
import type { Database } from "../../db/schema.ts";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { refreshEntry } from "./register-entry-state.ts";

/** The measure whose placement is synchronised. */
export interface PlacingMeasure {
  readonly id: string;
  readonly personId: string | null;
  readonly birthDate: string | null;
  readonly territoryPath: string;
  readonly issuerBodyId: string;
  readonly issuerKind: IssuerKind;
}

/**
 * Keeps the register in step with a measure, in the measure's transaction (R3.1): a measure that places
 * its subject (001 Art. 59(2), e.g. an official warning 51(4), a protective order 60(7)) joins the
 * person's running entry on that ground, or opens one from the day the ground stands; every entry the
 * measure carries is then re-derived (its term is the measures' validity, 59(7)). Returns the ids of
 * the entries the measure carries.
 */
export async function placeByMeasure(
  trx: Transaction<Database>,
  deps: MeasureDeps,
  ctx: ActCtx,
  m: PlacingMeasure,
  d: DerivedMeasure,
  rightsExplained: boolean,
): Promise<string[]> {
  if (d.register.places && d.register.ground && d.register.since && m.personId && m.birthDate) {
    const linked = await trx
      .selectFrom("register_entry_measure as l")
      .innerJoin("register_entry as e", "e.id", "l.entry_id")
      .select("e.id")
      .where("l.measure_id", "=", m.id)
      .where("e.ground", "=", d.register.ground)
      .executeTakeFirst();
    if (!linked) {
      const running = await trx
        .selectFrom("register_entry")
        .select("id")
        .where("person_id", "=", m.personId)
        .where("ground", "=", d.register.ground)
        .where("status", "=", "active")
        .where((eb) => eb.or([eb("last_day", "is", null), eb("last_day", ">=", d.register.since!)]))
        .orderBy("placed_on", "desc")
        .executeTakeFirst();
      let entryId = running?.id;
      if (!entryId) {
        const refusals = validatePlacement(
          {
            ground: d.register.ground,
            subjectBirthDate: m.birthDate,
            placedOn: d.register.since,
            placedBy: m.issuerKind,
            rightsExplained,
          },
          deps.law,
          // The measure's own article requires the placement; whether rights were explained is
          // recorded on the entry (59(4)) rather than blocking the measure.
        ).filter((r) => r.code !== "register.rights_not_explained");
        if (refusals.length > 0) throw AppError.fromRefusals(refusals);
        const row = await trx
          .insertInto("register_entry")
          .values({
            person_id: m.personId,
            ground: d.register.ground,
            territory_path: m.territoryPath,
            placed_on: d.register.since,
            placed_by_body: m.issuerBodyId,
            placed_by_user: ctx.userId,
            placed_by_kind: m.issuerKind,
            rights_explained: rightsExplained,
            status: "active",
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        entryId = row.id;
        await trx
          .insertInto("register_fact")
          .values({
            entry_id: entryId,
            seq: 0,
            type: "placed",
            on: d.register.since,
            data: JSON.stringify({ measureId: m.id, article: d.register.article, rightsExplained }),
            recorded_by: ctx.userId,
          })
          .execute();
        await recordAudit(trx, ctx.audit, {
          action: "register_entry.create",
          recordType: "register_entry",
          recordId: entryId,
          fields: ["personId", "ground"],
        });
      }
      await trx
        .insertInto("register_entry_measure")
        .values({ entry_id: entryId, measure_id: m.id, linked_at: sql`now()` })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }
  const entries = await trx
    .selectFrom("register_entry_measure")
    .select("entry_id")
    .where("measure_id", "=", m.id)
    .execute();
  for (const e of entries) await refreshEntry(trx, deps, e.entry_id);
  return entries.map((e) => e.entry_id);
}
