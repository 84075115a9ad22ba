import { AGE_OF_MAJORITY, ageOn, art, legalDateOf, refuse } from "@aldyn/law";
import type { PersonLink, PersonLinkKind } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { recordAudit, recordAuditMany } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { authorizePerson, PERSON_SUMMARY_FIELDS, seesPersonal, type PersonCtx } from "./person-access.ts";
import { isUniqueViolation, loadPerson, mergedRecord, toSummary } from "./person.queries.ts";
import { loadPersonBarriers, personWithheld, withholdSummary } from "./person-confidentiality.ts";

export interface LinkInput {
  readonly representativeId: string;
  readonly kind: PersonLinkKind;
  readonly since?: string | null | undefined;
  readonly until?: string | null | undefined;
  readonly note?: string | null | undefined;
}

/**
 * Links a minor to a parent or other legal representative (R1.2; 001 Arts. 1(7), 59(2)(7)). The
 * minor must be under the age of majority on the day the link starts (today when not given): a
 * refusal is a 422 `person_link.not_a_minor`. Needs the right to update the minor and to read the
 * representative; an open link of the same kind between the two is a 409. Returns the link's id.
 */
export async function createLink(db: Db, ctx: PersonCtx, minorId: string, input: LinkInput): Promise<string> {
  if (input.representativeId === minorId)
    throw new AppError("validation.failed", "A person cannot represent himself.", {
      field: "representativeId",
    });
  const minor = await loadPerson(db, minorId);
  authorizePerson(ctx.actor, "update", minor.territory_path);
  const rep = await loadPerson(db, input.representativeId);
  authorizePerson(ctx.actor, "read", rep.territory_path);
  if (minor.merged_into !== null) throw mergedRecord(minor.merged_into);
  if (rep.merged_into !== null) throw mergedRecord(rep.merged_into);
  if (input.since && input.until && input.until < input.since)
    throw new AppError("validation.failed", "A link cannot end before it starts.", { field: "until" });
  const on = input.since ?? legalDateOf(new Date());
  if (ageOn(minor.birth_date, on) >= AGE_OF_MAJORITY)
    throw AppError.fromRefusals([
      refuse(
        "person_link.not_a_minor",
        art("001", "1(7)"),
        `Legal representatives are linked to minors; the person is ${AGE_OF_MAJORITY} or older on ${on}.`,
        { field: "since", params: { age: ageOn(minor.birth_date, on) } },
      ),
    ]);
  try {
    return await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("person_link")
        .values({
          minor_id: minorId,
          representative_id: input.representativeId,
          kind: input.kind,
          since: input.since ?? null,
          until: input.until ?? null,
          note: input.note ?? null,
          created_by: ctx.userId,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(trx, ctx.audit, {
        action: "person.link",
        recordType: "person",
        recordId: minorId,
        fields: ["links"],
      });
      return id;
    });
  } catch (e) {
    if (isUniqueViolation(e, "person_link_open_unique"))
      throw new AppError("conflict.duplicate", "This link is already recorded.", {
        field: "representativeId",
      });
    throw e;
  }
}

/**
 * The family links of a person, as minor or as representative (R1.2), open ones first. The person on
 * the other side is shown with personal fields only when the actor may see them there (another
 * district's parent shows as an id); each such read is audited.
 */
export async function listLinks(db: Db, ctx: PersonCtx, id: string): Promise<PersonLink[]> {
  const me = await loadPerson(db, id);
  authorizePerson(ctx.actor, "read", me.territory_path);
  const links = await db
    .selectFrom("person_link as l")
    .selectAll("l")
    .where((eb) => eb.or([eb("l.minor_id", "=", id), eb("l.representative_id", "=", id)]))
    .orderBy("l.until", (ob) => ob.desc().nullsFirst())
    .orderBy("l.created_at")
    .execute();
  const ids = [...new Set(links.flatMap((l) => [l.minor_id, l.representative_id]))];
  const people =
    ids.length === 0
      ? []
      : await db
          .selectFrom("person as p")
          .innerJoin("territory as t", "t.id", "p.territory_id")
          .selectAll("p")
          .select("t.path as territory_path")
          .where("p.id", "in", ids)
          .execute();
  // A victim's card shows no personal field to a reader who does not clear it (001 Art. 83(2)).
  const barriers = await loadPersonBarriers(db, ids);
  const byId = new Map(
    people.map((p) => {
      const withheld = personWithheld(ctx.actor, p.territory_path, barriers.get(p.id) ?? []);
      return [
        p.id,
        { p, withheld, visible: seesPersonal(ctx.actor, p.territory_path) && withheld.length === 0 },
      ];
    }),
  );
  const shown = (pid: string) => {
    const e = byId.get(pid)!;
    return withholdSummary(toSummary(e.p, e.visible), e.withheld);
  };
  await recordAuditMany(
    db,
    ctx.audit,
    [...byId.values()]
      .filter((e) => e.visible)
      .map((e) => ({
        action: "person.read",
        recordType: "person",
        recordId: e.p.id,
        fields: PERSON_SUMMARY_FIELDS,
      })),
  );
  return links.map((l) => ({
    id: l.id,
    kind: l.kind as PersonLinkKind,
    since: l.since,
    until: l.until,
    note: l.note,
    createdAt: l.created_at instanceof Date ? l.created_at.toISOString() : l.created_at,
    minor: shown(l.minor_id),
    representative: shown(l.representative_id),
  }));
}
