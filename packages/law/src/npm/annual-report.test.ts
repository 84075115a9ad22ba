import { describe, expect, it } from "vitest";
import {
  annualReportPublication,
  annualReportPublicationDue,
  stateBodyAnswer,
  stateBodyAnswerDue,
  validateAnnualReport,
} from "./annual-report.ts";

describe("annual consolidated report (000 Art. 34)", () => {
  it.each<[string, number, number, boolean, string[]]>([
    ["000 Art. 34(2): recommendations included and the financial report", 5, 2, true, []],
    [
      "000 Art. 34(2): the year has no recommendations",
      0,
      0,
      true,
      ["npm_annual_report.recommendations_missing"],
    ],
    [
      "000 Art. 34(2): the year has recommendations, none included",
      3,
      0,
      true,
      ["npm_annual_report.recommendations_not_included"],
    ],
    [
      "000 Art. 34(2): financial report not attached",
      3,
      1,
      false,
      ["npm_annual_report.financial_report_missing"],
    ],
    [
      "000 Art. 34(2): nothing included, nothing attached",
      2,
      0,
      false,
      ["npm_annual_report.recommendations_not_included", "npm_annual_report.financial_report_missing"],
    ],
  ])("%s", (_name, recommendationsOfYear, recommendationsIncluded, financialReportAttached, expected) => {
    const refusals = validateAnnualReport({
      recommendationsOfYear,
      recommendationsIncluded,
      financialReportAttached,
    });
    expect(refusals.map((r) => r.code)).toEqual(expected);
    for (const r of refusals) expect(r.article).toBe("000 Art. 34(2)");
  });

  it.each<[string, string, string]>([
    ["000 Art. 34(3): approved 15 March → by 15 April", "2025-03-15", "2025-04-15"],
    ["000 Art. 34(3): approved 31 January → by 28 February", "2025-01-31", "2025-02-28"],
    ["000 Art. 34(3): approved 31 January in a leap year → by 29 February", "2024-01-31", "2024-02-29"],
  ])("%s", (_name, approved, due) => {
    expect(annualReportPublicationDue(approved)).toBe(due);
  });

  it.each<[string, string | null, string | null, string, boolean, boolean]>([
    ["000 Art. 34(3): neither done, still in time", null, null, "2025-04-15", false, false],
    ["000 Art. 34(3): neither done, past due", null, null, "2025-04-16", true, true],
    ["000 Art. 34(3): sent in time, posted late", "2025-04-10", "2025-04-20", "2025-05-01", false, true],
  ])("%s", (_name, sent, posted, today, sendingOverdue, publicationOverdue) => {
    expect(
      annualReportPublication({ approvedOn: "2025-03-15", sentToBodiesOn: sent, postedOn: posted }, today),
    ).toEqual({ dueBy: "2025-04-15", sendingOverdue, publicationOverdue });
  });
});

describe("answers of the authorised state bodies (000 Art. 36(2))", () => {
  it.each<[string, string, string]>([
    ["000 Art. 36(2): received 20 April → answer by 20 July", "2025-04-20", "2025-07-20"],
    ["000 Art. 36(2): received 30 November → answer by 28 February", "2025-11-30", "2026-02-28"],
  ])("%s", (_name, received, due) => {
    expect(stateBodyAnswerDue(received)).toBe(due);
  });

  it.each<[string, string | null, string, boolean, boolean]>([
    ["000 Art. 36(2): not answered, in time", null, "2025-07-20", false, false],
    ["000 Art. 36(2): not answered, overdue", null, "2025-07-21", true, false],
    ["000 Art. 36(2): answered in time", "2025-07-01", "2025-09-01", false, false],
    ["000 Art. 36(2): answered late", "2025-08-01", "2025-09-01", false, true],
  ])("%s", (_name, answeredOn, today, overdue, late) => {
    expect(stateBodyAnswer({ receivedOn: "2025-04-20", answeredOn }, today)).toEqual({
      dueBy: "2025-07-20",
      overdue,
      late,
    });
  });
});
