import type { WorklistExportQuery } from "@aldyn/contract";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import { dueChecks } from "./list-due-checks.ts";
import { withNames } from "./worklist-page.ts";
import { EXPORT_MAX_ROWS, exportTable, type ExportTable } from "./worklist-export.ts";

/**
 * The due-checks worklist for export (R11.7; issue 4 item 9): the very list the screen shows for the
 * same scope, window and district, in the same order, names only where visible (59(6)). Audited as
 * an export, with each person it holds (withNames; R11.2).
 */
export async function exportChecks(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: WorklistExportQuery,
  maxRows = EXPORT_MAX_ROWS,
): Promise<ExportTable> {
  authorizeOn(ctx.actor, "read_personal", { type: "control_check", territoryPath: ctx.actor.territoryPath });
  const { base, order, toItem } = await dueChecks(deps, ctx, q);
  return exportTable(
    base,
    order,
    (rows) =>
      withNames(deps.db, rows, { ctx, action: "worklist.checks.export", recordType: "control_check" }),
    ["status", "due_on", "source", "what", "person", "person_id", "territory", "id"],
    (r) => {
      const i = toItem(r);
      return [i.status, i.dueOn, i.source, i.what, i.personName, i.personId, i.territoryPath, i.id];
    },
    maxRows,
  );
}
