import { formatDisplayDateTime, renderCitation } from "@aldyn/law";
import type { WorklistExportQuery } from "@aldyn/contract";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import { dueDuties } from "./list-due-duties.ts";
import { withNames } from "./worklist-page.ts";
import { exportWords } from "./export-texts.ts";
import { EXPORT_MAX_ROWS, exportTable, territoryNames, type ExportTable } from "./worklist-export.ts";

/**
 * The due-duties worklist for export (R11.7): the list the screen shows for the same scope, window
 * and district, most urgent first, names only where visible (59(6)). Written for reading in the
 * user's language (`lang`): headers, statuses, duties, kinds and the law's article in words, the term
 * as dd.MM.yyyy HH:mm in Almaty, the district by name — no codes or ids. Audited as an export, with
 * each person it holds (withNames; R11.2).
 */
export async function exportDuties(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: WorklistExportQuery,
  maxRows = EXPORT_MAX_ROWS,
): Promise<ExportTable> {
  authorizeOn(ctx.actor, "read_personal", { type: "measure", territoryPath: ctx.actor.territoryPath });
  const { base, order, toItem } = await dueDuties(deps, ctx, q);
  const words = exportWords(q.lang);
  return exportTable(
    base,
    order,
    async (rows) => {
      const named = await withNames(deps.db, rows, {
        ctx,
        action: "worklist.duties.export",
        recordType: "measure",
      });
      const place = await territoryNames(
        deps.db,
        named.map((r) => r.territory_path),
        q.lang,
      );
      return named.map((r) => ({ item: toItem(r), territory: place(r.territory_path) }));
    },
    ["status", "dueAt", "duty", "article", "liability", "measureKind", "person", "territory"].map((h) =>
      words.text(h),
    ),
    ({ item, territory }) => [
      words.name("worklists", item.status),
      formatDisplayDateTime(item.dueAt),
      words.name("duty", item.code),
      renderCitation(item.article, q.lang),
      words.text(item.liability ? "yes" : "no"),
      words.name("measureKind", item.kind),
      item.personName ?? words.name("persons", "withheld"),
      territory,
    ],
    maxRows,
  );
}
