import { describe, expect, it } from "vitest";
import type { Person } from "../../api/types.ts";
import { emptyPersonForm, formToBody, personToForm } from "./personForm.ts";

const read = {
  personal: {
    iin: "850101300123",
    noIinReason: null,
    lastNameCyr: "Сейтқали",
    firstNameCyr: "Нұрлан",
    middleNameCyr: null,
    lastNameLat: null,
    firstNameLat: null,
    middleNameLat: null,
    birthDate: "1985-01-01",
    sex: "male",
    citizenship: "KAZ",
    actualAddress: { text: "ул. Абая, 1", territoryId: "t-1", point: { lat: 51.1694, lon: 71.4491 } },
    registeredAddress: { text: "ул. Сейфуллина, 10", territoryId: "t-2", point: null },
    contacts: [],
    documents: [],
  },
} as unknown as Person;

describe("person form: addresses with coordinates (R1.1)", () => {
  it("an edit sends back the coordinates it read, so saving never wipes them", () => {
    const body = formToBody(personToForm(read));
    expect(body.actualAddress).toEqual({
      text: "ул. Абая, 1",
      territoryId: "t-1",
      point: { lat: 51.1694, lon: 71.4491 },
    });
    expect(body.registeredAddress).toEqual({ text: "ул. Сейфуллина, 10", territoryId: "t-2", point: null });
  });

  it("reads a comma as the decimal point; empty coordinates are no point", () => {
    const f = emptyPersonForm();
    f.actualAddress = { text: "x", territoryId: "t", lat: "43,2567", lon: " 76.9286 " };
    expect(formToBody(f).actualAddress.point).toEqual({ lat: 43.2567, lon: 76.9286 });
    f.actualAddress = { ...f.actualAddress, lat: "", lon: "" };
    expect(formToBody(f).actualAddress.point).toBeNull();
  });
});
