import type { RegisterGround } from "@aldyn/law";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { readRegisterEntry } from "../preventive-register/read-register-entry.ts";
import type { DocLang } from "./document-types.ts";
import { issuerPosition } from "./issuer-positions.messages.ts";
import { renderRegisterNotice } from "./render-register-notice.ts";
import { printedPersonOf, withheldDocPerson, withheldPerson } from "./printed-person.ts";

/**
 * The written notice of placement on the preventive register with the rights and duties explained
 * (001 Art. 59(4)) and the right of appeal (59(5)). Read through `readRegisterEntry`, so access is
 * checked and the read audited; a person whose card the reader does not clear prints as withheld.
 * It is signed, as the measures' forms are, by the official who placed the person: the user who
 * recorded the placement, in the capacity recorded with it (59(2), (3)).
 */
export async function registerNoticeDocument(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  lang: DocLang,
): Promise<Buffer> {
  const e = await readRegisterEntry(deps, ctx, id);
  const withheld = await withheldPerson(deps, ctx, e.personId, e.territoryPath);
  const person = withheld ? withheldDocPerson(lang, withheld) : await printedPersonOf(deps, e.personId, lang);
  const placed = await deps.db
    .selectFrom("register_entry as r")
    .innerJoin("body as b", "b.id", "r.placed_by_body")
    .innerJoin("app_user as u", "u.id", "r.placed_by_user")
    .select(["r.registration_number", "r.placed_by_kind", "b.name_kk", "b.name_ru", "u.full_name"])
    .where("r.id", "=", id)
    .executeTakeFirstOrThrow();
  const bodyName = lang === "kk" ? placed.name_kk : placed.name_ru;
  return await renderRegisterNotice(lang, {
    // The number of the placement in the placing body's register (migration 0026).
    header: { bodyName, number: placed.registration_number ?? "—", date: e.placedOn, place: bodyName },
    person,
    official: { position: issuerPosition(lang, placed.placed_by_kind), fullName: placed.full_name },
    ground: e.ground as RegisterGround,
    placedOn: e.placedOn,
  });
}
