import type { TFunction } from "i18next";

/**
 * The audit log's actions and record types in the user's words (R11.2). The server writes an action as
 * `<domain>.<verb>` (`person.read`, `worklist.checks.export`, `measure.fact.served`,
 * `npm_visit.report_signed`, `register_entry.read_refused`); the catalog names each one
 * (`auditAction.<domain>.<verb with _ for .>`), the facts by their own catalogs, and an action it does not
 * know yet reads as its domain's name and the verb in words — never as a bare code.
 */

/** The domains of the audit log's actions and record types, as the filters offer them. */
export const AUDIT_DOMAINS = [
  "person",
  "measure",
  "register_entry",
  "control_check",
  "attachment",
  "worklist",
  "auth",
  "user",
  "body",
  "npm_participant",
  "npm_institution",
  "npm_plan",
  "npm_visit",
  "npm_report",
  "npm_complaint",
  "npm_interview",
  "npm_recommendation",
  "npm_annual_report",
  "notification",
  "aggregate_report",
] as const;

/** The catalog's text of a key, or undefined when it has none (works with any i18next instance). */
function text(t: TFunction, key: string, vars: Record<string, string> = {}): string | undefined {
  const missing = "\u0000";
  const out = t(key, { ...vars, defaultValue: missing });
  return out === missing ? undefined : out;
}

/** A code in words when nothing names it: `report_signed` → "report signed". */
function words(code: string): string {
  return code.replace(/[._]+/g, " ").trim();
}

/** A domain or record type (`person`, `register_entry`, `npm_visit`) in the user's words. */
export function auditDomainLabel(t: TFunction, domain: string): string {
  return text(t, `auditDomain.${domain}`) ?? words(domain);
}

/** A fact's name from the first of its record's fact catalogs that names it. */
function factName(t: TFunction, keys: readonly string[], type: string): string {
  for (const key of keys) {
    const name = text(t, key);
    if (name) return name;
  }
  return words(type);
}

/** An action of the audit log in the user's words. */
export function auditActionLabel(t: TFunction, action: string): string {
  const dot = action.indexOf(".");
  if (dot < 0) return text(t, `auditAction.${action}`) ?? words(action);
  const domain = action.slice(0, dot);
  const verb = action.slice(dot + 1);
  const named = text(t, `auditAction.${domain}.${verb.replace(/\./g, "_")}`);
  if (named) return named;
  const fact = /^fact\.(.+)$/.exec(verb)?.[1];
  if (domain === "measure" && fact)
    return t("auditAction.factRecorded", { fact: factName(t, [`factType.${fact}`], fact) });
  if (domain === "register_entry" && fact)
    return t("auditAction.factRecorded", {
      fact: factName(t, [`registerFact.${fact}`, `factType.${fact}`], fact),
    });
  if (domain === "npm_visit" && text(t, `npm.factType.${verb}`))
    return t("auditAction.factRecorded", { fact: factName(t, [`npm.factType.${verb}`], verb) });
  if (verb === "read_refused" || verb === "write_refused")
    return t(`auditAction.${verb === "read_refused" ? "readRefused" : "writeRefused"}`, {
      what: auditDomainLabel(t, domain),
    });
  return `${auditDomainLabel(t, domain)}: ${words(verb)}`;
}
