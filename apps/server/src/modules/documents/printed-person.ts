import type { WithheldPart } from "../../access/confidentiality.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { loadPersonBarriers, personWithheld } from "../persons/person-confidentiality.ts";
import type { DocLang, DocPerson } from "./document-types.ts";
import { withheldText } from "./messages-common.ts";

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
