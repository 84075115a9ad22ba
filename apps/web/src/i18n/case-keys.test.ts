import { MEASURE_KIND_IDS, NO_IIN_REASONS, PERSON_DOCUMENT_KINDS } from "@aldyn/contract";
import { describe, expect, it } from "vitest";
import * as measure from "../pages/measures/measureDomain.ts";
import { CONTACT_KINDS } from "../pages/persons/personForm.ts";
import en from "./en.json";

// Keys the case screens build at run time (`measureKind.${kind}`…): every value of every list
// they offer must have a name in the catalogs (the catalog test keeps kk and ru in step with en).
function has(path: string): boolean {
  let node: unknown = en;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

const lists: [string, readonly string[]][] = [
  ["measureKind", MEASURE_KIND_IDS],
  ["measureKind", measure.MEASURE_KINDS],
  ["legalGround", measure.LEGAL_GROUNDS],
  ["justificationBasis", measure.JUSTIFICATION_BASES],
  ["conversationPlace", measure.CONVERSATION_PLACES],
  ["presentPerson", measure.PRESENT_PERSONS],
  ["prohibition", measure.PROHIBITIONS],
  ["factType", measure.FACT_TYPES],
  ["channel", measure.SERVICE_CHANNELS],
  ["checkOutcome", measure.CONTROL_OUTCOMES],
  ["terminationGround", measure.TERMINATION_GROUNDS],
  ["appealOutcome", measure.APPEAL_OUTCOMES],
  ["persons.noIinReasons", NO_IIN_REASONS],
  ["persons.documentKinds", PERSON_DOCUMENT_KINDS],
  ["persons.contactKinds", CONTACT_KINDS],
  [
    "persons.field",
    ["lastNameCyr", "firstNameCyr", "middleNameCyr", "lastNameLat", "firstNameLat", "middleNameLat"],
  ],
  ["sex", ["male", "female"]],
  ["worklists.scopes", ["mine", "district", "region"]],
  ["worklists", ["overdue", "due", "upcoming"]],
];

describe("names of the case screens' closed lists", () => {
  it.each(lists)("%s has a name for each value", (prefix, values) => {
    expect(values.map((v) => `${prefix}.${v}`).filter((key) => !has(key))).toEqual([]);
  });
});
