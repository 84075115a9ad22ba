import { HANDOFF_RECORD_TYPES as CONTRACT_RECORD_TYPES } from "@aldyn/contract";
import {
  HANDOFF_CLOCKS,
  HANDOFF_FACT_TYPES,
  HANDOFF_GROUND_CODES as LAW_GROUNDS,
  HANDOFF_STATES as LAW_STATES,
} from "@aldyn/law";
import { describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import { HANDOFF_GROUND_CODES, HANDOFF_RECORD_TYPES, HANDOFF_STATES } from "./handoffsApi.ts";

// The screens keep the law's and the contract's lists (the law package is not bundled): they must
// stay equal, and every value must have a name in the catalogs (kk and ru are kept in step with en).
function has(path: string): boolean {
  let node: unknown = en;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string";
}

describe("hand-off lists of the screens", () => {
  it("are the law's grounds and states and the contract's record types", () => {
    expect([...HANDOFF_GROUND_CODES]).toEqual([...LAW_GROUNDS]);
    expect([...HANDOFF_STATES]).toEqual([...LAW_STATES]);
    expect([...HANDOFF_RECORD_TYPES]).toEqual([...CONTRACT_RECORD_TYPES]);
  });

  it.each([
    ["handoff.ground", LAW_GROUNDS],
    ["handoff.state", LAW_STATES],
    ["handoff.fact", HANDOFF_FACT_TYPES],
    ["handoff.clock", HANDOFF_CLOCKS],
    ["handoff.recordType", CONTRACT_RECORD_TYPES],
  ] as const)("%s has a name for each value", (prefix, values) => {
    expect(values.map((v) => `${prefix}.${v}`).filter((key) => !has(key))).toEqual([]);
  });

  it("has a hint for each state in which the receiving body acts", () => {
    for (const s of ["sent", "received", "accepted"]) expect(has(`handoff.hint.${s}`)).toBe(true);
  });
});
