// Pure helpers of the victims fields (no UI imports, so they are unit-tested in node).
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/**
 * A protected person as the form holds it (001 Art. 60(1), (4)); see ProtectedPerson in the contract.
 * A victim found among persons carries the record's id (the order then names that person: the
 * register's record, the same name); one who is not registered is named by hand.
 */
export interface VictimRow {
  fullName: string;
  address: string;
  /** The victim's record in the persons register, when picked from it. */
  personId?: string;
  /** How the picked record is shown (name, birth date), in the form only. */
  label?: string;
}

/** The rows the form shows: the details' victims, or one empty row to start with. */
export function victimRows(v: unknown): VictimRow[] {
  const rows = Array.isArray(v)
    ? v.map((x: unknown) => {
        const r = (x ?? {}) as Record<string, unknown>;
        const personId = str(r.personId);
        const label = str(r.label);
        return {
          fullName: str(r.fullName),
          address: str(r.address),
          ...(personId ? { personId } : {}),
          ...(label ? { label } : {}),
        };
      })
    : [];
  return rows.length > 0 ? rows : [{ fullName: "", address: "" }];
}

/**
 * The victims as sent (ProtectedPerson of the contract): empty rows are left out; a row with an
 * address but no name is sent, and the law refuses it with Art. 60(4); a picked record goes with its
 * id, which the server checks names a person of the register (`victim_person_not_found`).
 */
export function sentVictims(
  value: unknown,
): Array<{ fullName: string; address?: string; personId?: string }> {
  return victimRows(value)
    .map((v) => ({ fullName: v.fullName.trim(), address: v.address.trim(), personId: v.personId }))
    .filter((v) => v.fullName !== "" || v.address !== "" || v.personId !== undefined)
    .map(({ fullName, address, personId }) => ({
      fullName,
      ...(address ? { address } : {}),
      ...(personId ? { personId } : {}),
    }));
}

/** A row filled from a person of the register (the name as recorded, the actual address if known). */
export function pickedVictim(
  row: VictimRow,
  person: { id: string; fullName: string; label: string; address?: string | null },
): VictimRow {
  return {
    personId: person.id,
    fullName: person.fullName,
    label: person.label,
    address: row.address.trim() || (person.address ?? ""),
  };
}

/** The row back to a name typed by hand (the link to the record dropped, the name kept to edit). */
export function unlinkedVictim(row: VictimRow): VictimRow {
  return { fullName: row.fullName, address: row.address };
}
