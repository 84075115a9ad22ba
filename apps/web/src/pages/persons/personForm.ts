// The person form's state and its conversion to and from the API's shapes. Empty optional inputs
// are sent as null (edit) or left out (create), so the server's own rules decide.
import type { Person, PersonCreate, PersonUpdate } from "../../api/types.ts";

export const NO_IIN_REASONS = ["foreign_citizen", "stateless", "identity_unestablished"] as const;
export const DOCUMENT_KINDS = [
  "identity_card",
  "passport",
  "birth_certificate",
  "residence_permit",
  "stateless_certificate",
  "foreign_passport",
  "other",
] as const;
export const CONTACT_KINDS = ["phone", "email", "other"] as const;

export interface AddressState {
  text: string;
  territoryId: string;
  /** Coordinates as typed (decimal degrees; a comma is read as the decimal point); both or neither. */
  lat: string;
  lon: string;
}
export interface ContactState {
  kind: (typeof CONTACT_KINDS)[number];
  value: string;
}
export interface DocumentState {
  kind: (typeof DOCUMENT_KINDS)[number];
  number: string;
  issuedBy: string;
  issuedOn: string;
}

export interface PersonFormState {
  iin: string;
  noIinReason: "" | (typeof NO_IIN_REASONS)[number];
  lastNameCyr: string;
  firstNameCyr: string;
  middleNameCyr: string;
  lastNameLat: string;
  firstNameLat: string;
  middleNameLat: string;
  birthDate: string;
  sex: "" | "male" | "female";
  citizenship: string;
  actualAddress: AddressState;
  registeredAddress: AddressState;
  contacts: ContactState[];
  documents: DocumentState[];
}

export const emptyPersonForm = (): PersonFormState => ({
  iin: "",
  noIinReason: "",
  lastNameCyr: "",
  firstNameCyr: "",
  middleNameCyr: "",
  lastNameLat: "",
  firstNameLat: "",
  middleNameLat: "",
  birthDate: "",
  sex: "",
  citizenship: "KAZ",
  actualAddress: { text: "", territoryId: "", lat: "", lon: "" },
  registeredAddress: { text: "", territoryId: "", lat: "", lon: "" },
  contacts: [],
  documents: [],
});

/** The form filled with a person as read (personal fields present). */
export function personToForm(person: Person): PersonFormState {
  const p = person.personal;
  if (!p) return emptyPersonForm();
  return {
    iin: p.iin ?? "",
    noIinReason: p.noIinReason ?? "",
    lastNameCyr: p.lastNameCyr,
    firstNameCyr: p.firstNameCyr,
    middleNameCyr: p.middleNameCyr ?? "",
    lastNameLat: p.lastNameLat ?? "",
    firstNameLat: p.firstNameLat ?? "",
    middleNameLat: p.middleNameLat ?? "",
    birthDate: p.birthDate,
    sex: p.sex,
    citizenship: p.citizenship,
    actualAddress: addressToForm(p.actualAddress),
    registeredAddress: addressToForm(p.registeredAddress),
    contacts: p.contacts.map((c) => ({ kind: c.kind, value: c.value })),
    documents: p.documents.map((d) => ({
      kind: d.kind,
      number: d.number,
      issuedBy: d.issuedBy ?? "",
      issuedOn: d.issuedOn ?? "",
    })),
  };
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

type ReadAddress = NonNullable<Person["personal"]>["actualAddress"];

function addressToForm(a: ReadAddress | null): AddressState {
  return {
    text: a?.text ?? "",
    territoryId: a?.territoryId ?? "",
    lat: a?.point ? String(a.point.lat) : "",
    lon: a?.point ? String(a.point.lon) : "",
  };
}

const degrees = (text: string) => Number(text.trim().replace(",", "."));

/** The address as sent: the server replaces the whole address, so the coordinates always go with it. */
function address(a: AddressState) {
  const point =
    a.lat.trim() === "" && a.lon.trim() === "" ? null : { lat: degrees(a.lat), lon: degrees(a.lon) };
  return { text: a.text.trim(), territoryId: a.territoryId, point };
}

/** The create or edit body. With an IIN, birth date and sex may stay empty: the server reads them from it. */
export function formToBody(f: PersonFormState): PersonCreate {
  const registered = f.registeredAddress.text.trim() || f.registeredAddress.territoryId;
  return {
    iin: orNull(f.iin.replace(/\s/g, "")),
    noIinReason: f.noIinReason === "" ? null : f.noIinReason,
    lastNameCyr: f.lastNameCyr.trim(),
    firstNameCyr: f.firstNameCyr.trim(),
    middleNameCyr: orNull(f.middleNameCyr),
    lastNameLat: orNull(f.lastNameLat),
    firstNameLat: orNull(f.firstNameLat),
    middleNameLat: orNull(f.middleNameLat),
    ...(f.birthDate ? { birthDate: f.birthDate } : {}),
    ...(f.sex ? { sex: f.sex } : {}),
    ...(f.citizenship.trim() ? { citizenship: f.citizenship.trim().toUpperCase() } : {}),
    actualAddress: address(f.actualAddress),
    registeredAddress: registered ? address(f.registeredAddress) : null,
    contacts: f.contacts.map((c) => ({ kind: c.kind, value: c.value.trim() })),
    documents: f.documents.map((d) => ({
      kind: d.kind,
      number: d.number.trim(),
      issuedBy: orNull(d.issuedBy),
      issuedOn: orNull(d.issuedOn),
    })),
  };
}

export function formToUpdate(f: PersonFormState, version: number): PersonUpdate {
  return { ...formToBody(f), version };
}
