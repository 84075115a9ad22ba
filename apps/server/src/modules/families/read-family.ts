import { sql } from "kysely";
import type { Family, FamilyListQuery, FamilyPage } from "@aldyn/contract";
import { recordAudit, recordAuditMany } from "../../audit/record.ts";
import { inTerritory } from "../../db/territory-scope.ts";
import { notFound } from "../../errors/app-error.ts";
import type { ActCtx, MeasureDeps } from "../preventive-measures/measure-deps.ts";
import { authorizeCaseList, authorizeCaseRead, caseRowWithheld } from "./family-access.ts";
import { caseSummaries } from "./case-persons.ts";
import { loadCaseMeasures } from "./case-measures.ts";
import { FAMILY_PERSONAL_FIELDS } from "./create-family.ts";
import { notifyStateSql } from "../domestic-violence/incident-handoffs.ts";

const iso = (d: Date | string) => new Date(d).toISOString();

/**
 * A family with its members, incidents (with their repeat numbers and the state of their 72(3)(2)
 * notifications) and measures — registrations (001 Art. 54(1)), assistance plans (55(1)), orders taken
 * on its incidents. Victims' data: 403 `access.confidential` for a reader who does not clear the victim
 * barrier (001 Art. 83(2)); members shown are audited as reads of the persons, the family as its own.
 */
export async function readFamily(
  deps: MeasureDeps,
  ctx: ActCtx,
  id: string,
  opts: { afterWrite?: boolean } = {},
): Promise<Family> {
  const db = deps.db;
  const f = await db
    .selectFrom("family as f")
    .innerJoin("territory as t", "t.id", "f.territory_id")
    .select([
      "f.id",
      "f.label",
      "f.territory_id",
      "f.created_at",
      "f.version",
      "t.path",
      "t.name_kk",
      "t.name_ru",
      "t.name_en",
    ])
    .where("f.id", "=", id)
    .executeTakeFirst();
  if (!f) throw notFound("The family");
  authorizeCaseRead(ctx.actor, f.path);
  const now = deps.now();
  const [members, incidents, measures] = await Promise.all([
    db
      .selectFrom("family_member")
      .select(["person_id", "relation", "since", "until"])
      .where("family_id", "=", id)
      .orderBy("since")
      .orderBy("relation")
      .execute(),
    db
      .selectFrom("dv_incident as i")
      .select(["i.id", "i.occurred_at", "i.forms", "i.repeat_number"])
      .select(notifyStateSql("i.id", now).as("notify_state"))
      .where("i.family_id", "=", id)
      .orderBy("i.occurred_at")
      .execute(),
    loadCaseMeasures(db, { familyId: id }),
  ]);
  const people = await caseSummaries(
    db,
    ctx.actor,
    ctx.audit,
    members.map((m) => m.person_id),
  );
  if (!opts.afterWrite)
    await recordAudit(db, ctx.audit, {
      action: "family.read",
      recordType: "family",
      recordId: id,
      fields: [...FAMILY_PERSONAL_FIELDS],
    });
  return {
    id: f.id,
    label: f.label,
    territory: { id: f.territory_id, name: { kk: f.name_kk, ru: f.name_ru, en: f.name_en } },
    createdAt: iso(f.created_at),
    members: members
      .filter((m) => people.has(m.person_id))
      .map((m) => ({
        person: people.get(m.person_id)!,
        relation: m.relation,
        since: m.since,
        until: m.until,
      })),
    incidents: incidents.map((i) => ({
      id: i.id,
      occurredAt: iso(i.occurred_at),
      forms: i.forms,
      repeatNumber: i.repeat_number,
      notifyState: i.notify_state,
    })),
    measures,
    repeatIncidents: Math.max(0, incidents.length - 1),
    version: f.version,
    withheld: [],
  };
}

/**
 * The families of the actor's territory, by label: search by the label or a member's name (prefix,
 * case-insensitive). Rows the actor may list but not open (the victim barrier) are withheld and never
 * matched by a name (001 Art. 83(2)).
 */
export async function listFamilies(
  deps: MeasureDeps,
  ctx: ActCtx,
  query: FamilyListQuery,
): Promise<FamilyPage> {
  authorizeCaseList(ctx.actor);
  const cleared = caseRowWithheld(ctx.actor, ctx.actor.territoryPath).length === 0;
  if (query.q && !cleared) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  let base = deps.db
    .selectFrom("family as f")
    .innerJoin("territory as t", "t.id", "f.territory_id")
    .where(inTerritory("t.path", ctx.actor.territoryPath));
  if (query.q) {
    const p = `${query.q.replace(/[\\%_]/g, "\\$&")}%`;
    base = base.where((eb) =>
      eb.or([
        eb("f.label", "ilike", p),
        eb.exists(
          eb
            .selectFrom("family_member as m")
            .innerJoin("person as pe", "pe.id", "m.person_id")
            .select(sql`1`.as("one"))
            .whereRef("m.family_id", "=", "f.id")
            .where((w) =>
              w.or([
                w("pe.last_name_cyr", "ilike", p),
                w("pe.first_name_cyr", "ilike", p),
                w("pe.last_name_lat", "ilike", p),
              ]),
            ),
        ),
      ]),
    );
  }
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    base
      .select(["f.id", "f.label", "f.territory_id", "t.path"])
      .select((eb) => [
        eb
          .selectFrom("family_member as m")
          .select((x) => x.fn.countAll<number>().as("n"))
          .whereRef("m.family_id", "=", "f.id")
          .where("m.until", "is", null)
          .as("members"),
        eb
          .selectFrom("dv_incident as i")
          .select((x) => x.fn.countAll<number>().as("n"))
          .whereRef("i.family_id", "=", "f.id")
          .as("incidents"),
        eb
          .selectFrom("dv_incident as i")
          .select((x) => x.fn.max("i.occurred_at").as("at"))
          .whereRef("i.family_id", "=", "f.id")
          .as("last_at"),
      ])
      .orderBy("f.label")
      .orderBy("f.id")
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
  ]);
  // A family's label is its surname: each one shown is audited as a read of that family (R11.2).
  await recordAuditMany(
    deps.db,
    ctx.audit,
    rows
      .filter((r) => caseRowWithheld(ctx.actor, r.path).length === 0)
      .map((r) => ({ action: "family.read", recordType: "family", recordId: r.id, fields: ["label"] })),
  );
  return {
    items: rows.map((r) => {
      const withheld = caseRowWithheld(ctx.actor, r.path);
      return {
        id: r.id,
        label: withheld.length === 0 ? r.label : null,
        territoryId: r.territory_id,
        members: Number(r.members ?? 0),
        incidents: Number(r.incidents ?? 0),
        lastIncidentAt: r.last_at ? iso(r.last_at) : null,
        ...(withheld.length === 0 ? {} : { withheld }),
      };
    }),
    total: Number(count.n),
    page: query.page,
    pageSize: query.pageSize,
  };
}
