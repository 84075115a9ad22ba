import { describe, expect, it } from "vitest";
import { hasPrintedForm } from "@aldyn/contract/printed-forms";
import en from "../../i18n/en.json";
import kk from "../../i18n/kk.json";
import ru from "../../i18n/ru.json";
import { pickedVictim, sentVictims, unlinkedVictim, victimRows } from "./victims.ts";

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

describe("a victim picked among persons (001 Art. 60(1), (4))", () => {
  const person = {
    id: "00000000-0000-4000-8000-0000000000aa",
    fullName: "Сейтқали Әйгерім Болатқызы",
    label: "Сейтқали Әйгерім Болатқызы (01.02.1990)",
    address: "Астана, Әуезов к-сі, 7",
  };

  it("is sent with the record's id and the name as recorded; the address found fills an empty one", () => {
    const row = pickedVictim({ fullName: "", address: "" }, person);
    expect(sentVictims([row])).toEqual([
      { personId: person.id, fullName: "Сейтқали Әйгерім Болатқызы", address: "Астана, Әуезов к-сі, 7" },
    ]);
    // An address the official typed is kept: it is where the victim receives the copy now.
    expect(pickedVictim({ fullName: "", address: "Косшы, 3" }, person).address).toBe("Косшы, 3");
  });

  it("keeps the pick through the form's state, and unlinking keeps the name to edit by hand", () => {
    const rows = victimRows([pickedVictim({ fullName: "", address: "" }, person)]);
    expect(rows[0]).toMatchObject({ personId: person.id, label: person.label });
    expect(unlinkedVictim(rows[0]!)).toEqual({ fullName: person.fullName, address: person.address });
    expect(sentVictims([unlinkedVictim(rows[0]!)])[0]).not.toHaveProperty("personId");
  });

  it("a victim who is not registered is still named by hand, next to a picked one", () => {
    const sent = sentVictims([
      pickedVictim({ fullName: "", address: "" }, { ...person, address: null }),
      { fullName: "Сейтқали Ерлан", address: "" },
    ]);
    expect(sent).toEqual([
      { personId: person.id, fullName: person.fullName },
      { fullName: "Сейтқали Ерлан" },
    ]);
  });
});

describe("PDF links (R11.5)", () => {
  it("only for the kinds with a printed form", () => {
    expect(hasPrintedForm("protective_order")).toBe(true);
    expect(hasPrintedForm("statutory_notice")).toBe(true);
    expect(hasPrintedForm("preventive_conversation")).toBe(false);
  });
});
