import { sql } from "kysely";
import { addCalendarDays, legalDateOf } from "@aldyn/law";
import { TODAY_UPCOMING_DAYS, type Workload, type WorkloadQuery } from "@aldyn/contract";
import { can } from "../../access/can.ts";
import { auditInsertSql } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import { inTerritoryRange } from "../../db/territory-scope.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";

interface Row {
  user_id: string;
  full_name: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  entries: number;
  measures: number;
  overdue: number;
  due: number;
  officials: number;
}

/**
 * The workload of each responsible official in the actor's territory (R3; 001 Arts. 59(10), 51(6)):
 * the register entries they placed that are on the register today and the measures they issued that
 * run today, with the control checks of those overdue and due within the coming week — the rows and
 * dates of the due-checks worklist (list-due-checks.ts), grouped by the one who owes the follow-up (the
 * data has no assignee: the issuer, as the worklist's `mine`). Both halves are index-only range scans
 * of the territory on the covering indexes of migration 0017, which hold the issuer and the due date.
 *
 * For those who take the territory's statistics away (`export` of aggregate_report: the police head,
 * the prosecutor, the analyst), since it compares officials. The officials' names are read in the same
 * statement as their audit row (R11.2, as the users' list audits its names).
 */
export async function officialWorkload(
  deps: { db: Db; now: () => Date },
  ctx: ActCtx,
  q: WorkloadQuery,
): Promise<Workload> {
  const path = ctx.actor.territoryPath;
  const d = can(ctx.actor, "export", { type: "aggregate_report", territoryPath: path });
  if (!d.allowed) throw new AppError(d.code, d.reason);
  const today = legalDateOf(deps.now());
  const horizon = addCalendarDays(today, TODAY_UPCOMING_DAYS);
  const audit = auditInsertSql(ctx.audit, [
    { action: "figures.workload", recordType: "user", fields: ["full_name"] },
  ]);
  const rows = await sql<Row>`
    with audit as (${audit}),
    work as (
      select e.placed_by_user as official, 1 as entry, 0 as measure, e.next_control_due as due
      from register_entry e
      where e.status = 'active' and (e.last_day is null or e.last_day >= ${today})
        and ${inTerritoryRange("e.territory_path", path)}
      union all
      select m.issuer_user_id, 0, 1, m.next_control_due
      from measure m
      where m.status = 'active' and (m.valid_until is null or m.valid_until >= ${today})
        and ${inTerritoryRange("m.territory_path", path)}
    ), per as (
      select official, sum(entry)::int as entries, sum(measure)::int as measures,
        count(*) filter (where due < ${today})::int as overdue,
        count(*) filter (where due >= ${today} and due <= ${horizon})::int as due
      from work group by official
    )
    select u.id as user_id, u.full_name, b.name_kk, b.name_ru, b.name_en,
      p.entries, p.measures, p.overdue, p.due, (count(*) over ())::int as officials
    from per p join app_user u on u.id = p.official join body b on b.id = u.body_id
    order by p.overdue desc, p.due desc, p.entries + p.measures desc, u.full_name, u.id
    limit ${q.limit}`.execute(deps.db);
  return {
    asOf: today,
    territoryPath: path,
    officials: rows.rows[0]?.officials ?? 0,
    items: rows.rows.map((r) => ({
      userId: r.user_id,
      fullName: r.full_name,
      body: { kk: r.name_kk, ru: r.name_ru, en: r.name_en },
      activeEntries: r.entries,
      runningMeasures: r.measures,
      overdueChecks: r.overdue,
      dueChecks: r.due,
    })),
  };
}
