import { formatDisplayDate } from "@aldyn/law";
import type { DueCheck, WorklistExportQuery } from "@aldyn/contract";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import { dueChecks } from "./list-due-checks.ts";
import { withNames } from "./worklist-page.ts";
import { exportWords, groundKey, type ExportWords } from "./export-texts.ts";
import { EXPORT_MAX_ROWS, exportTable, territoryNames, type ExportTable } from "./worklist-export.ts";

/** What falls due on the row, named: "Register entry: Official warning issued (…); Official warning". */
function whatIsDue(words: ExportWords, row: DueCheck): string {
  return row.records
    .map((r) =>
      r.source === "register_entry"
        ? `${words.name("timeline", "registerEntry")}: ${words.name("registerGround", groundKey(r.what))}`
        : words.name("measureKind", r.what),
    )
    .join("; ");
}

/**
 * The due-checks worklist for export (R11.7): the very list the screen shows for the same scope,
 * window and district, in the same order, one row per person and day, names only where visible
 * (59(6)). Written for reading in the user's language (`lang`): headers, statuses, kinds and grounds
 * named, dates dd.MM.yyyy, the district by name — no codes or ids. Audited as an export, with each
 * person it holds (withNames; R11.2).
 */
export async function exportChecks(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: WorklistExportQuery,
  maxRows = EXPORT_MAX_ROWS,
): Promise<ExportTable> {
  authorizeOn(ctx.actor, "read_personal", { type: "control_check", territoryPath: ctx.actor.territoryPath });
  const { base, order, toItem } = await dueChecks(deps, ctx, q);
  const words = exportWords(q.lang);
  return exportTable(
    base,
    order,
    async (rows) => {
      const named = await withNames(deps.db, rows, {
        ctx,
        action: "worklist.checks.export",
        recordType: "control_check",
      });
      const place = await territoryNames(
        deps.db,
        named.map((r) => r.territory_path),
        q.lang,
      );
      return named.map((r) => ({ item: toItem(r), territory: place(r.territory_path) }));
    },
    ["status", "dueOn", "person", "whatIsDue", "territory"].map((h) => words.text(h)),
    ({ item, territory }) => [
      words.name("worklists", item.status),
      formatDisplayDate(item.dueOn),
      item.personName ?? words.name("persons", "withheld"),
      whatIsDue(words, item),
      territory,
    ],
    maxRows,
  );
}
