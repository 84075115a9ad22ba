// The person form's state and its conversion to and from the API's shapes. Empty optional inputs
// are sent as null (edit) or left out (create), so the server's own rules decide.
import type { Person, PersonCreate } from "../../api/types.ts";

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

const CYRILLIC = /^\p{Script=Cyrillic}[\p{Script=Cyrillic}\s'’.-]*$/u;
const LATIN = /^\p{Script=Latin}[\p{Script=Latin}\s'’.-]*$/u;

/** The inputs of the person form by body path, in the order they appear (the error list follows it). */
export function personFields(f: PersonFormState): string[] {
  const address = (name: string) => [
    `${name}.territoryId`,
    `${name}.text`,
    `${name}.point.lat`,
    `${name}.point.lon`,
  ];
  return [
    "iin",
    "noIinReason",
    "citizenship",
    "birthDate",
    "sex",
    "lastNameCyr",
    "firstNameCyr",
    "middleNameCyr",
    "lastNameLat",
    "firstNameLat",
    "middleNameLat",
    ...address("actualAddress"),
    ...address("registeredAddress"),
    ...f.contacts.map((_, i) => `contacts.${i}.value`),
    ...f.documents.flatMap((_, i) => [`documents.${i}.number`, `documents.${i}.issuedOn`]),
  ];
}

/** The form's own message for each input, said also for the server's generic refusals of it. */
export function personMessages(t: (key: string) => string): Record<string, string> {
  const m: Record<string, string> = {
    iin: t("forms.person.iin"),
    noIinReason: t("forms.person.noIinReason"),
    lastNameCyr: t("forms.person.lastNameCyr"),
    firstNameCyr: t("forms.person.firstNameCyr"),
    middleNameCyr: t("forms.person.cyrillic"),
    lastNameLat: t("forms.person.latin"),
    firstNameLat: t("forms.person.latin"),
    middleNameLat: t("forms.person.latin"),
    birthDate: t("forms.person.birthDate"),
    sex: t("forms.person.sex"),
    citizenship: t("forms.person.citizenship"),
  };
  for (const a of ["actualAddress", "registeredAddress"]) {
    m[`${a}.territoryId`] = t("forms.person.district");
    m[`${a}.text`] = t("forms.person.address");
    m[`${a}.point.lat`] = t("forms.person.coordinates");
    m[`${a}.point.lon`] = t("forms.person.coordinates");
  }
  return m;
}

function coordinate(text: string, limit: number): boolean {
  const v = degrees(text);
  return text.trim() !== "" && Number.isFinite(v) && Math.abs(v) <= limit;
}

/**
 * The person form's checks of what is typed (R1.1; the contract's PersonCreate): an IIN of 12 digits
 * or why there is none, with the birth date and sex then; the names in their alphabets; the citizenship
 * as three letters; the actual address with its district; coordinates both or neither, in range; no
 * empty contact or document row. The IIN's check digit and the rest are the server's.
 */
export function personChecks(t: (key: string) => string, f: PersonFormState): Record<string, string> {
  const m = personMessages(t);
  const out: Record<string, string> = {};
  const iin = f.iin.replace(/\s/g, "");
  if (iin !== "" && !/^\d{12}$/.test(iin)) out.iin = m.iin!;
  if (iin === "") {
    if (!f.noIinReason) out.noIinReason = m.noIinReason!;
    if (!f.birthDate) out.birthDate = m.birthDate!;
    if (!f.sex) out.sex = m.sex!;
  }
  for (const key of ["lastNameCyr", "firstNameCyr"] as const)
    if (!CYRILLIC.test(f[key].trim())) out[key] = m[key]!;
  if (f.middleNameCyr.trim() && !CYRILLIC.test(f.middleNameCyr.trim())) out.middleNameCyr = m.middleNameCyr!;
  for (const key of ["lastNameLat", "firstNameLat", "middleNameLat"] as const)
    if (f[key].trim() && !LATIN.test(f[key].trim())) out[key] = m[key]!;
  if (f.citizenship.trim() && !/^[A-Za-z]{3}$/.test(f.citizenship.trim())) out.citizenship = m.citizenship!;
  const address = (name: "actualAddress" | "registeredAddress", required: boolean) => {
    const a = f[name];
    const given = required || a.text.trim() !== "" || a.territoryId !== "";
    if (given && !a.territoryId) out[`${name}.territoryId`] = m[`${name}.territoryId`]!;
    if (given && !a.text.trim()) out[`${name}.text`] = m[`${name}.text`]!;
    const anyPoint = a.lat.trim() !== "" || a.lon.trim() !== "";
    if (anyPoint && !coordinate(a.lat, 90)) out[`${name}.point.lat`] = m[`${name}.point.lat`]!;
    if (anyPoint && !coordinate(a.lon, 180)) out[`${name}.point.lon`] = m[`${name}.point.lon`]!;
  };
  address("actualAddress", true);
  address("registeredAddress", false);
  f.contacts.forEach((c, i) => {
    if (!c.value.trim()) out[`contacts.${i}.value`] = t("forms.person.contact");
  });
  f.documents.forEach((d, i) => {
    if (!d.number.trim()) out[`documents.${i}.number`] = t("forms.person.documentNumber");
  });
  return out;
}
