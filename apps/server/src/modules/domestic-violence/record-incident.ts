import { randomUUID } from "node:crypto";
import { sql, type Transaction } from "kysely";
import { checkIncident, incidentRefusals, legalDateOf, type IncidentFacts } from "@aldyn/law";
import type { DvIncidentCreate, DvIncidentCreated } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Database } from "../../db/schema.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { sendToCompetentBodies } from "../handoffs/send-handoff.ts";
import { authorizeCaseCreate, mayCreateCase } from "../families/family-access.ts";
import { loadNamedPersons } from "../families/case-persons.ts";
import { markCaseVictims } from "../families/case-marks.ts";
import { addMembers, territoryPathOf, writeFamily, type NewMember } from "../families/create-family.ts";
import { incidentHandoffs, loadIncidentHandoffs, unnotifiedSubjects } from "./incident-handoffs.ts";
import { linkReportToIncident } from "./incident-report.ts";

/** Personal fields an incident holds (audited by name, never by value; R11.2). */
export const INCIDENT_PERSONAL_FIELDS = [
  "victims",
  "offenderPersonId",
  "childrenPresent",
  "place",
  "injury",
  "immediateResponse",
] as const;

/** The facts of an incident that decide who is told of it (001 Art. 72(3)(2)). */
export function incidentFactsOf(body: {
  readonly victims: readonly { readonly child: boolean }[];
  readonly childrenPresent: boolean;
  readonly injuryRecorded: boolean;
}): IncidentFacts {
  return {
    childrenPresent: body.childrenPresent,
    childVictim: body.victims.some((v) => v.child),
    injuryRecorded: body.injuryRecorded,
  };
}

/**
 * Records an incident of domestic violence (001 Art. 72) — on a citizen's report or directly — and
 * tells the interested subjects within 24 hours of the report (72(3)(2)) in the same transaction.
 * The law checks the record first and every refusal is a 422 with its article, nothing written: no
 * form (72(1)), no victim, the person who committed it among the victims (1(27)), a report before the
 * incident or either in the future, no immediate response (72(3)(1)). Then, in one transaction: the
 * family (the one named, else the one the first victim belongs to, else a new one known by her
 * surname) and its members, the
 * incident, its persons, the repeat count of the family's incidents (by when they occurred), the
 * victims' and children's cards marked confidential (83(2)), the hand-offs, the report's link, and the
 * audit rows.
 */
export async function recordIncident(
  deps: MeasureDeps,
  ctx: ActCtx,
  body: DvIncidentCreate,
): Promise<DvIncidentCreated> {
  const now = deps.now();
  const occurredAt = new Date(body.occurredAt);
  const reportedAt = new Date(body.reportedAt);
  const law = {
    forms: body.forms,
    occurredAt,
    reportedAt,
    now,
    victims: body.victims.length,
    immediateResponse: body.immediateResponse,
    offenderIsVictim:
      body.offenderPersonId !== undefined && body.victims.some((v) => v.personId === body.offenderPersonId),
  };
  const refusals = incidentRefusals(law);
  if (refusals.length > 0) throw AppError.fromRefusals(refusals);
  const checked = checkIncident(law);
  if (!checked.ok) throw AppError.fromRefusals([checked]);
  if (body.injury !== undefined && !body.injuryRecorded)
    throw new AppError("validation.failed", "Describe an injury only when one is recorded.", {
      field: "injury",
    });
  const namedChildren = body.childrenPresent ?? [];
  const childrenPresent =
    namedChildren.length > 0 || (body.childrenPresentCount ?? 0) > 0 || body.victims.some((v) => v.child);
  const facts = incidentFactsOf({
    victims: body.victims,
    childrenPresent,
    injuryRecorded: body.injuryRecorded,
  });
  const id = randomUUID();
  // The persons an incident names are known as the family's members from the day it occurred.
  const since = legalDateOf(occurredAt);

  return deps.db.transaction().execute(async (trx) => {
    const persons = await loadNamedPersons(trx, [
      ...body.victims.map((v, i) => ({ id: v.personId, field: `victims.${i}.personId` })),
      ...(body.offenderPersonId ? [{ id: body.offenderPersonId, field: "offenderPersonId" }] : []),
      ...namedChildren.map((c, i) => ({ id: c.personId, field: `childrenPresent.${i}.personId` })),
    ]);
    const firstVictim = persons.get(body.victims[0]!.personId)!;
    const members: NewMember[] = [
      ...body.victims.map((v) => ({
        personId: v.personId,
        relation: v.child ? ("child" as const) : ("victim" as const),
        since,
      })),
      ...(body.offenderPersonId
        ? [{ personId: body.offenderPersonId, relation: "offender" as const, since }]
        : []),
      ...namedChildren.map((c) => ({ personId: c.personId, relation: "child" as const, since })),
    ];
    let familyId: string;
    let territoryId: string;
    let territoryPath: string;
    const lockFamily = (fid: string) =>
      trx
        .selectFrom("family as f")
        .innerJoin("territory as t", "t.id", "f.territory_id")
        .select(["f.id", "f.territory_id", "t.path"])
        .where("f.id", "=", fid)
        .forUpdate("f")
        .executeTakeFirst();
    let f = body.familyId ? await lockFamily(body.familyId) : undefined;
    if (body.familyId && !f)
      throw new AppError("validation.failed", "The family does not exist.", { field: "familyId" });
    if (!f) {
      // The victim's own family, where the officer may write (a family of another territory is not joined).
      const own = await familyOfVictim(trx, firstVictim.id);
      const found = own ? await lockFamily(own) : undefined;
      if (found && mayCreateCase(ctx.actor, found.path)) f = found;
    }
    if (f) {
      ({ id: familyId, territory_id: territoryId, path: territoryPath } = f);
      authorizeCaseCreate(ctx.actor, territoryPath);
      await addMembers(trx, familyId, members);
    } else {
      familyId = randomUUID();
      territoryId = firstVictim.territory_id;
      territoryPath = await territoryPathOf(trx, territoryId, "victims.0.personId");
      authorizeCaseCreate(ctx.actor, territoryPath);
      await writeFamily(trx, ctx, { id: familyId, label: firstVictim.last_name_cyr, territoryId }, members);
    }
    if (body.citizenReportId) await linkReportToIncident(trx, ctx, body.citizenReportId, id, now);

    await trx
      .insertInto("dv_incident")
      .values({
        id,
        family_id: familyId,
        territory_id: territoryId,
        body_id: ctx.actor.bodyId,
        recorded_by: ctx.userId,
        occurred_at: occurredAt,
        reported_at: reportedAt,
        place: body.place,
        forms: [...checked.value.forms],
        children_present: childrenPresent,
        children_present_count: body.childrenPresentCount ?? null,
        injury_recorded: body.injuryRecorded,
        injury: body.injury ?? null,
        immediate_response: body.immediateResponse,
        offender_person_id: body.offenderPersonId ?? null,
        citizen_report_id: body.citizenReportId ?? null,
        repeat_number: 1,
        notify_due_at: checked.value.notifyDueAt,
      })
      .execute();
    await trx
      .insertInto("dv_incident_person")
      .values([
        ...body.victims.map((v) => ({
          incident_id: id,
          person_id: v.personId,
          role: v.child ? ("child_victim" as const) : ("victim" as const),
        })),
        ...namedChildren.map((c) => ({
          incident_id: id,
          person_id: c.personId,
          role: "child_present" as const,
        })),
        ...(body.offenderPersonId
          ? [{ incident_id: id, person_id: body.offenderPersonId, role: "offender" as const }]
          : []),
      ])
      .onConflict((oc) => oc.doNothing())
      .execute();
    // The immediate response is the first event of the incident (72(3)(1)).
    await trx
      .insertInto("dv_incident_event")
      .values({
        incident_id: id,
        seq: 0,
        type: "responded",
        at: reportedAt,
        note: null,
        recorded_by: ctx.userId,
      })
      .execute();
    const repeat = await renumberFamilyIncidents(trx, familyId, id);
    await markCaseVictims(
      trx,
      [...body.victims.map((v) => v.personId), ...namedChildren.map((c) => c.personId)],
      { type: "dv_incident", id },
    );
    await sendToCompetentBodies(trx, ctx, incidentHandoffs({ id, territoryPath, reportedAt }, facts, now), {
      ...deps,
      now: () => now,
    });
    await recordAudit(trx, ctx.audit, {
      action: "dv_incident.create",
      recordType: "dv_incident",
      recordId: id,
      fields: INCIDENT_PERSONAL_FIELDS.filter((f) => f !== "injury" || body.injury !== undefined),
    });
    const handoffs = (await loadIncidentHandoffs(trx, [id], now)).get(id) ?? [];
    return {
      id,
      familyId,
      repeatNumber: repeat,
      handoffs: handoffs.map(({ receiverType: _t, ...h }) => h),
      unnotified: unnotifiedSubjects(
        facts,
        handoffs.map((h) => h.receiverType),
      ),
    };
  });
}

/**
 * The family a victim already belongs to (a current membership, the latest joined): an incident
 * recorded without naming the family joins it, so repeat incidents in one family are linked and
 * counted (001 Art. 72(4)) even when the officer did not look the family up.
 */
async function familyOfVictim(trx: Transaction<Database>, personId: string): Promise<string | undefined> {
  const m = await trx
    .selectFrom("family_member")
    .select("family_id")
    .where("person_id", "=", personId)
    .where("relation", "in", ["victim", "child"])
    .where("until", "is", null)
    .orderBy("since", "desc")
    .orderBy("family_id")
    .limit(1)
    .executeTakeFirst();
  return m?.family_id;
}

/**
 * Numbers the family's incidents by when they occurred (1 = first; an incident recorded late takes its
 * place, the law's repeatNumber rule) and returns the new incident's number. The family's row is
 * locked by the caller's first statement on it or here, so two incidents of one family recorded at once
 * are numbered one after the other.
 */
async function renumberFamilyIncidents(
  trx: Transaction<Database>,
  familyId: string,
  incidentId: string,
): Promise<number> {
  await sql`SELECT 1 FROM family WHERE id = ${familyId}::uuid FOR UPDATE`.execute(trx);
  await sql`
    UPDATE dv_incident i SET repeat_number = n.rn
      FROM (SELECT id, row_number() OVER (ORDER BY occurred_at, created_at, id)::integer AS rn
              FROM dv_incident WHERE family_id = ${familyId}::uuid) n
     WHERE i.id = n.id AND i.repeat_number <> n.rn`.execute(trx);
  const r = await trx
    .selectFrom("dv_incident")
    .select("repeat_number")
    .where("id", "=", incidentId)
    .executeTakeFirst();
  if (!r) throw notFound("The incident");
  return r.repeat_number;
}
