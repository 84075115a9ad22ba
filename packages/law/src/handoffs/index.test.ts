import { describe, expect, it } from "vitest";
import * as law from "../index.ts";
import { bodyTypesActingAs, receivingBodyTypes } from "./body-types.ts";

// The names the server and the web import from "@aldyn/law" for hand-offs and reports: renaming one
// breaks the other parts, so the package's root must keep exporting them.
describe("the package exports the hand-off and report names other parts import", () => {
  it.each([
    "HANDOFF_CLOCKS",
    "handoffDueAt",
    "HANDOFF_GROUND_CODES",
    "HANDOFF_GROUNDS",
    "HANDOFF_FACT_TYPES",
    "HANDOFF_STATES",
    "deriveHandoff",
    "mayAddHandoffFact",
    "HANDOFF_BODY_TYPES",
    "HANDOFF_RECORD_TYPES",
    "DEFAULT_HANDOFF_CLOCK_CONFIG",
    "releaseNoticeDueAt",
    "REPORT_CHANNELS",
    "REPORT_CATEGORIES",
    "REPORT_URGENCIES",
    "REPORT_FLAGS",
    "routeReport",
    "proposeUrgency",
    "reportAnswerDueAt",
    "decisionDutyDueAt",
    "ACTIVITY_CHECK_DAYS",
    "activityState",
  ])("%s", (name) => {
    expect((law as Record<string, unknown>)[name]).toBeDefined();
  });
});

describe("one competence, several body types (001 Art. 13)", () => {
  it("the internal affairs bodies are the departments and their district units; other types serve only themselves", () => {
    expect(bodyTypesActingAs("police_department")).toEqual(["police_department", "police_unit"]);
    expect(bodyTypesActingAs("guardianship_body")).toEqual(["guardianship_body"]);
    expect(receivingBodyTypes(["police_department", "prosecutor_office", "police_unit"])).toEqual([
      "police_department",
      "police_unit",
      "prosecutor_office",
    ]);
  });
});
