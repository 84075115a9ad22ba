import { sql } from "kysely";
import { REPORT_CATEGORIES, REPORT_FLAGS, REPORT_URGENCIES } from "@aldyn/law";
import type { ReportTriageInput } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { can } from "../../access/can.ts";
import { pathWithin } from "../../access/territory.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { reportForWrite } from "./report-lock.ts";
import { authorizeReport } from "./triage-access.ts";
import type { TriageDeps } from "./triage-deps.ts";
import { appendReportFacts, districtOf, type ReportRow } from "./triage.queries.ts";

/** A value outside the law's closed list (categories, urgencies, flags): 400 with the field. */
export function refuseOutsideLaw(field: string, values: readonly string[], list: readonly string[]): void {
  for (const v of values)
    if (!list.includes(v))
      throw new AppError("validation.failed", `Unknown ${field} '${v}': one of ${list.join(", ")}.`, {
        field,
      });
}

/** The region a report's path lies in (its first two segments): triage moves a report within it only. */
export function regionPathOf(territoryPath: string): string {
  return territoryPath.split(".").slice(0, 2).join(".");
}

/** Before routing a report may be triaged again; after it, a new category goes through the re-route. */
export function refuseTriageAfterRouting(row: ReportRow): void {
  if (row.status === "closed")
    throw new AppError("report.closed", "The report is closed (a duplicate of another).", {
      field: "status",
    });
  if (row.status !== "received" && row.status !== "triaged")
    throw new AppError(
      "report.already_routed",
      "The report has been routed; change its category by re-routing it.",
      { field: "status" },
    );
}

/**
 * Triage (R6): the category from the law's closed list (each mapped to the article that makes it a
 * body's duty), the urgency, the flags, the district where it happened and the persons of the registry
 * it concerns. Setting the district moves the report into that district's territory (its officials
 * see it), within the report's region and the official's territory. Linking a person needs the right
 * to read that person (001 Art. 59(6)). One transaction: the report, its `triaged` fact, its persons
 * and the audit row.
 */
export async function triageReport(
  deps: TriageDeps,
  ctx: ActCtx,
  id: string,
  body: ReportTriageInput,
): Promise<void> {
  refuseOutsideLaw("category", [body.category], REPORT_CATEGORIES);
  refuseOutsideLaw("urgency", [body.urgency], REPORT_URGENCIES);
  refuseOutsideLaw("flags", body.flags, REPORT_FLAGS);
  const flags = [...new Set(body.flags)];
  await deps.db.transaction().execute(async (trx) => {
    const row = await reportForWrite(trx, deps, ctx, id, body.version);
    refuseTriageAfterRouting(row);
    let districtId = row.district_id;
    let territoryPath = row.territory_path;
    if (body.districtId) {
      const d = await districtOf(trx, body.districtId);
      if (!d || d.level !== "district" || !pathWithin(regionPathOf(row.territory_path), d.path))
        throw new AppError("validation.failed", "Choose a district of the report's region.", {
          field: "districtId",
        });
      authorizeReport(ctx.actor, "update", d.path);
      districtId = d.id;
      territoryPath = d.path;
    }
    const persons = body.personIds ?? null;
    if (persons) {
      const ids = [...new Set(persons.map((p) => p.personId))];
      const found =
        ids.length === 0
          ? []
          : await trx
              .selectFrom("person as p")
              .innerJoin("territory as t", "t.id", "p.territory_id")
              .select(["p.id as id", "t.path as territory_path"])
              .where("p.id", "in", ids)
              .execute();
      for (const pid of ids) {
        const p = found.find((x) => x.id === pid);
        if (!p) throw new AppError("validation.failed", "No such person.", { field: "personIds" });
        const d = can(ctx.actor, "read", { type: "person", territoryPath: p.territory_path });
        if (!d.allowed) throw new AppError(d.code, d.reason, { field: "personIds" });
      }
      await sql`DELETE FROM citizen_report_person WHERE report_id = ${id}::uuid
        AND NOT (person_id = ANY (${ids}::uuid[]))`.execute(trx);
      for (const p of persons)
        await sql`INSERT INTO citizen_report_person (report_id, person_id, role, linked_by)
          VALUES (${id}::uuid, ${p.personId}::uuid, ${p.role}, ${ctx.userId}::uuid)
          ON CONFLICT (report_id, person_id) DO UPDATE SET role = EXCLUDED.role`.execute(trx);
    }
    await sql`UPDATE citizen_report SET category = ${body.category}, urgency = ${body.urgency},
        flags = ${flags}::text[], district_id = ${districtId}::uuid, territory_path = ${territoryPath},
        status = 'triaged', version = version + 1, updated_at = now()
      WHERE id = ${id}::uuid`.execute(trx);
    await appendReportFacts(trx, id, [
      {
        type: "triaged",
        at: deps.now(),
        data: {
          category: body.category,
          urgency: body.urgency,
          flags,
          districtId,
          ...(persons ? { personIds: persons.map((p) => p.personId) } : {}),
        },
        recordedBy: ctx.userId,
      },
    ]);
    await recordAudit(trx, ctx.audit, {
      action: "citizen_report.triage",
      recordType: "citizen_report",
      recordId: id,
      fields: persons ? ["persons"] : [],
    });
  });
}
