import { describe, expect, it } from "vitest";
import { REGISTER_TERMINATION_GROUNDS } from "../register/termination.ts";
import {
  earlyTerminationSubmission,
  SUPERVISION_TERMINATION_PROCEDURE,
  validateSupervisionTermination,
} from "./termination.ts";

describe("termination of administrative supervision (001 Art. 66(5), read with 59(8))", () => {
  it("001 Art. 66(5): a procedure for each ground of 59(8), none given for (4)", () => {
    expect(REGISTER_TERMINATION_GROUNDS.map((g) => SUPERVISION_TERMINATION_PROCEDURE[g].procedure)).toEqual([
      "court_on_submission",
      "officer_ruling_approved_by_head",
      "officer_ruling_approved_by_head",
      "not_specified",
      "officer_ruling_approved_by_head",
    ]);
    expect(SUPERVISION_TERMINATION_PROCEDURE.death.groundArticle).toBe("001 Art. 59(8)(5)");
  });
  it("001 Art. 66(5): the police head's submission is considered within ten days", () => {
    expect(
      earlyTerminationSubmission({
        submittedOn: "2026-04-25",
        submittedBy: "internal_affairs_head",
        positiveReference: true,
      }),
    ).toEqual({ ok: true, value: { considerBy: "2026-05-05", article: "001 Art. 66(5)" } });
  });
  it("001 Art. 65(4)(3): the person's own motion — no term for the court in the text", () => {
    expect(
      earlyTerminationSubmission({
        submittedOn: "2026-04-25",
        submittedBy: "supervised_person",
        positiveReference: true,
      }),
    ).toEqual({ ok: true, value: { considerBy: null, article: "001 Art. 65(4)(3)" } });
  });
  it.each<["internal_affairs_head" | "supervised_person", string]>([
    ["internal_affairs_head", "001 Art. 59(8)(1)"],
    ["supervised_person", "001 Art. 65(4)(3)"],
  ])("001 Art. 59(8)(1), 65(4)(3): no positive reference — refused (%s)", (submittedBy, article) => {
    expect(
      earlyTerminationSubmission({ submittedOn: "2026-04-25", submittedBy, positiveReference: false }),
    ).toMatchObject({
      ok: false,
      code: "supervision.early_termination_no_positive_reference",
      article,
    });
  });
  it.each<[string, Parameters<typeof validateSupervisionTermination>[0], string[]]>([
    [
      "001 Art. 66(5): early termination by the court",
      { ground: "corrected", decidedBy: "court", approvedByHead: false },
      [],
    ],
    [
      "001 Art. 66(5): early termination not by the police",
      { ground: "corrected", decidedBy: "police_head", approvedByHead: true },
      ["supervision.early_termination_by_court"],
    ],
    [
      "001 Art. 66(5): term expired — officer's ruling approved by the head",
      { ground: "measures_expired", decidedBy: "police_district_inspector", approvedByHead: true },
      [],
    ],
    [
      "001 Art. 66(5): imprisonment — ruling not approved",
      { ground: "imprisoned", decidedBy: "police_officer", approvedByHead: false },
      ["supervision.termination_ruling_not_approved"],
    ],
    [
      "001 Art. 66(5): death — not a court matter",
      { ground: "death", decidedBy: "court", approvedByHead: true },
      ["supervision.termination_ruling_by_police"],
    ],
    [
      "001 Art. 66(5): 59(8)(4) has no procedure — nothing to refuse",
      { ground: "minor_turned_18", decidedBy: "court", approvedByHead: false },
      [],
    ],
  ])("%s", (_n, input, expected) => {
    expect(validateSupervisionTermination(input).map((r) => r.code)).toEqual(expected);
  });
});
