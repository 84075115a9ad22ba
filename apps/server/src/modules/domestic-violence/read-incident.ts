import type { DvIncident } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { shownFields } from "../../access/confidentiality.ts";
import { notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeCaseRead, injuryWithheld } from "../families/family-access.ts";
import { caseSummaries } from "../families/case-persons.ts";
import { loadCaseMeasures } from "../families/case-measures.ts";
import { incidentFactsOf, INCIDENT_PERSONAL_FIELDS } from "./record-incident.ts";
import { loadIncidentHandoffs, notifyStateOf, unnotifiedSubjects } from "./incident-handoffs.ts";

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * One incident with its persons, events, measures and notifications (001 Art. 72). Victims' data: a
 * reader who does not clear the victim barrier gets a 403 `access.confidential` with the article
 * (R11.1; 001 Art. 83(2)); the injury's description is health data, shown to a health grant and to the
 * officer who wrote it, withheld with a marker from others. The read is audited with the fields it
 * showed (R11.2) — and each person it shows as a read of that person.
 */
export async function readIncident(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  opts: { afterWrite?: boolean } = {},
): Promise<DvIncident> {
  const db = deps.db;
  const row = await db
    .selectFrom("dv_incident as i")
    .innerJoin("territory as t", "t.id", "i.territory_id")
    .innerJoin("family as f", "f.id", "i.family_id")
    .innerJoin("body as b", "b.id", "i.body_id")
    .leftJoin("app_user as u", "u.id", "i.recorded_by")
    .selectAll("i")
    .select([
      "t.path",
      "f.label as family_label",
      "b.name_kk",
      "b.name_ru",
      "b.name_en",
      "u.full_name as recorded_by_name",
    ])
    .where("i.id", "=", id)
    .executeTakeFirst();
  if (!row) throw notFound("The incident");
  authorizeCaseRead(ctx.actor, row.path);
  const withheld = injuryWithheld(ctx.actor, row.path, row.recorded_by === ctx.userId);
  const now = deps.now();
  const [people, events, measures, handoffsById] = await Promise.all([
    db
      .selectFrom("dv_incident_person")
      .select(["person_id", "role"])
      .where("incident_id", "=", id)
      .orderBy("role")
      .execute(),
    db
      .selectFrom("dv_incident_event as e")
      .leftJoin("app_user as u", "u.id", "e.recorded_by")
      .select(["e.seq", "e.type", "e.at", "e.note", "e.measure_id", "u.full_name"])
      .where("e.incident_id", "=", id)
      .orderBy("e.seq")
      .execute(),
    loadCaseMeasures(db, { incidentId: id }),
    loadIncidentHandoffs(db, [id], now),
  ]);
  const summaries = await caseSummaries(
    db,
    ctx.actor,
    ctx.audit,
    people.map((p) => p.person_id),
  );
  const handoffs = handoffsById.get(id) ?? [];
  if (!opts.afterWrite)
    await recordAudit(db, ctx.audit, {
      action: "dv_incident.read",
      recordType: "dv_incident",
      recordId: id,
      fields: shownFields(INCIDENT_PERSONAL_FIELDS, withheld),
    });
  const facts = incidentFactsOf({
    victims: people
      .filter((p) => p.role === "victim" || p.role === "child_victim")
      .map((p) => ({ child: p.role === "child_victim" })),
    childrenPresent: row.children_present,
    injuryRecorded: row.injury_recorded,
  });
  return {
    id: row.id,
    family: { id: row.family_id, label: row.family_label },
    territoryId: row.territory_id,
    body: { id: row.body_id, name: { kk: row.name_kk, ru: row.name_ru, en: row.name_en } },
    recordedByName: row.recorded_by_name,
    occurredAt: iso(row.occurred_at),
    reportedAt: iso(row.reported_at),
    place: row.place,
    forms: row.forms,
    childrenPresent: row.children_present,
    childrenPresentCount: row.children_present_count,
    injuryRecorded: row.injury_recorded,
    injury: withheld.length > 0 ? null : row.injury,
    immediateResponse: row.immediate_response,
    repeatNumber: row.repeat_number,
    notifyDueAt: iso(row.notify_due_at),
    notifyState: notifyStateOf(handoffs),
    citizenReportId: row.citizen_report_id,
    persons: people
      .filter((p) => summaries.has(p.person_id))
      .map((p) => ({ person: summaries.get(p.person_id)!, role: p.role })),
    events: events.map((e) => ({
      seq: e.seq,
      type: e.type,
      at: iso(e.at),
      note: e.note,
      measureId: e.measure_id,
      byName: e.full_name,
    })),
    measures,
    handoffs: handoffs.map(({ receiverType: _t, ...h }) => h),
    unnotified: unnotifiedSubjects(
      facts,
      handoffs.map((h) => h.receiverType),
    ),
    version: row.version,
    withheld,
  };
}
