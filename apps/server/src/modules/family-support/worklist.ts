import { sql } from "kysely";
import { addCalendarDays, legalDateOf, SHELTER_STAY_ENDING_DAYS } from "@aldyn/law";
import type { FamilySupportWorklist } from "@aldyn/contract";
import { recordAuditMany } from "../../audit/record.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeCase, bodyRef, bodyRefs, personNames, personRef } from "./fs-common.ts";

/** How far ahead a step counts as due (a week: the system's reading; the law sets no step terms). */
export const STEP_DUE_DAYS = 7;
/** How many rows each list shows; the counts are whole. */
const LIMIT = 50;

/**
 * The hand-offs the centre receives about families in difficult situations, to accept: an incident's
 * notice (001 Art. 72(3)(2)), a protective order's copy (same), information from a mobile group or
 * another body on a person (family) in a difficult life situation (72(2)).
 */
const NOTICE_GROUNDS = [
  "domestic_violence.incident_notice",
  "protective_order.copy",
  "difficult_life_situation.inform_centre",
];

/**
 * The centre's worklist (R5.2): steps of its plans due within a week and overdue (001 Art. 55(1)),
 * stays in its shelters ending within 3 days and past their planned end (001 Art. 72(2)), and the
 * notices sent to it not yet accepted. Its own body's records only; names audited as read.
 */
export async function centreWorklist(deps: MeasureDeps, ctx: ActCtx): Promise<FamilySupportWorklist> {
  authorizeCase(ctx.actor, "read_personal", ctx.actor.territoryPath, ctx.actor.bodyId);
  const now = deps.now();
  const today = legalDateOf(now);
  const body = ctx.actor.bodyId;
  const dueBy = addCalendarDays(today, STEP_DUE_DAYS);
  const endingBy = addCalendarDays(today, SHELTER_STAY_ENDING_DAYS);
  const steps = await sql<{
    id: string;
    measure_id: string;
    title: string;
    area: string;
    due_on: string;
    responsible_body_id: string;
    person_id: string;
    overdue: boolean;
  }>`
    SELECT s.id, s.measure_id, s.title, s.area, s.due_on, s.responsible_body_id, m.person_id,
           s.due_on < ${today}::date AS overdue
      FROM assistance_plan_step s JOIN measure m ON m.id = s.measure_id
     WHERE s.state = 'open' AND s.due_on <= ${dueBy}::date AND m.issuer_body_id = ${body}::uuid
       AND m.status <> 'terminated'
     ORDER BY s.due_on, s.id`.execute(deps.db);
  const stays = await sql<{ id: string; shelter_name: string; planned_until: string; person_id: string }>`
    SELECT st.id, s.name AS shelter_name, st.planned_until, st.person_id
      FROM shelter_stay st JOIN shelter s ON s.id = st.shelter_id
     WHERE st.state = 'staying' AND s.centre_body_id = ${body}::uuid AND st.planned_until <= ${endingBy}::date
     ORDER BY st.planned_until, st.id`.execute(deps.db);
  const notices = await sql<{
    id: string;
    ground: string;
    article: string;
    record_type: string;
    record_id: string;
    state: string;
    sent_at: Date;
    due_at: Date;
    received_at: Date | null;
    sender_body_id: string;
  }>`
    SELECT id, ground, article, record_type, record_id, state, sent_at, due_at, received_at, sender_body_id
      FROM handoff
     WHERE receiver_body_id = ${body}::uuid AND state IN ('sent', 'received')
       AND ground = ANY(${NOTICE_GROUNDS}::text[])
     ORDER BY due_at, id`.execute(deps.db);
  const names = await personNames(deps.db, [
    ...steps.rows.map((s) => s.person_id),
    ...stays.rows.map((s) => s.person_id),
  ]);
  const bodies = await bodyRefs(deps.db, [
    ...steps.rows.map((s) => s.responsible_body_id),
    ...notices.rows.map((n) => n.sender_body_id),
  ]);
  const step = (s: (typeof steps.rows)[number]) => ({
    stepId: s.id,
    measureId: s.measure_id,
    title: s.title,
    area: s.area,
    dueOn: s.due_on,
    responsibleBody: bodyRef(s.responsible_body_id, bodies),
    person: personRef(s.person_id, names, true),
  });
  const stay = (s: (typeof stays.rows)[number]) => ({
    stayId: s.id,
    shelterName: s.shelter_name,
    plannedUntil: s.planned_until,
    daysLeft: Math.round((Date.parse(s.planned_until) - Date.parse(today)) / 86_400_000),
    person: personRef(s.person_id, names, true),
  });
  const stepsOverdue = steps.rows.filter((s) => s.overdue);
  const stepsDue = steps.rows.filter((s) => !s.overdue);
  const staysOverdue = stays.rows.filter((s) => s.planned_until < today);
  const staysEnding = stays.rows.filter((s) => s.planned_until >= today);
  const shown = [
    ...stepsOverdue.slice(0, LIMIT).map((s) => ({ type: "assistance_plan", id: s.measure_id })),
    ...stepsDue.slice(0, LIMIT).map((s) => ({ type: "assistance_plan", id: s.measure_id })),
    ...staysOverdue.slice(0, LIMIT).map((s) => ({ type: "shelter_stay", id: s.id })),
    ...staysEnding.slice(0, LIMIT).map((s) => ({ type: "shelter_stay", id: s.id })),
  ];
  await recordAuditMany(
    deps.db,
    ctx.audit,
    shown.map((r) => ({ action: `${r.type}.read`, recordType: r.type, recordId: r.id, fields: ["person"] })),
  );
  return {
    asOf: today,
    stepsDue: stepsDue.slice(0, LIMIT).map(step),
    stepsOverdue: stepsOverdue.slice(0, LIMIT).map(step),
    staysEnding: staysEnding.slice(0, LIMIT).map(stay),
    staysOverdue: staysOverdue.slice(0, LIMIT).map(stay),
    incidentNotices: notices.rows.slice(0, LIMIT).map((n) => ({
      handoffId: n.id,
      ground: n.ground,
      article: n.article,
      recordType: n.record_type,
      recordId: n.record_id,
      state: n.state,
      sentAt: new Date(n.sent_at).toISOString(),
      dueAt: new Date(n.due_at).toISOString(),
      overdue: n.received_at === null && new Date(n.due_at) < now,
      sender: { id: n.sender_body_id, name: bodyRef(n.sender_body_id, bodies).name },
    })),
    counts: {
      stepsDue: stepsDue.length,
      stepsOverdue: stepsOverdue.length,
      staysEnding: staysEnding.length,
      staysOverdue: staysOverdue.length,
      incidentNotices: notices.rows.length,
    },
  };
}
