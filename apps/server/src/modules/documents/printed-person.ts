import type { WithheldPart } from "../../access/confidentiality.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { loadPersonBarriers, personWithheld } from "../persons/person-confidentiality.ts";
import type { DocLang, DocPerson } from "./document-types.ts";
import { printedAddress, withheldText } from "./messages-common.ts";

/**
 * Whether the person a form concerns is confidential for this reader (a victim's card, R11.1; 001
 * Art. 83(2)): the form then prints that the person's data are withheld instead of name, IIN and
 * address — the same decision the person's card and lists make.
 */
export async function withheldPerson(
  deps: MeasureDeps,
  ctx: ActCtx,
  personId: string | null,
  territoryPath: string,
): Promise<WithheldPart | null> {
  if (personId === null) return null;
  const barriers = (await loadPersonBarriers(deps.db, [personId])).get(personId) ?? [];
  return personWithheld(ctx.actor, territoryPath, barriers)[0] ?? null;
}

/** The person block of a form with the data withheld. */
export function withheldDocPerson(lang: DocLang, part: WithheldPart): DocPerson {
  return { fullName: withheldText(lang, part), iin: null, birthDate: null, address: "—" };
}

/**
 * The person block of a form: full name, IIN, birth date and the actual address with the region and
 * district it lies in, in the form's language (the address alone named no city).
 */
export async function printedPersonOf(
  deps: MeasureDeps,
  personId: string,
  lang: DocLang,
): Promise<DocPerson> {
  const p = await deps.db
    .selectFrom("person as p")
    .innerJoin("territory as d", "d.id", "p.territory_id")
    .leftJoin("territory as r", "r.id", "d.parent_id")
    .select([
      "p.last_name_cyr",
      "p.first_name_cyr",
      "p.middle_name_cyr",
      "p.iin",
      "p.birth_date",
      "p.actual_address",
      "d.level",
      "d.name_kk as district_kk",
      "d.name_ru as district_ru",
      "r.name_kk as region_kk",
      "r.name_ru as region_ru",
    ])
    .where("p.id", "=", personId)
    .executeTakeFirstOrThrow();
  const own = lang === "kk" ? p.district_kk : p.district_ru;
  const parent = lang === "kk" ? p.region_kk : p.region_ru;
  // A person recorded at region level (no district) has the region as the territory itself.
  const territory = p.level === "district" ? { region: parent, district: own } : { region: own };
  return {
    fullName: [p.last_name_cyr, p.first_name_cyr, p.middle_name_cyr].filter(Boolean).join(" "),
    iin: p.iin,
    birthDate: p.birth_date,
    address: printedAddress(p.actual_address, territory),
  };
}
