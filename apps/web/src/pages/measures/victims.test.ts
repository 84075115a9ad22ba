import { describe, expect, it } from "vitest";
import { hasPrintedForm } from "@aldyn/contract/printed-forms";
import en from "../../i18n/en.json";
import kk from "../../i18n/kk.json";
import ru from "../../i18n/ru.json";
import { sentVictims, victimRows } from "./victims.ts";

describe("protective order victims as sent (Art. 60(1), (4))", () => {
  it("the form starts with one empty row", () => {
    expect(victimRows(undefined)).toEqual([{ fullName: "", address: "" }]);
  });

  it("trims, leaves out empty rows and empty addresses", () => {
    expect(
      sentVictims([
        { fullName: "  Сейтқали Әйгерім ", address: " Астана " },
        { fullName: "", address: "" },
        { fullName: "Сейтқали Ерлан", address: "  " },
      ]),
    ).toEqual([{ fullName: "Сейтқали Әйгерім", address: "Астана" }, { fullName: "Сейтқали Ерлан" }]);
    expect(sentVictims([{ fullName: " ", address: "" }])).toEqual([]);
  });

  it("an untouched first row sends no victim, and the law refuses the order with Art. 60(1), (4)", () => {
    expect(sentVictims(victimRows(undefined))).toEqual([]);
    expect(sentVictims([])).toEqual([]);
    for (const catalog of [en, kk, ru]) {
      expect(catalog.errors.protective_order.victim_missing).toBeTruthy();
      expect(catalog.errors.protective_order.victim_person_not_found).toBeTruthy();
    }
  });

  it("sends a row with an address but no name, for the law to refuse with Art. 60(4)", () => {
    expect(sentVictims([{ fullName: "", address: "Астана" }])).toEqual([{ fullName: "", address: "Астана" }]);
  });
});

describe("PDF links (R11.5)", () => {
  it("only for the kinds with a printed form", () => {
    expect(hasPrintedForm("protective_order")).toBe(true);
    expect(hasPrintedForm("statutory_notice")).toBe(true);
    expect(hasPrintedForm("preventive_conversation")).toBe(false);
  });
});
