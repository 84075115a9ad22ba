import { DUPLICATE_PERSON_FIELD } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { recordAudit } from "../../audit/record.ts";
import { AppError } from "../../errors/app-error.ts";
import { can } from "../../access/can.ts";
import { personResource, type PersonCtx } from "./person-access.ts";
import { loadPersonBarriers, personWithheld } from "./person-confidentiality.ts";

/**
 * The 409 `person.iin_registered` (field `iin`) for an IIN another record holds: one person, one
 * record (R1.1). It names the holder — its id in a detail and the Location, so the user can open it
 * — only to an actor who may read that record and open its card; anyone else learns only that the IIN is registered,
 * never the id, territory or name of a record outside their reach (R11.1). The attempt is audited,
 * naming the holder (R11.2): its own row, for nothing else is written.
 */
export async function duplicateIin(db: Db, ctx: PersonCtx, holderId: string): Promise<AppError> {
  const holder = await db
    .selectFrom("person as p")
    .innerJoin("territory as t", "t.id", "p.territory_id")
    .select("t.path")
    .where("p.id", "=", holderId)
    .executeTakeFirstOrThrow();
  await recordAudit(db, ctx.audit, {
    action: "person.duplicate_iin",
    recordType: "person",
    recordId: holderId,
    fields: ["iin"],
  });
  // A victim's card the actor may not open (a confidentiality barrier, 001 Art. 83(2)) is not named
  // either: a link that leads to "confidential" would tell that the IIN is a protected person's.
  const barred = personWithheld(
    ctx.actor,
    holder.path,
    (await loadPersonBarriers(db, [holderId])).get(holderId) ?? [],
  );
  if (!can(ctx.actor, "read", personResource(holder.path)).allowed || barred.length > 0)
    return new AppError("person.iin_registered", "A person with this IIN is already registered.", {
      field: "iin",
    });
  return new AppError("person.iin_registered", `A person with this IIN is already registered: ${holderId}.`, {
    field: "iin",
    details: [{ field: DUPLICATE_PERSON_FIELD, code: "person.iin_registered", message: holderId }],
    headers: { location: `/api/v1/persons/${holderId}` },
  });
}
