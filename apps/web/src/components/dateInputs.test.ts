import dayjs from "dayjs";
import { afterEach, describe, expect, it } from "vitest";
import { almatyLocalOf, instantOfAlmatyLocal } from "../format.ts";
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  localOfPicker,
  parseTypedDate,
  pickerOfLocal,
  withinRange,
} from "./dateInputs.ts";

describe("a typed date is read as dd.MM.yyyy in every language (R11.4)", () => {
  it("reads 01.04.2026 as the first of April, not the fourth of January", () => {
    expect(parseTypedDate("01.04.2026")).toBe("2026-04-01");
    expect(parseTypedDate(" 1.4.2026 ")).toBe("2026-04-01");
    expect(parseTypedDate("29.02.2028")).toBe("2028-02-29");
  });

  it("takes a pasted ISO date", () => {
    expect(parseTypedDate("2026-04-01")).toBe("2026-04-01");
  });

  it("refuses a day the calendar lacks and anything half typed", () => {
    for (const text of ["31.02.2026", "29.02.2026", "32.01.2026", "01.13.2026", "00.01.2026", "01.04.26"]) {
      expect(parseTypedDate(text), text).toBeNull();
    }
    for (const text of ["", "01.04.", "04/01/2026", "2026-4-1", "2026-02-30", "сегодня"]) {
      expect(parseTypedDate(text), text).toBeNull();
    }
  });

  it("keeps a date within its bounds", () => {
    expect(withinRange("2026-04-01", "2026-04-01", "2026-04-30")).toBe(true);
    expect(withinRange("2026-03-31", "2026-04-01")).toBe(false);
    expect(withinRange("2026-05-01", undefined, "2026-04-30")).toBe(false);
    expect(withinRange("2026-05-01")).toBe(true);
  });

  it("shows a legal date as dd.MM.yyyy", () => {
    expect(dayjs("2026-04-01").format(DATE_FORMAT)).toBe("01.04.2026");
  });
});

describe("a date and time entered is on the clock of Almaty, whatever the browser's zone (R11.4)", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  for (const tz of ["UTC", "America/New_York", "Asia/Almaty", "Europe/Berlin", "Pacific/Kiritimati"]) {
    it(`round trip of 22:10 on 9 March 2026 in Almaty with the browser in ${tz}`, () => {
      process.env.TZ = tz;
      const instant = "2026-03-09T17:10:00.000Z"; // 22:10 in Almaty (UTC+5)
      const local = almatyLocalOf(instant);
      expect(local).toBe("2026-03-09T22:10");
      const picked = pickerOfLocal(local);
      expect(picked).toBe("2026-03-09 22:10:00");
      // What the picker shows: the Almaty wall time as typed, not shifted by the browser's zone.
      expect(dayjs(picked).format(DATE_TIME_FORMAT)).toBe("09.03.2026 22:10");
      const back = localOfPicker(picked);
      expect(back).toBe("2026-03-09T22:10");
      expect(instantOfAlmatyLocal(back)).toBe(instant);
    });
  }

  it("an hour after midnight in Almaty stays on its own day", () => {
    const local = almatyLocalOf("2026-12-05T19:30:00.000Z");
    expect(local).toBe("2026-12-06T00:30");
    expect(localOfPicker(pickerOfLocal(local))).toBe("2026-12-06T00:30");
  });

  it("no value is none both ways", () => {
    expect(pickerOfLocal("")).toBeNull();
    expect(localOfPicker(null)).toBe("");
    expect(localOfPicker("")).toBe("");
  });
});
