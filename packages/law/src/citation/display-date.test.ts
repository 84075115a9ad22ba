import { describe, expect, it } from "vitest";
import { formatDisplayDate, formatDisplayDateTime, formatDisplayTime } from "./display-date.ts";

describe("dates and times as people read them: Almaty, dd.MM.yyyy HH:mm (R11.4)", () => {
  it("an instant on the clock of Almaty, whatever the machine's zone", () => {
    // 19:30 UTC on 31 March is half past midnight on 1 April in Almaty (UTC+5 since 1 March 2024).
    expect(formatDisplayDateTime("2026-03-31T19:30:00Z")).toBe("01.04.2026 00:30");
    expect(formatDisplayDateTime(new Date("2026-12-06T04:05:00Z"))).toBe("06.12.2026 09:05");
    expect(formatDisplayDate("2026-03-31T19:30:00Z")).toBe("01.04.2026");
    expect(formatDisplayTime("2026-03-31T19:30:00Z")).toBe("00:30");
  });

  it("an instant before 1 March 2024 by the zone rules of its time (UTC+6)", () => {
    expect(formatDisplayDateTime("2023-06-01T18:30:00Z")).toBe("02.06.2023 00:30");
  });

  it("a legal date is already a day of Almaty: no shift", () => {
    expect(formatDisplayDate("2026-12-06")).toBe("06.12.2026");
    expect(formatDisplayDateTime("2026-12-06")).toBe("06.12.2026");
  });

  it("nothing prints a dash; a text that is no date stays", () => {
    expect(formatDisplayDate(null)).toBe("—");
    expect(formatDisplayDate(undefined)).toBe("—");
    expect(formatDisplayDateTime("")).toBe("—");
    expect(formatDisplayDate("soon")).toBe("soon");
    expect(formatDisplayDateTime("soon")).toBe("soon");
    expect(formatDisplayTime("soon")).toBe("soon");
  });
});
