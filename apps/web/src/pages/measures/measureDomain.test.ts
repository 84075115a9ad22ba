import { MANUAL_MEASURE_FACT_TYPES, MEASURE_FACT_FIELDS } from "@aldyn/contract";
import { describe, expect, it } from "vitest";
import en from "../../i18n/en.json";
import kk from "../../i18n/kk.json";
import ru from "../../i18n/ru.json";
import { NOTICE_RECIPIENTS as LAW_NOTICE_RECIPIENTS } from "@aldyn/law";
import { FACT_FIELDS, FACT_TYPES, factBody, NOTICE_RECIPIENTS, offeredFactTypes } from "./measureDomain.ts";

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
      at: new Date(at).toISOString(),
      note: "typo",
      supersedes: 2,
    });
    expect(
      factBody({ version: 1 }, "appeal_decided", at, "", { outcome: "amended", validUntil: "2026-06-01" }),
    ).toMatchObject({ outcome: "amended", validUntil: "2026-06-01" });
    expect(factBody({ version: 1 }, "notice_sent", at, "", { to: "victim" })).toMatchObject({ to: "victim" });
  });
});
