import { sql } from "kysely";
import { legalDateOf, startOfLegalDate, type LegalDate } from "@aldyn/law";
import type { DvIncidentListQuery, DvIncidentPage, DvIncidentSummary } from "@aldyn/contract";
import { recordAuditMany } from "../../audit/record.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeCaseList, caseRowWithheld } from "../families/family-access.ts";
import { shortName } from "../families/case-persons.ts";
import { notifyStateSql } from "./incident-handoffs.ts";

const iso = (d: Date | string) => new Date(d).toISOString();

/** `q` as a prefix of a name or the family's label, case-insensitive, LIKE's wildcards escaped. */
function prefixPattern(q: string): string {
  return `${q.replace(/[\\%_]/g, "\\$&")}%`;
}

/**
 * The DV inspector's worklist (001 Art. 72(3)(2)): the incidents of the actor's territory, newest
 * report first — all; those with a notification not received past its 24 hours (overdue, from the
 * hand-offs' states); those with one not yet received and none overdue (pending). A role that may list family cases but not clear
 * the victim barrier (prosecutor's supervision, an officer without a grant) gets each row withheld —
 * no family, no names — and cannot search by name (a hit would tell who is a victim, 001 Art. 83(2)).
 * The victims' names and family labels a row shows are audited as reads of those records (R11.2).
 */
export async function listIncidents(
  deps: MeasureDeps,
  ctx: ActCtx,
  query: DvIncidentListQuery,
): Promise<DvIncidentPage> {
  authorizeCaseList(ctx.actor);
  const now = deps.now();
  const cleared = caseRowWithheld(ctx.actor, ctx.actor.territoryPath).length === 0;
  if (query.q && !cleared) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const state = notifyStateSql("i.id", now);
  let base = deps.db
    .selectFrom("dv_incident as i")
    .innerJoin("territory as t", "t.id", "i.territory_id")
    .innerJoin("family as f", "f.id", "i.family_id")
    .where(inTerritory("t.path", ctx.actor.territoryPath));
  if (query.filter === "notify_overdue") base = base.where(state, "=", "overdue");
  if (query.filter === "notify_pending") base = base.where(state, "=", "pending");
  if (query.q) {
    const p = prefixPattern(query.q);
    base = base.where((eb) =>
      eb.or([
        eb("f.label", "ilike", p),
        eb.exists(
          eb
            .selectFrom("dv_incident_person as ip")
            .innerJoin("person as pe", "pe.id", "ip.person_id")
            .select(sql`1`.as("one"))
            .whereRef("ip.incident_id", "=", "i.id")
            .where((w) =>
              w.or([
                w("pe.last_name_cyr", "ilike", p),
                w("pe.first_name_cyr", "ilike", p),
                w("pe.last_name_lat", "ilike", p),
              ]),
            ),
        ),
      ]),
    );
  }
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    base
      .select([
        "i.id",
        "i.family_id",
        "f.label",
        "i.occurred_at",
        "i.reported_at",
        "i.forms",
        "i.repeat_number",
        "i.children_present",
        "i.notify_due_at",
        "t.path",
      ])
      .select(state.as("notify_state"))
      .orderBy("i.reported_at", "desc")
      .orderBy("i.id")
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
  ]);
  const withheldOf = new Map(rows.map((r) => [r.id, caseRowWithheld(ctx.actor, r.path)]));
  const visibleIds = rows.filter((r) => withheldOf.get(r.id)!.length === 0).map((r) => r.id);
  const victims =
    visibleIds.length === 0
      ? []
      : await deps.db
          .selectFrom("dv_incident_person as ip")
          .innerJoin("person as pe", "pe.id", "ip.person_id")
          .select(["ip.incident_id", "pe.id", "pe.last_name_cyr", "pe.first_name_cyr"])
          .where("ip.incident_id", "in", visibleIds)
          .where("ip.role", "in", ["victim", "child_victim"])
          .orderBy("pe.last_name_cyr")
          .execute();
  await recordAuditMany(deps.db, ctx.audit, [
    ...[...new Set(victims.map((v) => v.id))].map((id) => ({
      action: "person.read",
      recordType: "person",
      recordId: id,
      fields: ["lastNameCyr", "firstNameCyr"],
    })),
    // The family's label is its surname.
    ...[...new Set(rows.filter((r) => visibleIds.includes(r.id)).map((r) => r.family_id))].map((id) => ({
      action: "family.read",
      recordType: "family",
      recordId: id,
      fields: ["label"],
    })),
  ]);
  return {
    items: rows.map((r) => {
      const withheld = withheldOf.get(r.id)!;
      const shown = withheld.length === 0;
      return {
        id: r.id,
        familyId: r.family_id,
        familyLabel: shown ? r.label : null,
        victims: shown ? victims.filter((v) => v.incident_id === r.id).map(shortName) : [],
        occurredAt: iso(r.occurred_at),
        reportedAt: iso(r.reported_at),
        forms: r.forms,
        repeatNumber: r.repeat_number,
        childrenPresent: r.children_present,
        notifyDueAt: iso(r.notify_due_at),
        notifyState: r.notify_state,
        ...(shown ? {} : { withheld }),
      };
    }),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * The DV inspector's home numbers for the territory: incidents with a notification overdue (72(3)(2)),
 * with one not yet received and none overdue, and incidents reported this month (Almaty time).
 */
export async function incidentSummary(deps: MeasureDeps, ctx: ActCtx): Promise<DvIncidentSummary> {
  authorizeCaseList(ctx.actor);
  const now = deps.now();
  const monthStart = startOfLegalDate(`${legalDateOf(now).slice(0, 7)}-01` as LegalDate);
  const state = notifyStateSql("i.id", now);
  const r = await deps.db
    .selectFrom("dv_incident as i")
    .innerJoin("territory as t", "t.id", "i.territory_id")
    .where(inTerritory("t.path", ctx.actor.territoryPath))
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere(state, "=", "overdue").as("overdue"),
      eb.fn.countAll<number>().filterWhere(state, "=", "pending").as("pending"),
      eb.fn.countAll<number>().filterWhere("i.reported_at", ">=", monthStart).as("month"),
    ])
    .executeTakeFirstOrThrow();
  return {
    notifyOverdue: Number(r.overdue),
    notifyPending: Number(r.pending),
    incidentsThisMonth: Number(r.month),
  };
}
