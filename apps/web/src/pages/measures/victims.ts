// Pure helpers of the victims fields (no UI imports, so they are unit-tested in node).
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** A protected person as the form holds it (Art. 60(1), (4)); see ProtectedPerson in the contract. */
export interface VictimRow {
  fullName: string;
  address: string;
}

/** The rows the form shows: the details' victims, or one empty row to start with. */
export function victimRows(v: unknown): VictimRow[] {
  const rows = Array.isArray(v)
    ? v.map((x: unknown) => {
        const r = (x ?? {}) as Record<string, unknown>;
        return { fullName: str(r.fullName), address: str(r.address) };
      })
    : [];
  return rows.length > 0 ? rows : [{ fullName: "", address: "" }];
}

/**
 * The victims as sent (ProtectedPerson of the contract): empty rows are left out; a row with an
 * address but no name is sent, and the law refuses it with Art. 60(4).
 */
export function sentVictims(value: unknown): Array<{ fullName: string; address?: string }> {
  return victimRows(value)
    .map((v) => ({ fullName: v.fullName.trim(), address: v.address.trim() }))
    .filter((v) => v.fullName !== "" || v.address !== "")
    .map((v) => (v.address ? v : { fullName: v.fullName }));
}
