import { deriveRegisterEntry, legalDateOf, REGISTER_GROUND_INFO, type RegisterGround } from "@aldyn/law";
import type { RegisterEntry, RegisterEntryList } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { recordAudit } from "../../audit/record.ts";
import { notFound } from "../../errors/app-error.ts";
import { authorizeOn } from "../preventive-measures/measure-access.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { loadSubjectPerson, recordsOfPerson } from "../preventive-measures/measure-subject.ts";
import { barriersColumn, barriersOf, personWithheld } from "../persons/person-confidentiality.ts";
import { can } from "../../access/can.ts";
import { lawEntry, lawFacts, loadEntry, loadRegisterFacts, type EntryRow } from "./register-entry-state.ts";

/** Personal fields of an entry (audited by name). */
export const ENTRY_PERSONAL_FIELDS = ["personId", "ground", "facts", "likelihood"] as const;

export async function entryInScope(deps: MeasureDeps, ctx: ActCtx, id: string): Promise<EntryRow> {
  const e = await loadEntry(deps.db, id);
  if (!e) throw notFound("The register entry");
  const resource = { type: "register_entry" as const, territoryPath: e.territory_path };
  authorizeOn(ctx.actor, "read", resource);
  authorizeOn(ctx.actor, "read_personal", resource);
  return e;
}

/**
 * The entry as of today, derived from its facts and measures at read time: a minor's entry on a
 * minors-only ground reads as terminated from the 18th birthday (001 Art. 59(8)(4)) whether or not
 * any job has run.
 */
export async function entryView(
  db: Db,
  e: EntryRow,
  now: Date,
  personName: string | null = null,
): Promise<RegisterEntry> {
  const measures = await loadEntryMeasures(db, e.id);
  const factRows = await loadRegisterFacts(db, e.id);
  const law = lawEntry(e, measures);
  const asOf = legalDateOf(now);
  const s = deriveRegisterEntry(law, lawFacts(factRows), asOf);
  const ground = e.ground as RegisterGround;
  return {
    id: e.id,
    personId: e.person_id,
    personName,
    ground: e.ground,
    groundArticle: REGISTER_GROUND_INFO[ground]?.article ?? "",
    territoryPath: e.territory_path,
    placedOn: e.placed_on,
    placedByBody: e.placed_by_body,
    placedByKind: e.placed_by_kind,
    version: e.version,
    status: s.status,
    asOf,
    lastDay: s.lastDay,
    termination: s.termination,
    scheduledTermination: s.scheduledTermination,
    appeal: s.appeal,
    control:
      s.control && law.controlFrequency
        ? {
            frequency: law.controlFrequency,
            nextDue: s.control.nextDue,
            overdue: s.control.overdue,
            missed: [...s.control.missed],
          }
        : null,
    likelihood:
      e.likelihood_level && e.likelihood_rationale
        ? { level: e.likelihood_level as "low" | "medium" | "high", rationale: e.likelihood_rationale }
        : null,
    measures: measures.map((m) => ({
      id: m.id,
      kind: m.kind,
      issuedAt: m.issued_at.toISOString(),
      registrationNumber: m.registration_number,
    })),
    facts: factRows.map((f) => ({
      seq: f.seq,
      type: f.type,
      on: f.on,
      data: f.data,
      recordedBy: f.recorded_by,
      recordedAt: new Date(f.recorded_at).toISOString(),
    })),
  };
}

/**
 * The measures that carry an entry, as the law reads them (register-entry-state.ts lawEntry) and with
 * the registration number a reader finds the decision by.
 */
function loadEntryMeasures(db: Db, id: string) {
  return db
    .selectFrom("register_entry_measure as l")
    .innerJoin("measure as m", "m.id", "l.measure_id")
    .select(["m.id", "m.kind", "m.issued_at", "m.valid_from", "m.valid_until", "m.registration_number"])
    .where("l.entry_id", "=", id)
    .orderBy("m.issued_at")
    .execute();
}

/**
 * The entry's person by name for a reader who may see persons' personal fields there (001 Art. 59(6))
 * and clears the card's confidentiality barriers (a victim's card, 001 Art. 83(2)); null otherwise.
 */
async function subjectName(deps: MeasureDeps, ctx: ActCtx, e: EntryRow): Promise<string | null> {
  if (!can(ctx.actor, "read_personal", { type: "person", territoryPath: e.territory_path }).allowed)
    return null;
  const p = await deps.db
    .selectFrom("person")
    .select(["last_name_cyr", "first_name_cyr", "middle_name_cyr", barriersColumn("id").as("barriers")])
    .where("id", "=", e.person_id)
    .executeTakeFirst();
  if (!p || personWithheld(ctx.actor, e.territory_path, barriersOf(p.barriers)).length > 0) return null;
  return [p.last_name_cyr, p.first_name_cyr, p.middle_name_cyr].filter(Boolean).join(" ");
}

/** One entry (audited read), naming its person where the reader may see the name. */
export async function readRegisterEntry(deps: MeasureDeps, ctx: ActCtx, id: string): Promise<RegisterEntry> {
  const e = await entryInScope(deps, ctx, id);
  const personName = await subjectName(deps, ctx, e);
  await recordAudit(deps.db, ctx.audit, {
    action: "register_entry.read",
    recordType: "register_entry",
    recordId: id,
    fields: personName === null ? [...ENTRY_PERSONAL_FIELDS] : [...ENTRY_PERSONAL_FIELDS, "personName"],
  });
  return entryView(deps.db, e, deps.now(), personName);
}

/** A person's register entries, newest first (audited). */
export async function listPersonEntries(
  deps: MeasureDeps,
  ctx: ActCtx,
  personId: string,
): Promise<RegisterEntryList> {
  const person = await loadSubjectPerson(deps.db, personId, "id");
  const resource = { type: "register_entry" as const, territoryPath: person.territoryPath };
  authorizeOn(ctx.actor, "read", resource);
  authorizeOn(ctx.actor, "read_personal", resource);
  const ids = await deps.db
    .selectFrom("register_entry")
    .select("id")
    .where("person_id", "in", await recordsOfPerson(deps.db, personId))
    .orderBy("placed_on", "desc")
    .limit(200)
    .execute();
  const now = deps.now();
  const items: RegisterEntry[] = [];
  for (const { id } of ids) items.push(await entryView(deps.db, (await loadEntry(deps.db, id))!, now));
  await recordAudit(deps.db, ctx.audit, {
    action: "register_entry.list",
    recordType: "person",
    recordId: personId,
    fields: [...ENTRY_PERSONAL_FIELDS],
  });
  return { items };
}
