import type { WorklistExportQuery } from "@aldyn/contract";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import { dueDuties } from "./list-due-duties.ts";
import { withNames } from "./worklist-page.ts";
import { EXPORT_MAX_ROWS, exportTable, type ExportTable } from "./worklist-export.ts";

/**
 * The due-duties worklist for export (R11.7; issue 4 item 9): the list the screen shows for the same
 * scope, window and district, most urgent first, names only where visible (59(6)). Audited as an
 * export, with each person it holds (withNames; R11.2).
 */
export async function exportDuties(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: WorklistExportQuery,
  maxRows = EXPORT_MAX_ROWS,
): Promise<ExportTable> {
  authorizeOn(ctx.actor, "read_personal", { type: "measure", territoryPath: ctx.actor.territoryPath });
  const { base, order, toItem } = await dueDuties(deps, ctx, q);
  return exportTable(
    base,
    order,
    (rows) => withNames(deps.db, rows, { ctx, action: "worklist.duties.export", recordType: "measure" }),
    [
      "status",
      "due_at",
      "duty",
      "article",
      "liability",
      "measure_kind",
      "person",
      "person_id",
      "territory",
      "measure_id",
    ],
    (r) => {
      const i = toItem(r);
      return [
        i.status,
        i.dueAt,
        i.code,
        i.article,
        i.liability ? "yes" : "no",
        i.kind,
        i.personName,
        i.personId,
        i.territoryPath,
        i.measureId,
      ];
    },
    maxRows,
  );
}
