import { art, refuse } from "@aldyn/law";
import type { PersonLinkEnd } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { recordAudit } from "../../audit/record.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { authorizePerson, type PersonCtx } from "./person-access.ts";
import { loadPerson } from "./person.queries.ts";

/**
 * Ends a family link (R1.2; 001 Arts. 1(7), 59(2)(7)): a guardianship ended, a parent deprived of
 * parental rights. The link is kept with its last day, never deleted. The person of the path is
 * either side of the link. Access as for linking: the right to update the minor and to read the
 * representative. The day is not before the link started (its `since`, else the minor's birth):
 * 422 `person_link.ends_before_start`. Links carry no version: ending one that has already ended
 * (here or by a concurrent request) is a 409. The end and its audit row are one transaction.
 */
export async function endLink(
  db: Db,
  ctx: PersonCtx,
  personId: string,
  linkId: string,
  input: PersonLinkEnd,
): Promise<void> {
  const found = await db
    .selectFrom("person_link")
    .select(["minor_id", "representative_id"])
    .where("id", "=", linkId)
    .where((eb) => eb.or([eb("minor_id", "=", personId), eb("representative_id", "=", personId)]))
    .executeTakeFirst();
  if (!found) throw notFound("The link");
  const minor = await loadPerson(db, found.minor_id);
  authorizePerson(ctx.actor, "update", minor.territory_path);
  const rep = await loadPerson(db, found.representative_id);
  authorizePerson(ctx.actor, "read", rep.territory_path);

  await db.transaction().execute(async (trx) => {
    // The row lock serialises two ends of the same link: the second sees it ended (409).
    const link = await trx
      .selectFrom("person_link")
      .select(["since", "until"])
      .where("id", "=", linkId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (link.until !== null)
      throw new AppError("conflict.stale_version", `This link has already ended on ${link.until}.`, {
        field: "until",
      });
    const start = link.since ?? minor.birth_date;
    if (input.until < start)
      throw AppError.fromRefusals([
        refuse(
          "person_link.ends_before_start",
          art("001", "1(7)"),
          `A link cannot end before it starts (${start}).`,
          { field: "until", params: { start } },
        ),
      ]);
    await trx.updateTable("person_link").set({ until: input.until }).where("id", "=", linkId).execute();
    await recordAudit(trx, ctx.audit, {
      action: "person.link.end",
      recordType: "person",
      recordId: found.minor_id,
      fields: ["links"],
    });
  });
}
