import { sql, type RawBuilder } from "kysely";
import {
  TODAY_UPCOMING_DAYS,
  WorklistExportQuery,
  type TodayWorkCounts,
  type WorklistScope,
} from "@aldyn/contract";
import { AppError } from "../../errors/app-error.ts";
import { runPreparedCompiled } from "../../http/prepared.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { dueChecks } from "./list-due-checks.ts";
import { dueDuties } from "./list-due-duties.ts";

/** The home page's three scopes, as the worklist page names them: `region` is the user's whole territory. */
const SCOPES = { mine: "mine", body: "body", territory: "region" } as const satisfies Record<
  keyof TodayWorkCounts,
  WorklistScope
>;
type Part = keyof typeof SCOPES;
type List = "checks" | "duties";

interface Row {
  list: List;
  part: Part;
  overdue: number;
  due: number;
  upcoming: number;
}

/**
 * The due checks and duties of the coming week, counted in the three scopes, in one statement. Each
 * count is taken over the worklist's own query and status conditions (list-due-checks.ts,
 * list-due-duties.ts), so the home page says what the worklist then shows. A list the worklist
 * refuses the role (R11.1: 403 `access.*`, decided by the worklist's own check before any query) is
 * not counted: null.
 */
export async function todayWork(
  deps: MeasureDeps,
  ctx: ActCtx,
): Promise<{ checks: TodayWorkCounts | null; duties: TodayWorkCounts | null }> {
  const lists: List[] = [];
  const branches: RawBuilder<Row>[] = [];
  for (const list of ["checks", "duties"] as const) {
    for (const part of Object.keys(SCOPES) as Part[]) {
      // The worklist's own query, its other filters at their defaults.
      const q = WorklistExportQuery.parse({ scope: SCOPES[part], withinDays: TODAY_UPCOMING_DAYS });
      // Neither names a territory, so neither reads the database to resolve its scope.
      const query = await (list === "checks" ? dueChecks(deps, ctx, q) : dueDuties(deps, ctx, q)).catch(
        (e: unknown) => {
          if (e instanceof AppError && e.status === 403) return null;
          throw e;
        },
      );
      if (query === null) break;
      if (!lists.includes(list)) lists.push(list);
      branches.push(sql<Row>`select ${list}::text as list, ${part}::text as part,
        count(*) filter (where ${query.status.overdue})::int as overdue,
        count(*) filter (where ${query.status.due})::int as due,
        count(*) filter (where ${query.status.upcoming})::int as upcoming
        from (${query.base}) as c`);
    }
  }
  if (branches.length === 0) return { checks: null, duties: null };
  const statement = sql<Row>`${sql.join(branches, sql` union all `)}`.compile(deps.db);
  const rows = deps.pool
    ? await runPreparedCompiled(deps.pool, statement)
    : (await deps.db.executeQuery(statement)).rows;
  const of = (list: List): TodayWorkCounts | null => {
    if (!lists.includes(list)) return null;
    const counts = (part: Part) => {
      const r = rows.find((x) => x.list === list && x.part === part);
      return { overdue: r?.overdue ?? 0, due: r?.due ?? 0, upcoming: r?.upcoming ?? 0 };
    };
    return { mine: counts("mine"), body: counts("body"), territory: counts("territory") };
  };
  return { checks: of("checks"), duties: of("duties") };
}
