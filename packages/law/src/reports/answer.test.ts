import { describe, expect, it } from "vitest";
import { DEFAULT_DAY_TRANSFERS } from "../calendar/day-transfers.ts";
import { kazakhstanWorkCalendar } from "../calendar/working-days.ts";
import {
  REPORT_ANSWER_ARTICLE,
  REPORT_ANSWER_MAX_EXTENSION_MONTHS,
  REPORT_ANSWER_WORKING_DAYS,
  reportAnswerDueAt,
  reportAnswerLatestExtendedDueAt,
} from "./answer.ts";

const cal = kazakhstanWorkCalendar(DEFAULT_DAY_TRANSFERS);
const due = (iso: string): string => reportAnswerDueAt(new Date(iso), cal).toISOString();

// 001 Art. 49(2): reports "shall be reviewed by state bodies in accordance with the procedure established
// by the legislation" — fifteen working days from receipt (Administrative Procedural and Process-Related
// Code, Art. 76), counted after the day of receipt and ending at the end of the day in Almaty.
describe("the answer to a report (001 Art. 49(2))", () => {
  it("the term and its provision", () => {
    expect(REPORT_ANSWER_ARTICLE).toBe("001 Art. 49(2)");
    expect(REPORT_ANSWER_WORKING_DAYS).toBe(15);
    expect(REPORT_ANSWER_MAX_EXTENSION_MONTHS).toBe(2);
  });

  it.each([
    // Monday 1 June 2026: 15 working days → Monday 22 June (no holiday in between).
    ["2026-06-01T05:00:00Z", "2026-06-22T18:59:59.999Z"],
    // Saturday 6 June: counted from Monday 8 June → Friday 26 June.
    ["2026-06-06T05:00:00Z", "2026-06-26T18:59:59.999Z"],
    // Friday 27 February 2026: 9 March (8 March's carried day off) and Nauryz 21-25 March are not
    // counted — the fourteenth working day is 20 March, the fifteenth 26 March.
    ["2026-02-27T05:00:00Z", "2026-03-26T18:59:59.999Z"],
    // Friday 13 March: 16-20 March, then 26 March onwards after Nauryz → 8 April.
    ["2026-03-13T05:00:00Z", "2026-04-08T18:59:59.999Z"],
  ])("received %s → answer due by %s", (received, expected) => {
    expect(due(received)).toBe(expected);
  });

  it("the Almaty day boundary: received at 23:59 or at 00:00 local counts from different days", () => {
    // Monday 1 June 23:59 Almaty (18:59 UTC) vs Tuesday 2 June 00:00 Almaty (19:00 UTC Monday).
    expect(due("2026-06-01T18:59:00Z")).toBe("2026-06-22T18:59:59.999Z");
    expect(due("2026-06-01T19:00:00Z")).toBe("2026-06-23T18:59:59.999Z");
  });

  it("a deployment may set another number of working days", () => {
    expect(reportAnswerDueAt(new Date("2026-06-01T05:00:00Z"), cal, 10).toISOString()).toBe(
      "2026-06-15T18:59:59.999Z",
    );
  });

  it("an extension reaches at most two months from the day of receipt", () => {
    expect(reportAnswerLatestExtendedDueAt(new Date("2026-06-01T05:00:00Z")).toISOString()).toBe(
      "2026-08-01T18:59:59.999Z",
    );
    expect(reportAnswerLatestExtendedDueAt(new Date("2025-12-31T05:00:00Z")).toISOString()).toBe(
      "2026-02-28T18:59:59.999Z",
    );
  });
});
