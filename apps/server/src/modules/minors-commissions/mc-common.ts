import type { Kysely } from "kysely";
import { legalDateOf, type CommissionLevel, type LegalDate } from "@aldyn/law";
import type { CaseCountsByState, CommissionBodyRef } from "@aldyn/contract";
import type { Action } from "../../access/actions.ts";
import { can } from "../../access/can.ts";
import type { Resource } from "../../access/resources.ts";
import type { Actor } from "../../access/roles.ts";
import { overseersOf, type BodyLink } from "../../access/scope.ts";
import type { Database } from "../../db/schema.ts";
import { AppError } from "../../errors/app-error.ts";

/** A connection or an open transaction. */
export type Q = Kysely<Database>;

/** A commission as the use cases read it: its body, level, parent and territory. */
export interface CommissionRow {
  readonly bodyId: string;
  readonly level: CommissionLevel;
  readonly parentBodyId: string | null;
  readonly settlementName: string | null;
  readonly territoryId: string;
  readonly territoryPath: string;
  readonly name: { kk: string; ru: string; en: string };
}

export async function loadCommission(db: Q, bodyId: string): Promise<CommissionRow | null> {
  const r = await db
    .selectFrom("minors_commission as c")
    .innerJoin("body as b", "b.id", "c.body_id")
    .innerJoin("territory as t", "t.id", "b.territory_id")
    .select([
      "c.body_id",
      "c.level",
      "c.parent_body_id",
      "c.settlement_name",
      "t.id as territory_id",
      "t.path",
      "b.name_kk",
      "b.name_ru",
      "b.name_en",
    ])
    .where("c.body_id", "=", bodyId)
    .executeTakeFirst();
  if (!r) return null;
  return {
    bodyId: r.body_id,
    level: r.level,
    parentBodyId: r.parent_body_id,
    settlementName: r.settlement_name,
    territoryId: r.territory_id,
    territoryPath: r.path,
    name: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
  };
}

export function commissionRef(c: CommissionRow): CommissionBodyRef {
  return { bodyId: c.bodyId, name: c.name, level: c.level, settlementName: c.settlementName };
}

/**
 * The commission the user works at: its own body registered as a commission. Anyone else gets 403
 * `minors_commission.not_commission` — a case is kept by a commission's secretary (001 Art. 79(4)).
 */
export async function ownCommission(db: Q, actor: Actor): Promise<CommissionRow> {
  const c = await loadCommission(db, actor.bodyId);
  if (!c)
    throw new AppError(
      "minors_commission.not_commission",
      "This is the work of a commission on minors' affairs registered in the system.",
      { article: "001 Art. 79(4)" },
    );
  return c;
}

/** Every commission's link to the one above it: the hierarchy is small (a few hundred rows). */
export async function commissionLinks(db: Q): Promise<BodyLink[]> {
  const rows = await db.selectFrom("minors_commission").select(["body_id", "parent_body_id"]).execute();
  return rows.map((r) => ({ bodyId: r.body_id, parentBodyId: r.parent_body_id }));
}

/**
 * A commission's record as the access rules see it: owned by the commission's body, read also by the
 * commissions above it, which coordinate and monitor it (001 Art. 79(6)(4); Resource.overseers).
 */
export function commissionResource(
  type: "minors_case" | "minors_commission",
  territoryPath: string,
  bodyId: string,
  links: readonly BodyLink[],
): Resource {
  return { type, territoryPath, bodyId, overseers: overseersOf(bodyId, links) };
}

export function authorize(actor: Actor, action: Action, resource: Resource): void {
  const d = can(actor, action, resource);
  if (!d.allowed) throw new AppError(d.code, d.reason);
}

export function allowed(actor: Actor, action: Action, resource: Resource): boolean {
  return can(actor, action, resource).allowed;
}

/** A 400 naming the field when a referenced record does not exist (never a foreign-key 500). */
export function unknown(field: string, what: string): AppError {
  return new AppError("validation.failed", `${what} does not exist.`, { field });
}

export function todayOf(now: Date): LegalDate {
  return legalDateOf(now);
}

/** A day that has not come yet is refused for a fact that happened (400 with the field). */
export function notAfterToday(day: string, today: LegalDate, field: string): void {
  if (day > today) throw new AppError("validation.failed", "The day has not come yet.", { field });
}

/**
 * A member holds office on `day`: the term began, has not run out, and the membership was not ended
 * before it (ended_on is the last day in office, as `until` is).
 */
export function activeOn(
  m: { since: string; until: string | null; ended_on: string | null },
  day: string,
): boolean {
  return m.since <= day && (m.until === null || m.until >= day) && (m.ended_on === null || m.ended_on >= day);
}

/** Full names of persons by id ("Surname Name Patronymic") with their birth dates. */
export async function personRefs(
  db: Q,
  ids: readonly string[],
): Promise<Map<string, { id: string; fullName: string; birthDate: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("person")
    .select(["id", "last_name_cyr", "first_name_cyr", "middle_name_cyr", "birth_date"])
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((p) => [
      p.id,
      {
        id: p.id,
        fullName: [p.last_name_cyr, p.first_name_cyr, p.middle_name_cyr].filter(Boolean).join(" "),
        birthDate: p.birth_date,
      },
    ]),
  );
}

export const NO_CASES: CaseCountsByState = { gathering: 0, ready: 0, scheduled: 0, decided: 0, closed: 0 };

/** Cases by state of each of the commissions given. */
export async function caseCounts(db: Q, bodyIds: readonly string[]): Promise<Map<string, CaseCountsByState>> {
  const out = new Map<string, CaseCountsByState>();
  if (bodyIds.length === 0) return out;
  const rows = await db
    .selectFrom("minors_case")
    .select(["commission_body_id", "state", (eb) => eb.fn.countAll<number>().as("n")])
    .where("commission_body_id", "in", [...new Set(bodyIds)])
    .groupBy(["commission_body_id", "state"])
    .execute();
  for (const r of rows) {
    const c = out.get(r.commission_body_id) ?? { ...NO_CASES };
    c[r.state] = Number(r.n);
    out.set(r.commission_body_id, c);
  }
  return out;
}
