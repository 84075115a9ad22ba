import { ageOn, dateOfAge, REGISTER_MAJORITY_AGE, type LegalDate } from "@aldyn/law";
import type { Db } from "../../db/pool.ts";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { entryInScope } from "../preventive-register/read-register-entry.ts";

/** A register entry with what 001 Art. 82 asks of its person: the birth date, hence minority. */
export interface MinorEntry {
  readonly id: string;
  readonly territoryPath: string;
  readonly birthDate: LegalDate;
  readonly turns18On: LegalDate;
  readonly placedOn: LegalDate;
  readonly status: string;
  readonly lastDay: LegalDate | null;
}

/**
 * The entry read in the actor's scope (read and read_personal of register_entry, 403 otherwise; 404
 * when absent) with its person's birth date. `write` also asks `update`: restrictions and activities
 * are the police's case work on the entry (access resource register_entry).
 */
export async function minorEntryInScope(
  deps: MeasureDeps,
  ctx: ActCtx,
  entryId: string,
  write = false,
): Promise<MinorEntry> {
  const e = await entryInScope(deps, ctx, entryId);
  if (write) authorizeOn(ctx.actor, "update", { type: "register_entry", territoryPath: e.territory_path });
  const s = await deps.db
    .selectFrom("register_entry")
    .select(["status", "last_day"])
    .where("id", "=", e.id)
    .executeTakeFirstOrThrow();
  return {
    id: e.id,
    territoryPath: e.territory_path,
    birthDate: e.birth_date,
    turns18On: dateOfAge(e.birth_date, REGISTER_MAJORITY_AGE),
    placedOn: e.placed_on,
    status: s.status,
    lastDay: s.last_day,
  };
}

/**
 * Whether the person is on the register on a day: the entry placed by then, active, and not past its
 * last day (a minors-only ground ends at 18 through the stored last day, 001 Art. 59(8)(4)).
 */
export function onRegisterOn(e: MinorEntry, on: LegalDate): boolean {
  return e.status === "active" && e.placedOn <= on && (e.lastDay === null || e.lastDay >= on);
}

/** Under 18 on the day (001 Art. 82 concerns minors). */
export function minorOn(e: MinorEntry, on: LegalDate): boolean {
  return ageOn(e.birthDate, on) < REGISTER_MAJORITY_AGE;
}

/** Serialises writes on one entry (the seq of rulings, an activity's checks) without a version field. */
export async function lockEntry(trx: Transaction<Database> | Db, entryId: string): Promise<void> {
  await trx.selectFrom("register_entry").select("id").where("id", "=", entryId).forUpdate().execute();
}
