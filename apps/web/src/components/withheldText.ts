import type { PersonSummary, WithheldPart } from "@aldyn/contract";
import type { TFunction } from "i18next";
import { lawCitation } from "../format.ts";
import { cyrName } from "../pages/persons/personName.ts";

/**
 * Texts for parts of a record the server left out because they are confidential (R11.1; 001 Art.
 * 83(2)): a protective order's victims, health data, a victim's own card. The server says which
 * barrier and which article; the user reads both in their language (the article as `lawCitation`
 * words it, never the file code).
 */

/** "Withheld: victim's data (Art. 83(2) of the Law)", or "Records withheld: 3 — health data (…)" on a list. */
export function withheldText(
  t: TFunction,
  part: Pick<WithheldPart, "barrier" | "article" | "count">,
): string {
  const what = t(`withheld.barrier.${part.barrier}`);
  const article = lawCitation(t, part.article);
  return part.count === undefined
    ? t("withheld.part", { what, article })
    : t("withheld.records", { n: part.count, what, article });
}

/** A person's name in a list, or why it is not shown (withheld as confidential, or not personal). */
export function summaryName(t: TFunction, person: PersonSummary, otherwise: string): string {
  if (person.personal) return cyrName(person.personal);
  const part = person.withheld?.[0];
  return part ? withheldText(t, part) : otherwise;
}

/** One withheld part as a line: "Victims: Withheld: victim's data (…)"; a list's count as it is. */
export function withheldLine(t: TFunction, part: WithheldPart): string {
  if (part.count !== undefined) return withheldText(t, part);
  const name = part.field.split(".").pop() ?? part.field;
  return `${t(`withheld.field.${name}`, { defaultValue: name })}: ${withheldText(t, part)}`;
}
