import { MANUAL_MEASURE_FACT_TYPES, MEASURE_FACT_FIELDS } from "@aldyn/contract";
import { describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import kk from "../../i18n/kk.json";
import ru from "../../i18n/ru.json";
import { NOTICE_RECIPIENTS as LAW_NOTICE_RECIPIENTS } from "@aldyn/law";
import {
  FACT_FIELDS,
  FACT_TYPES,
  factBody,
  localToInstant,
  NOTICE_RECIPIENTS,
  nowLocal,
  offeredFactTypes,
} from "./measureDomain.ts";

describe("the record-fact panel covers every fact the API takes by hand", () => {
  it("offers every manual fact type of the contract, and no other", () => {
    expect([...FACT_TYPES].sort()).toEqual([...MANUAL_MEASURE_FACT_TYPES].sort());
  });

  it("asks for the fields the contract gives each fact type", () => {
    expect(FACT_FIELDS).toEqual(MEASURE_FACT_FIELDS);
  });

  it("labels every fact type and notice addressee in kk, ru and en", () => {
    for (const catalog of [en, ru, kk] as unknown as Record<string, Record<string, string> | undefined>[]) {
      for (const f of FACT_TYPES) expect(catalog.factType?.[f], f).toBeTruthy();
      for (const r of NOTICE_RECIPIENTS) expect(catalog.noticeRecipient?.[r], r).toBeTruthy();
    }
  });

  it("offers only what the law accepts for the kind, in the panel's order", () => {
    expect(offeredFactTypes(["superseded", "issued", "served", "terminated"])).toEqual([
      "served",
      "terminated",
      "superseded",
    ]);
  });

  it("names the law's notice addressees", () => {
    expect([...NOTICE_RECIPIENTS]).toEqual([...LAW_NOTICE_RECIPIENTS]);
  });

  it("sends a fact's own fields only; a correction names the fact by its index", () => {
    const at = "2026-04-10T10:00";
    expect(
      factBody({ version: 3 }, "superseded", at, " typo ", { supersedes: "2", channel: "email" }),
    ).toEqual({
      version: 3,
      type: "superseded",
      // 10:00 in Almaty (UTC+5), whatever the zone of the browser or of this test.
      at: "2026-04-10T05:00:00.000Z",
      note: "typo",
      supersedes: 2,
    });
    expect(
      factBody({ version: 1 }, "appeal_decided", at, "", { outcome: "amended", validUntil: "2026-06-01" }),
    ).toMatchObject({ outcome: "amended", validUntil: "2026-06-01" });
    expect(factBody({ version: 1 }, "notice_sent", at, "", { to: "victim" })).toMatchObject({ to: "victim" });
  });
});

describe("times typed into the measure forms are on the clock of Almaty (R11.4)", () => {
  it("a typed time becomes that instant in Almaty, late evening included (no shift of a day)", () => {
    expect(localToInstant("2026-03-09T22:10")).toBe("2026-03-09T17:10:00.000Z");
    expect(localToInstant("2026-03-09T23:59")).toBe("2026-03-09T18:59:00.000Z");
  });

  it("now is shown as Almaty's time; what is not a time is sent as typed for the server to name", () => {
    expect(nowLocal(new Date("2026-03-09T19:30:00Z"))).toBe("2026-03-10T00:30");
    expect(localToInstant("")).toBe("");
    expect(localToInstant("yesterday")).toBe("yesterday");
  });
});
