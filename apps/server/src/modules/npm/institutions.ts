import { sql } from "kysely";
import {
  addYears,
  deriveVisit,
  periodicVisitDue,
  point,
  type NpmInstitution,
  type NpmInstitutionKind,
} from "@aldyn/law";
import { NPM_INSTITUTION_KINDS } from "@aldyn/law";
import type { z } from "zod";
import type { NpmCoverageItem, NpmInstitutionCreate, NpmInstitutionQuery } from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import { notFound } from "../../errors/app-error.ts";
import { badInput, guard, todayOf, type ActCtx, type NpmDeps } from "./npm-deps.ts";
import { lawFacts, lawVisit, loadFacts } from "./visit-view.ts";

type InstitutionRow = Awaited<ReturnType<typeof loadInstitutionRows>>[number];

function loadInstitutionRows(
  db: Db,
  filter: { ids?: readonly string[]; region?: string; kind?: string } = {},
) {
  let q = db.selectFrom("npm_institution").selectAll().orderBy("region_code").orderBy("name");
  if (filter.ids) q = q.where("id", "in", filter.ids.length ? [...filter.ids] : [sql<string>`NULL`]);
  if (filter.region) q = q.where("region_code", "=", filter.region);
  if (filter.kind) q = q.where("kind", "=", filter.kind);
  return q.execute();
}

/**
 * The last periodic visit of each institution (003 p.3(1)): the first day of the latest periodic visit
 * that started and was not cancelled, or the date on record from before the system kept visits.
 */
async function lastPeriodicVisits(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("npm_visit as v")
    .innerJoin("npm_visit_fact as f", (j) => j.onRef("f.visit_id", "=", "v.id").on("f.type", "=", "started"))
    .select(["v.institution_ids", sql<string>`f.data->>'on'`.as("on")])
    .where("v.kind", "=", "periodic")
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("npm_visit_fact as c")
            .select("c.id")
            .whereRef("c.visit_id", "=", "v.id")
            .where("c.type", "=", "cancelled"),
        ),
      ),
    )
    .execute();
  const out = new Map<string, string>();
  for (const r of rows) for (const id of r.institution_ids) if ((out.get(id) ?? "") < r.on) out.set(id, r.on);
  return out;
}

function asKind(kind: string): NpmInstitutionKind {
  return (NPM_INSTITUTION_KINDS as readonly string[]).includes(kind)
    ? (kind as NpmInstitutionKind)
    : "other_organisation";
}

/** Institutions as the law's rules need them, with the last periodic visit derived from the visits. */
export async function lawInstitutions(db: Db, ids?: readonly string[]): Promise<NpmInstitution[]> {
  const [rows, last] = await Promise.all([loadInstitutionRows(db, { ids }), lastPeriodicVisits(db)]);
  return rows.map((r) => toLaw(r, last));
}

function toLaw(r: InstitutionRow, last: Map<string, string>): NpmInstitution {
  const fromVisits = last.get(r.id) ?? null;
  const before = r.last_periodic_visit_before;
  const lastOn = fromVisits && before ? (fromVisits > before ? fromVisits : before) : (fromVisits ?? before);
  return {
    id: r.id,
    kind: asKind(r.kind),
    region: r.region_code,
    lastPeriodicVisitOn: lastOn,
    ...(r.subject_since ? { subjectSince: r.subject_since } : {}),
  };
}

function coverageOf(r: InstitutionRow, inst: NpmInstitution, today: string): z.infer<typeof NpmCoverageItem> {
  // A never-visited institution is anchored on the day it became subject to visits (003 p.3(1)).
  const due = periodicVisitDue(
    inst.lastPeriodicVisitOn,
    today,
    inst.subjectSince ? { subjectSince: inst.subjectSince } : {},
  );
  return {
    institutionId: r.id,
    name: r.name,
    kind: r.kind,
    regionCode: r.region_code,
    lastPeriodicVisitOn: inst.lastPeriodicVisitOn,
    dueBy: due.dueBy,
    overdue: due.overdue,
    // "Due" = the limit falls within the coming year, so the Council can plan for it.
    due: !due.overdue && due.dueBy !== null && due.dueBy <= addYears(today, 1),
    neverVisited: due.neverVisited,
    article: point("3(1)"),
  };
}

export async function createInstitution(
  deps: NpmDeps,
  ctx: ActCtx,
  body: z.infer<typeof NpmInstitutionCreate>,
): Promise<string> {
  guard(ctx, "create", "npm_institution");
  if (!(NPM_INSTITUTION_KINDS as readonly string[]).includes(body.kind))
    throw badInput("kind", "Not a kind of institution subject to visits (000 Art. 26(2); 003 p.1).");
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("npm_institution")
      .values({
        name: body.name,
        kind: body.kind,
        region_code: body.regionCode,
        address: body.address,
        capacity: body.capacity,
        department: body.department,
        subject_since: body.subjectSince ?? null,
        last_periodic_visit_before: body.lastPeriodicVisitBefore ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx.audit, {
      action: "npm_institution.create",
      recordType: "npm_institution",
      recordId: row.id,
    });
    return row.id;
  });
}

/** The catalogue with each institution's coverage and visit history, filtered by region and kind. */
export async function listInstitutions(
  deps: NpmDeps,
  ctx: ActCtx,
  q: z.infer<typeof NpmInstitutionQuery>,
  ids?: string[],
) {
  guard(ctx, "read", "npm_institution");
  const [rows, last] = await Promise.all([
    loadInstitutionRows(deps.db, { ids, region: q.region, kind: q.kind }),
    lastPeriodicVisits(deps.db),
  ]);
  const visits = await deps.db
    .selectFrom("npm_visit")
    .selectAll()
    .where("institution_ids", "&&", sql<string[]>`${rows.map((r) => r.id)}::uuid[]`)
    .orderBy("starts_on", "desc")
    .execute();
  // Each visit's status derived from its facts (003 Chapters 2-3), as the visit page shows it.
  const facts = await loadFacts(
    deps.db,
    visits.map((v) => v.id),
  );
  const asOf = deps.now();
  const statusOf = new Map(
    visits.map((v) => [v.id, deriveVisit(lawVisit(v), lawFacts(facts.get(v.id) ?? []), asOf).status]),
  );
  const today = todayOf(deps);
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    regionCode: r.region_code,
    address: r.address,
    capacity: r.capacity,
    department: r.department,
    subjectSince: r.subject_since,
    lastPeriodicVisitBefore: r.last_periodic_visit_before,
    coverage: coverageOf(r, toLaw(r, last), today),
    visits: visits
      .filter((v) => v.institution_ids.includes(r.id))
      .map((v) => ({
        id: v.id,
        kind: v.kind,
        form: v.form,
        startsOn: v.starts_on,
        status: statusOf.get(v.id) ?? "planned",
      })),
    version: r.version,
  }));
  return { items, total: items.length };
}

export async function readInstitution(deps: NpmDeps, ctx: ActCtx, id: string) {
  const { items } = await listInstitutions(deps, ctx, {}, [id]);
  if (!items[0]) throw notFound("The institution");
  return items[0];
}

/**
 * Coverage under the four-year rule (003 p.3(1)): every institution's last periodic visit, when the
 * next is due and whether it is overdue, with counts per region for the map.
 */
export async function coverage(deps: NpmDeps, ctx: ActCtx, q: z.infer<typeof NpmInstitutionQuery>) {
  guard(ctx, "read", "npm_institution");
  const [rows, last] = await Promise.all([
    loadInstitutionRows(deps.db, { region: q.region, kind: q.kind }),
    lastPeriodicVisits(deps.db),
  ]);
  const today = todayOf(deps);
  const items = rows.map((r) => coverageOf(r, toLaw(r, last), today));
  const regions = new Map<string, { regionCode: string; total: number; due: number; overdue: number }>();
  for (const i of items) {
    const g = regions.get(i.regionCode) ?? { regionCode: i.regionCode, total: 0, due: 0, overdue: 0 };
    g.total += 1;
    if (i.overdue) g.overdue += 1;
    else if (i.due) g.due += 1;
    regions.set(i.regionCode, g);
  }
  return { items, byRegion: [...regions.values()], asOf: today };
}
