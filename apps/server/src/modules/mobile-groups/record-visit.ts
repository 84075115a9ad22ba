import { sql } from "kysely";
import { legalDateOf } from "@aldyn/law";
import type { OutreachVisitCreate, OutreachVisitCreated } from "@aldyn/contract";
import { OutreachVisitCreate as CreateSchema } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { findCompetentBody } from "../handoffs/competent-body.ts";
import { sendToCompetentBodies } from "../handoffs/send-handoff.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { authorizeFamilyCase, VISIT_ARTICLE } from "./group-access.ts";
import { loadGroup, membersOf, visitHandoffs } from "./groups.queries.ts";
import type { MobileGroupDeps } from "./mobile-groups-deps.ts";
import { isMemberOn } from "./read-groups.ts";

/** A mobile group informs law enforcement of the facts of violence it identifies (001 Art. 11(2)). */
export const INFORM_ARTICLE = "001 Art. 11(2)";

/** The personal fields a visit holds (the audit row names them, never their values; R11.2). */
export const VISIT_FIELDS = ["place", "findings", "persons"] as const;

/**
 * Records an outreach visit of a mobile group (001 Arts. 11(1), 72(2)) by a participant of the group
 * on the day of the visit, or by the organiser centre's specialist. The persons it names as victims
 * (and the children of a family with signs of violence) get their cards marked confidential (victim,
 * 001 Art. 83(2)). A visit that found signs of violence informs the internal affairs body at once
 * (001 Arts. 10(2)(9), 11(2)): the hand-off `mobile_group.inform` is sent in the same transaction, so
 * no visit with signs of violence exists without it — unless the visit was recorded by an official of
 * that very body. One transaction with its audit row.
 */
export async function recordVisit(
  deps: MobileGroupDeps,
  ctx: ActCtx,
  groupId: string,
  input: OutreachVisitCreate,
): Promise<OutreachVisitCreated> {
  const body = CreateSchema.parse(input);
  const id = await deps.db.transaction().execute(async (trx) => {
    const g = await loadGroup(trx, groupId);
    authorizeFamilyCase(ctx.actor, "create", g.territory_path);
    const today = legalDateOf(deps.now());
    if (body.visitedOn > today)
      throw new AppError("validation.failed", "A visit is recorded once it has taken place.", {
        field: "visitedOn",
      });
    if (body.visitedOn < g.formed_on || (g.dissolved_on !== null && body.visitedOn > g.dissolved_on))
      throw new AppError(
        "outreach_visit.outside_group_term",
        "The group did not work on that day (before it was formed or after it ceased).",
        { field: "visitedOn", article: VISIT_ARTICLE },
      );
    const members = (await membersOf(trx, [groupId], body.visitedOn)).get(groupId)!;
    if (ctx.actor.bodyId !== g.organiser_body_id && !isMemberOn(members, ctx.userId, body.visitedOn))
      throw new AppError(
        "mobile_group.not_member",
        "Only the group's participants (and the organising centre) record its visits.",
        { field: "groupId", article: VISIT_ARTICLE },
      );
    if (body.familyId) {
      const f = await sql`SELECT 1 FROM family WHERE id = ${body.familyId}::uuid`.execute(trx);
      if (f.rows.length === 0)
        throw new AppError("validation.failed", "No such family.", { field: "familyId" });
    }
    const ids = body.persons.map((p) => p.personId);
    if (new Set(ids).size !== ids.length)
      throw new AppError("validation.failed", "A person is named twice.", { field: "persons" });
    if (ids.length) {
      const found = await sql<{ n: number }>`SELECT count(*)::int AS n FROM person
        WHERE id = ANY (${ids}::uuid[])`.execute(trx);
      if (found.rows[0]!.n !== ids.length)
        throw new AppError("validation.failed", "A person named does not exist.", { field: "persons" });
    }
    const v = await trx
      .insertInto("outreach_visit")
      .values({
        group_id: groupId,
        territory_path: g.territory_path,
        visited_on: body.visitedOn,
        place: body.place,
        family_id: body.familyId ?? null,
        findings: body.findings,
        signs_of_violence: body.signsOfViolence,
        recorded_by: ctx.userId,
        recorded_body_id: ctx.actor.bodyId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (body.persons.length) {
      await trx
        .insertInto("outreach_visit_person")
        .values(body.persons.map((p) => ({ visit_id: v.id, person_id: p.personId, role: p.role })))
        .execute();
      // Victims' cards are confidential (001 Arts. 3(2)(4), 83(2)); so are the children of a family
      // where violence was found — naming them names the family.
      const marked = body.persons
        .filter((p) => p.role === "victim" || (p.role === "child" && body.signsOfViolence))
        .map((p) => p.personId);
      if (marked.length)
        await sql`INSERT INTO person_confidential_case (person_id, barrier, article, record_type, record_id)
          SELECT p, 'victim', '001 Art. 83(2)', 'outreach_visit', ${v.id}::uuid FROM unnest(${marked}::uuid[]) p
          ON CONFLICT DO NOTHING`.execute(trx);
    }
    // The internal affairs body's own participant recorded it: that body knows already, nobody to tell.
    const police = body.signsOfViolence
      ? await findCompetentBody(trx, "police_department", g.territory_path)
      : null;
    if (body.signsOfViolence && police?.id !== ctx.actor.bodyId)
      await sendToCompetentBodies(
        trx,
        ctx,
        [
          {
            ground: "mobile_group.inform",
            receiverBodyType: "police_department",
            record: { type: "outreach_visit", id: v.id },
            territoryPath: g.territory_path,
            eventAt: deps.now(),
          },
        ],
        { ...deps, now: deps.now },
      );
    await recordAudit(trx, ctx.audit, {
      action: "outreach_visit.create",
      recordType: "outreach_visit",
      recordId: v.id,
      fields: VISIT_FIELDS,
    });
    return v.id;
  });
  return { id, handoffs: await visitHandoffs(deps.db, id, deps.now()) };
}
