import { describe, expect, it } from "vitest";
import { kazakhstanWorkCalendar } from "../calendar/working-days.ts";
import {
  applicationDue,
  forwardLetterAfterDepartureDue,
  letterDue,
  type ApplicationAddressee,
} from "./correspondence.ts";

const cal = kazakhstanWorkCalendar();

describe("correspondence and applications (000 Arts. 22-3, 22-4, carried)", () => {
  it("000 Art. 22-3(3): a letter received on Thursday is due by the end of the third working day (Tuesday)", () => {
    expect(letterDue(new Date("2026-04-16T10:00:00+05:00"), cal)).toEqual({
      article: "000 Art. 22-3(3)",
      dueAt: new Date("2026-04-21T23:59:59.999+05:00"),
      carriedFrom000: true,
    });
  });
  it("000 Art. 22-3(5): after departure, three calendar days", () => {
    expect(forwardLetterAfterDepartureDue(new Date("2026-04-16T10:00:00+05:00")).dueAt).toEqual(
      new Date("2026-04-19T23:59:59.999+05:00"),
    );
  });
  it.each<[ApplicationAddressee, string | null, string]>([
    ["court", "2026-04-17T05:00:00.000Z", "000 Art. 22-4(2)"],
    ["prosecutor", "2026-04-17T05:00:00.000Z", "000 Art. 22-4(2)"],
    ["state_body", "2026-04-17T05:00:00.000Z", "000 Art. 22-4(2)"],
    ["local_self_government", null, "000 Art. 22-4(1)"],
    ["public_association", null, "000 Art. 22-4(1)"],
    ["mass_media", null, "000 Art. 22-4(1)"],
  ])("000 Art. 22-4: application to %s", (addressee, due, article) => {
    const d = applicationDue({ submittedAt: new Date("2026-04-16T10:00:00+05:00"), addressee });
    expect(d.dueAt?.toISOString() ?? null).toBe(due);
    expect(d.article).toBe(article);
    expect(d.carriedFrom000).toBe(true);
  });
});
