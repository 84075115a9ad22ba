import type { Insertable, Transaction } from "kysely";
import type { PersonContact, PersonDocumentKind } from "@aldyn/contract";
import type { Database } from "../../db/schema.ts";
import type { PersonTable } from "../../db/schema-persons.ts";
import { AppError } from "../../errors/app-error.ts";
import type { Identity } from "./person-identity.ts";

/** An address as written: text, district, optional point. */
export interface AddressState {
  readonly text: string;
  readonly territoryId: string;
  readonly point?: { readonly lat: number; readonly lon: number } | null;
}

/** Every stored field of a person but its identity, after defaults and edits are applied. */
export interface PersonState {
  readonly lastNameCyr: string;
  readonly firstNameCyr: string;
  readonly middleNameCyr: string | null;
  readonly lastNameLat: string | null;
  readonly firstNameLat: string | null;
  readonly middleNameLat: string | null;
  readonly citizenship: string;
  readonly registeredAddress: AddressState | null;
  readonly actualAddress: AddressState;
  readonly contacts: readonly PersonContact[];
}

export interface DocumentInput {
  readonly kind: PersonDocumentKind;
  readonly number: string;
  readonly issuedBy?: string | null;
  readonly issuedOn?: string | null;
  readonly validUntil?: string | null;
}

type PersonColumns = Omit<
  Insertable<PersonTable>,
  "id" | "version" | "merged_into" | "created_by" | "created_at" | "updated_at"
>;

/** The columns of a person from its state and identity. */
export function personColumns(s: PersonState, id: Identity): PersonColumns {
  const reg = s.registeredAddress;
  return {
    iin: id.iin,
    no_iin_reason: id.noIinReason,
    birth_date: id.birthDate,
    sex: id.sex,
    last_name_cyr: s.lastNameCyr,
    first_name_cyr: s.firstNameCyr,
    middle_name_cyr: s.middleNameCyr,
    last_name_lat: s.lastNameLat,
    first_name_lat: s.firstNameLat,
    middle_name_lat: s.middleNameLat,
    citizenship: s.citizenship,
    registered_address: reg?.text ?? null,
    registered_territory_id: reg?.territoryId ?? null,
    registered_lat: reg?.point?.lat ?? null,
    registered_lon: reg?.point?.lon ?? null,
    actual_address: s.actualAddress.text,
    territory_id: s.actualAddress.territoryId,
    actual_lat: s.actualAddress.point?.lat ?? null,
    actual_lon: s.actualAddress.point?.lon ?? null,
    // pg would send a JS array as a PostgreSQL array literal: jsonb gets JSON text.
    contacts: JSON.stringify(s.contacts),
  };
}

/** Bad dates in the documents are a 400 naming the document, before anything is written. */
export function checkDocuments(docs: readonly DocumentInput[]): void {
  docs.forEach((d, i) => {
    if (d.issuedOn && d.validUntil && d.validUntil < d.issuedOn)
      throw new AppError("validation.failed", "A document cannot expire before it was issued.", {
        field: `documents.${i}.validUntil`,
      });
  });
}

export async function insertDocuments(
  trx: Transaction<Database>,
  personId: string,
  docs: readonly DocumentInput[],
): Promise<void> {
  if (docs.length === 0) return;
  await trx
    .insertInto("person_document")
    .values(
      docs.map((d) => ({
        person_id: personId,
        kind: d.kind,
        number: d.number,
        issued_by: d.issuedBy ?? null,
        issued_on: d.issuedOn ?? null,
        valid_until: d.validUntil ?? null,
      })),
    )
    .execute();
}
