import { describe, expect, it } from "vitest";
import {
  certificateIssueRefusals,
  certificateValidOn,
  isNpmTerminationGround,
  NPM_TERMINATION_GROUNDS,
  participantPowersActiveOn,
  participationRefusals,
  terminationArticle,
  validateTermination,
  type NpmParticipantRecord,
} from "./participants.ts";

const record: NpmParticipantRecord = {
  id: "p1",
  region: "Almaty",
  selectedOn: "2024-01-10",
  certificateIssuedOn: "2024-01-20",
  termination: null,
};

describe("termination of powers (000 Art. 31)", () => {
  it("000 Art. 31: the closed list has seven grounds, each citing its subparagraph", () => {
    expect(NPM_TERMINATION_GROUNDS).toHaveLength(7);
    expect(NPM_TERMINATION_GROUNDS.map(terminationArticle)).toEqual([
      "000 Art. 31(1)",
      "000 Art. 31(2)",
      "000 Art. 31(3)",
      "000 Art. 31(4)",
      "000 Art. 31(5)",
      "000 Art. 31(6)",
      "000 Art. 31(7)",
    ]);
    expect(isNpmTerminationGround("death")).toBe(true);
    expect(isNpmTerminationGround("retirement")).toBe(false);
  });

  it.each<[string, { ground: string; on: string; basis?: string }, NpmParticipantRecord, string[]]>([
    ["000 Art. 31(2): resignation is allowed", { ground: "resignation", on: "2025-01-01" }, record, []],
    [
      "000 Art. 31: a ground outside the list is refused",
      { ground: "retirement", on: "2025-01-01" },
      record,
      ["npm_participant.termination_ground_unknown"],
    ],
    [
      "000 Art. 31(7): other statutory case needs the law relied on",
      { ground: "other_statutory_case", on: "2025-01-01", basis: "  " },
      record,
      ["npm_participant.termination_basis_required"],
    ],
    [
      "000 Art. 31(7): other statutory case with its law is allowed",
      { ground: "other_statutory_case", on: "2025-01-01", basis: "Law X Art. 5" },
      record,
      [],
    ],
    [
      "000 Art. 31: powers already terminated",
      { ground: "death", on: "2025-01-01" },
      { ...record, termination: { ground: "resignation", on: "2024-06-01" } },
      ["npm_participant.already_terminated"],
    ],
    [
      "000 Art. 31: termination cannot precede selection",
      { ground: "resignation", on: "2023-12-31" },
      record,
      ["npm_participant.termination_before_selection"],
    ],
  ])("%s", (_name, t, p, expected) => {
    expect(validateTermination(p, t).map((r) => r.code)).toEqual(expected);
  });

  it("000 Art. 31: an already-terminated refusal cites the ground of the earlier termination", () => {
    const [r] = validateTermination(
      { ...record, termination: { ground: "guilty_verdict", on: "2024-06-01" } },
      { ground: "death", on: "2025-01-01" },
    );
    expect(r?.article).toBe("000 Art. 31(6)");
  });
});

describe("powers and certificate (000 Arts. 26(3), 31; 003 p.16)", () => {
  const terminated: NpmParticipantRecord = { ...record, termination: { ground: "death", on: "2025-03-01" } };
  it.each<[string, NpmParticipantRecord, string, boolean, boolean]>([
    ["000 Art. 26(3): before selection no powers", record, "2024-01-09", false, false],
    ["003 p.16: selected, certificate not yet issued", record, "2024-01-15", true, false],
    ["003 p.16: certificate valid from issue", record, "2024-01-20", true, true],
    ["000 Art. 31(3): last day before termination", terminated, "2025-02-28", true, true],
    ["000 Art. 31(3): no powers on the day of termination", terminated, "2025-03-01", false, false],
    ["003 p.16: never issued", { ...record, certificateIssuedOn: null }, "2024-05-01", true, false],
  ])("%s", (_name, p, date, active, valid) => {
    expect(participantPowersActiveOn(p, date)).toBe(active);
    expect(certificateValidOn(p, date)).toBe(valid);
  });

  it.each<[string, NpmParticipantRecord, string, string[]]>([
    ["003 p.16: a certified participant may take part", record, "2024-02-01", []],
    [
      "000 Art. 26(3): not yet selected",
      record,
      "2024-01-01",
      ["npm_participant.powers_not_active 000 Art. 26(3)"],
    ],
    [
      "000 Art. 31(3): terminated by death",
      terminated,
      "2025-03-02",
      ["npm_participant.powers_not_active 000 Art. 31(3)"],
    ],
    ["003 p.16: no certificate", record, "2024-01-15", ["npm_participant.no_certificate 003 p.16"]],
  ])("%s", (_name, p, date, expected) => {
    expect(participationRefusals(p, date).map((r) => `${r.code} ${r.article}`)).toEqual(expected);
  });
});

describe("issuing the certificate (003 p.16)", () => {
  it("003 p.16: issued to a selected participant whose powers last", () => {
    expect(certificateIssueRefusals(record, "2024-01-10")).toEqual([]);
  });
  it.each([
    ["before selection (000 Art. 26(3))", record, "2024-01-09", "000 Art. 26(3)"],
    [
      "after termination (000 Art. 31(2))",
      { ...record, termination: { ground: "resignation" as const, on: "2025-01-01" } },
      "2025-01-01",
      "000 Art. 31(2)",
    ],
  ])("003 p.16: refused %s", (_, p, on, alsoCited) => {
    expect(certificateIssueRefusals(p, on).map((r) => [r.code, r.article, r.params?.alsoCited])).toEqual([
      ["npm_participant.certificate_without_powers", "003 p.16", alsoCited],
    ]);
  });
});
