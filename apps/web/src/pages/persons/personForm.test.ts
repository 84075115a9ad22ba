import { describe, expect, it } from "vitest";
import type { Person } from "../../api/types.ts";
import {
  emptyPersonForm,
  formToBody,
  personChecks,
  personFields,
  personToForm,
  type PersonFormState,
} from "./personForm.ts";

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

describe("person form: the form's checks (R1.1)", () => {
  const t = (key: string) => key;
  const valid = (): PersonFormState => ({
    ...emptyPersonForm(),
    iin: "850101300123",
    lastNameCyr: "Сейтқали",
    firstNameCyr: "Нұрлан",
    actualAddress: { text: "ул. Абая, 1", territoryId: "t-1", lat: "", lon: "" },
  });

  it("a filled form passes; an empty one names each input it needs, in the form's order", () => {
    expect(personChecks(t, valid())).toEqual({});
    const empty = personChecks(t, emptyPersonForm());
    expect(Object.keys(empty)).toEqual([
      "noIinReason",
      "birthDate",
      "sex",
      "lastNameCyr",
      "firstNameCyr",
      "actualAddress.territoryId",
      "actualAddress.text",
    ]);
    expect(empty.lastNameCyr).toBe("forms.person.lastNameCyr");
  });

  it("an IIN of 12 digits (spaces allowed), names in their alphabets, three letters of citizenship", () => {
    expect(personChecks(t, { ...valid(), iin: "8501 0130 0123" })).toEqual({});
    expect(personChecks(t, { ...valid(), iin: "85010130012" })).toEqual({ iin: "forms.person.iin" });
    expect(personChecks(t, { ...valid(), lastNameCyr: "Seitkali", firstNameLat: "Нұрлан" })).toEqual({
      lastNameCyr: "forms.person.lastNameCyr",
      firstNameLat: "forms.person.latin",
    });
    expect(personChecks(t, { ...valid(), citizenship: "KZ" })).toEqual({
      citizenship: "forms.person.citizenship",
    });
  });

  it("coordinates both or neither and in range; a registered address given whole; no empty rows", () => {
    const f = valid();
    f.actualAddress = { ...f.actualAddress, lat: "51,17", lon: "" };
    f.registeredAddress = { text: "ул. Сейфуллина, 10", territoryId: "", lat: "", lon: "" };
    f.contacts = [{ kind: "phone", value: " " }];
    f.documents = [{ kind: "passport", number: "", issuedBy: "", issuedOn: "" }];
    expect(Object.keys(personChecks(t, f))).toEqual([
      "actualAddress.point.lon",
      "registeredAddress.territoryId",
      "contacts.0.value",
      "documents.0.number",
    ]);
    f.actualAddress = { ...f.actualAddress, lat: "91", lon: "71.4" };
    expect(Object.keys(personChecks(t, f))).toContain("actualAddress.point.lat");
  });

  it("every input checked is an input of the form (the list at the top links to each)", () => {
    const f = emptyPersonForm();
    f.contacts = [{ kind: "phone", value: "" }];
    f.documents = [{ kind: "passport", number: "", issuedBy: "", issuedOn: "" }];
    f.actualAddress = { text: "", territoryId: "", lat: "1", lon: "" };
    const fields = personFields(f);
    for (const key of Object.keys(personChecks(t, f))) expect(fields).toContain(key);
  });
});
