import { describe, expect, it } from "vitest";
import {
  domesticViolenceNotificationDueBy,
  domesticViolenceNotificationDuty,
  DOMESTIC_VIOLENCE_NOTIFICATION_HOURS,
} from "./notification.ts";

const reportedAt = new Date("2026-03-20T17:30:00Z"); // 22:30 Friday 20 March in Almaty, before Nauryz

describe("notification of interested subjects (001 Art. 72(3)(2))", () => {
  it("001 Art. 72(3)(2): due twenty-four hours after the report, across days off", () => {
    expect(DOMESTIC_VIOLENCE_NOTIFICATION_HOURS).toBe(24);
    expect(domesticViolenceNotificationDueBy(reportedAt).toISOString()).toBe("2026-03-21T17:30:00.000Z");
  });

  it("001 Art. 72(3)(2): across the 1 March 2024 switch of Almaty time, still 24 real hours", () => {
    expect(domesticViolenceNotificationDueBy(new Date("2024-02-29T12:00:00Z")).toISOString()).toBe(
      "2024-03-01T12:00:00.000Z",
    );
  });

  it.each<[string, { to: string; at: string }[], string, string, string | null]>([
    ["pending within the 24 hours", [], "2026-03-21T17:29:59Z", "pending", null],
    ["overdue after 24 hours without a notice", [], "2026-03-21T17:30:01Z", "overdue", null],
    [
      "done in time",
      [{ to: "family_support_centre", at: "2026-03-21T09:00:00Z" }],
      "2026-03-22T00:00:00Z",
      "done_in_time",
      "2026-03-21T09:00:00.000Z",
    ],
    [
      "done at the 24th hour exactly",
      [{ to: "family_support_centre", at: "2026-03-21T17:30:00Z" }],
      "2026-03-22T00:00:00Z",
      "done_in_time",
      "2026-03-21T17:30:00.000Z",
    ],
    [
      "done late",
      [{ to: "family_support_centre", at: "2026-03-22T08:00:00Z" }],
      "2026-03-23T00:00:00Z",
      "done_late",
      "2026-03-22T08:00:00.000Z",
    ],
    [
      "a notice after the instant asked about is not yet known",
      [{ to: "family_support_centre", at: "2026-03-22T08:00:00Z" }],
      "2026-03-22T07:00:00Z",
      "overdue",
      null,
    ],
  ])("001 Art. 72(3)(2): %s", (_name, notices, at, state, notifiedAt) => {
    const d = domesticViolenceNotificationDuty(
      reportedAt,
      notices.map((n) => ({ to: n.to, at: new Date(n.at) })),
      new Date(at),
    );
    expect(d.state).toBe(state);
    expect(d.article).toBe("001 Art. 72(3)(2)");
    expect(d.code).toBe("domestic_violence.notify_interested_subjects");
    expect(d.notifiedAt?.toISOString() ?? null).toBe(notifiedAt);
  });

  it("001 Art. 72(3)(2): the first notice meets the duty; every addressee is listed once", () => {
    const d = domesticViolenceNotificationDuty(
      reportedAt,
      [
        { to: "guardianship_body", at: new Date("2026-03-22T10:00:00Z") },
        { to: "family_support_centre", at: new Date("2026-03-21T10:00:00Z") },
        { to: "family_support_centre", at: new Date("2026-03-21T11:00:00Z") },
      ],
      new Date("2026-03-23T00:00:00Z"),
    );
    expect(d.state).toBe("done_in_time");
    expect(d.notifiedAt?.toISOString()).toBe("2026-03-21T10:00:00.000Z");
    expect(d.notified).toEqual(["family_support_centre", "guardianship_body"]);
  });
});
