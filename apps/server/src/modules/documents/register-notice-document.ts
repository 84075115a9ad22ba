import type { RegisterGround } from "@aldyn/law";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { readRegisterEntry } from "../preventive-register/read-register-entry.ts";
import type { DocLang } from "./document-types.ts";
import { renderRegisterNotice } from "./render-register-notice.ts";
import { withheldDocPerson, withheldPerson } from "./printed-person.ts";

/**
 * The written notice of placement on the preventive register with the rights and duties explained
 * (001 Art. 59(4)) and the right of appeal (59(5)). Read through `readRegisterEntry`, so access is
 * checked and the read audited; a person whose card the reader does not clear prints as withheld.
 */
export async function registerNoticeDocument(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  lang: DocLang,
): Promise<Buffer> {
  const e = await readRegisterEntry(deps, ctx, id);
  const withheld = await withheldPerson(deps, ctx, e.personId, e.territoryPath);
  const [person, body, placedBy] = await Promise.all([
    deps.db
      .selectFrom("person")
      .select(["last_name_cyr", "first_name_cyr", "middle_name_cyr", "iin", "birth_date", "actual_address"])
      .where("id", "=", e.personId)
      .executeTakeFirstOrThrow(),
    deps.db
      .selectFrom("body")
      .select(["name_kk", "name_ru"])
      .where("id", "=", e.placedByBody)
      .executeTakeFirstOrThrow(),
    deps.db
      .selectFrom("register_entry as r")
      .innerJoin("app_user as u", "u.id", "r.placed_by_user")
      .select("u.full_name")
      .where("r.id", "=", id)
      .executeTakeFirstOrThrow(),
  ]);
  const bodyName = lang === "kk" ? body.name_kk : body.name_ru;
  return await renderRegisterNotice(lang, {
    header: { bodyName, number: id.slice(0, 8).toUpperCase(), date: e.placedOn, place: bodyName },
    person: withheld
      ? withheldDocPerson(lang, withheld)
      : {
          fullName: [person.last_name_cyr, person.first_name_cyr, person.middle_name_cyr]
            .filter(Boolean)
            .join(" "),
          iin: person.iin,
          birthDate: person.birth_date,
          address: person.actual_address,
        },
    official: {
      position: lang === "kk" ? "Лауазымды адам" : "Должностное лицо",
      fullName: placedBy.full_name,
    },
    ground: e.ground as RegisterGround,
    placedOn: e.placedOn,
  });
}
