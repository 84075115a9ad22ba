/**
 * What an actor asks to do with a resource (issue 2, item 7). `read` shows a record with personal
 * fields withheld; `read_personal` shows them too, and is asked separately because seeing personal
 * data is what purpose limitation (001 Art. 59(6)) and the audit of reads (R11.2) are about.
 */
export const ACTIONS = [
  "read",
  "read_personal", // see personal fields (names, IIN, addresses, contacts)
  "create",
  "update",
  "issue_measure", // issue an individual preventive measure
  "record_check", // record a preventive control check (001 Art. 59(10))
  "export", // CSV/XLSX export (R11.7)
  "manage", // users and bodies
  "verify", // check the audit hash chain
  "approve", // NPM plans and reports (003 pp.6, 27)
  "sign", // sign an official document or report
] as const;

export type Action = (typeof ACTIONS)[number];

export function isAction(value: string): value is Action {
  return (ACTIONS as readonly string[]).includes(value);
}

/**
 * Acts a service account of another agency's system never performs: administration, and the legal
 * acts of a named official (a signature, an approval) — a system cannot sign for a person.
 */
export const HUMAN_ONLY_ACTIONS: readonly Action[] = ["manage", "sign", "approve"];
