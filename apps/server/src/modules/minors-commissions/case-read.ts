import { sql } from "kysely";
import type { MinorsCaseDetail, MinorsCaseListQuery, MinorsCasePage, MinorsCaseRow } from "@aldyn/contract";
import { recordAuditMany } from "../../audit/record.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import { notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import {
  allowed,
  authorize,
  commissionLinks,
  commissionRef,
  commissionResource,
  loadCommission,
  personRefs,
  type CommissionRow,
  type Q,
} from "./mc-common.ts";
import { caseDecisions, caseDuties, caseEvents, caseMaterials } from "./case-parts.ts";

interface CaseRowData {
  id: string;
  number: string;
  commission_body_id: string;
  subject: "minor" | "parents";
  minor_person_id: string;
  summary: string | null;
  source: MinorsCaseRow["source"];
  state: MinorsCaseRow["state"];
  urgent: boolean;
  opened_on: string;
  ready_at: Date | null;
  materials: number;
}

const COLUMNS = sql`k.id, k.number, k.commission_body_id, k.subject, k.minor_person_id, k.summary, k.source,
  k.state, k.urgent, k.opened_on, k.ready_at,
  (SELECT count(*)::int FROM minors_case_material mm WHERE mm.case_id = k.id) AS materials`;

async function toRows(db: Q, rows: readonly CaseRowData[]): Promise<MinorsCaseRow[]> {
  const persons = await personRefs(
    db,
    rows.map((r) => r.minor_person_id),
  );
  const commissions = new Map<string, CommissionRow>();
  for (const id of new Set(rows.map((r) => r.commission_body_id))) {
    const c = await loadCommission(db, id);
    if (c) commissions.set(id, c);
  }
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    commission: commissionRef(commissions.get(r.commission_body_id)!),
    subject: r.subject,
    minor: persons.get(r.minor_person_id) ?? { id: r.minor_person_id, fullName: "—", birthDate: null },
    summary: r.summary,
    source: r.source,
    state: r.state,
    urgent: r.urgent,
    openedOn: r.opened_on,
    readyAt: r.ready_at ? new Date(r.ready_at).toISOString() : null,
    materials: r.materials,
  }));
}

/**
 * A commission's cases (001 Art. 79(6)(9)): the user's own commission's, a lower commission's for a
 * commission above (79(6)(4); commissionBodyId), or — for supervision without a commission of its own
 * (the prosecutor) — every commission's in its territory. By state, searched by the minor's name or the
 * case number; the minors' names are personal data, so every case shown is audited as read.
 */
export async function listCases(
  deps: MeasureDeps,
  ctx: ActCtx,
  q: MinorsCaseListQuery,
): Promise<MinorsCasePage> {
  const links = await commissionLinks(deps.db);
  const targetId =
    q.commissionBodyId ?? ((await loadCommission(deps.db, ctx.actor.bodyId)) ? ctx.actor.bodyId : null);
  let where = sql`TRUE`;
  if (targetId) {
    const c = await loadCommission(deps.db, targetId);
    if (!c) throw notFound("The commission");
    authorize(
      ctx.actor,
      "read_personal",
      commissionResource("minors_case", c.territoryPath, c.bodyId, links),
    );
    where = sql`k.commission_body_id = ${c.bodyId}::uuid`;
  } else {
    authorize(ctx.actor, "read_personal", { type: "minors_case", territoryPath: ctx.actor.territoryPath });
    where = sql`${inTerritory("k.territory_path", ctx.actor.territoryPath)}`;
  }
  if (q.state) where = sql`${where} AND k.state = ${q.state}`;
  if (q.q) {
    const like = `%${q.q.toLowerCase().replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
    where = sql`${where} AND (k.number LIKE ${like} OR EXISTS (SELECT 1 FROM person p WHERE p.id = k.minor_person_id
      AND lower(p.last_name_cyr || ' ' || p.first_name_cyr || ' ' || coalesce(p.middle_name_cyr, '')) LIKE ${like}))`;
  }
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM minors_case k WHERE ${where}`.execute(
    deps.db,
  );
  const rows = await sql<CaseRowData>`
    SELECT ${COLUMNS} FROM minors_case k WHERE ${where}
     ORDER BY k.urgent DESC, k.opened_on DESC, k.number DESC
     LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`.execute(deps.db);
  await recordAuditMany(
    deps.db,
    ctx.audit,
    rows.rows.map((r) => ({
      action: "minors_case.read",
      recordType: "minors_case",
      recordId: r.id,
      fields: ["minor"],
    })),
  );
  return {
    items: await toRows(deps.db, rows.rows),
    total: total.rows[0]?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * A case whole: persons, materials in the order received, events, the decisions of the meetings that
 * considered it and its decisions' duties (hand-offs naming the case). Read by its commission, the
 * commissions above it (79(6)(4)) and supervision; audited.
 */
export async function readCase(deps: MeasureDeps, ctx: ActCtx, id: string): Promise<MinorsCaseDetail> {
  const k = await deps.db
    .selectFrom("minors_case")
    .select(["territory_path", "commission_body_id", "version", "closed_on", "closed_reason"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!k) throw notFound("The case");
  const links = await commissionLinks(deps.db);
  const resource = commissionResource("minors_case", k.territory_path, k.commission_body_id, links);
  authorize(ctx.actor, "read_personal", resource);
  const r = await sql<CaseRowData>`SELECT ${COLUMNS} FROM minors_case k WHERE k.id = ${id}::uuid`.execute(
    deps.db,
  );
  const [row] = await toRows(deps.db, r.rows);
  const personRows = await deps.db
    .selectFrom("minors_case_person")
    .select(["person_id", "role"])
    .where("case_id", "=", id)
    .execute();
  const names = await personRefs(
    deps.db,
    personRows.map((p) => p.person_id),
  );
  await recordAuditMany(deps.db, ctx.audit, [
    { action: "minors_case.read", recordType: "minors_case", recordId: id, fields: ["persons", "materials"] },
  ]);
  return {
    ...row!,
    version: k.version,
    closedOn: k.closed_on,
    closedReason: k.closed_reason,
    persons: personRows.map((p) => ({
      ...(names.get(p.person_id) ?? { id: p.person_id, fullName: "—", birthDate: null }),
      role: p.role,
    })),
    materialsList: await caseMaterials(deps.db, id),
    events: await caseEvents(deps.db, id),
    decisions: await caseDecisions(deps.db, id),
    duties: await caseDuties(deps.db, id),
    canWrite: allowed(ctx.actor, "update", resource),
  };
}
