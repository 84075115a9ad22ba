import { deriveVisit } from "@aldyn/law";
import type { z } from "zod";
import type { NpmAnnualReportFigures } from "@aldyn/contract";
import type { Db } from "../../db/pool.ts";
import { reportReader } from "../../db/replica.ts";
import type { NpmDeps } from "./npm-deps.ts";
import { lawFacts, lawVisit, loadFacts } from "./visit-view.ts";

export type AnnualFigures = z.infer<typeof NpmAnnualReportFigures>;

/**
 * The figures of the annual consolidated report (000 Art. 34(2)) computed from the year's visits,
 * reports, complaints, recommendations and costs. Only counts, kinds, regions, addressees (state
 * bodies) and visit ids leave here: no names, IINs, complainants or report texts (000 Art. 35).
 * A visit belongs to the year it starts in; a complaint to the year it was received in (Astana time).
 * A report read: it runs on the read replica when one is attached (db/replica.ts), else the primary;
 * a read that decides a write (the approval's check) asks for the primary, which never lags.
 */
export async function annualFigures(
  deps: NpmDeps,
  year: number,
  from: "replica" | "primary" = "replica",
): Promise<AnnualFigures> {
  const { db, held, facts, derived } = await heldVisits(deps, year, from);
  const heldIds = held.map((v) => v.id);
  const institutions = await institutionsOf(
    db,
    held.flatMap((v) => v.institution_ids),
  );

  const visitsByKind: Record<string, number> = {};
  const visitsByRegion: Record<string, number> = {};
  const visitsByInstitutionKind: Record<string, number> = {};
  let reportsSubmitted = 0;
  let reportsLate = 0;
  let tortureSignsRevealed = 0;
  for (const v of held) {
    bump(visitsByKind, v.kind);
    // A visit to two institutions of one region counts once for the region (and once per kind).
    const its = v.institution_ids.flatMap((id) => institutions.get(id) ?? []);
    for (const r of new Set(its.map((i) => i.region_code))) bump(visitsByRegion, r);
    for (const k of new Set(its.map((i) => i.kind))) bump(visitsByInstitutionKind, k);
    const d = derived.get(v.id)!;
    if (d.reportSubmittedAt) reportsSubmitted++;
    if (d.reportLate) reportsLate++;
    tortureSignsRevealed += (facts.get(v.id) ?? []).filter((f) => f.type === "torture_signs_revealed").length;
  }

  const reports = heldIds.length
    ? await db
        .selectFrom("npm_report")
        .select(["visit_id", "findings"])
        .where("visit_id", "in", heldIds)
        .execute()
    : [];
  const recs = await recommendationsOf(db, held);
  const recommendations: Record<string, number> = {};
  const recommendationsByAddressee: Record<string, number> = {};
  for (const r of recs) {
    bump(recommendations, r.status);
    bump(recommendationsByAddressee, r.addressee);
  }

  return {
    year,
    visitsTotal: held.length,
    visitsByKind,
    visitsByRegion,
    visitsByInstitutionKind,
    reportsSubmitted,
    reportsLate,
    findingsCount: reports.filter((r) => r.findings.trim() !== "").length,
    tortureSignsRevealed,
    complaints: await complaintCounts(db, year),
    recommendations,
    recommendationsTotal: recs.length,
    recommendationsByAddressee,
    costs: await costs(db, held),
  };
}

/**
 * The recommendations of the year's held visits (000 Art. 34(2)), with their visit's kind and first
 * day, oldest first. Their texts stay out of the figures: they reach the annual report only when
 * the Council includes them (annual-recommendations.ts).
 */
async function recommendationsOf(db: Db, held: readonly { id: string; kind: string; starts_on: string }[]) {
  if (!held.length) return [];
  const byId = new Map(held.map((v) => [v.id, v]));
  const rows = await db
    .selectFrom("npm_recommendation")
    .select(["id", "visit_id", "addressee", "text", "status"])
    .where(
      "visit_id",
      "in",
      held.map((v) => v.id),
    )
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    ...r,
    visitKind: byId.get(r.visit_id)!.kind,
    visitStartsOn: byId.get(r.visit_id)!.starts_on,
  }));
}

/** The year's held visits' recommendations, texts included, for the Council to choose from. */
export async function annualRecommendations(
  deps: NpmDeps,
  year: number,
  from: "replica" | "primary" = "replica",
) {
  const { db, held } = await heldVisits(deps, year, from);
  return recommendationsOf(db, held);
}

/** The visits of the year (by first day) that took place: not cancelled, not still planned. */
async function heldVisits(deps: NpmDeps, year: number, from: "replica" | "primary") {
  const db = from === "replica" ? reportReader(deps.db) : deps.db;
  const visits = await db
    .selectFrom("npm_visit")
    .selectAll()
    .where("starts_on", ">=", `${year}-01-01`)
    .where("starts_on", "<=", `${year}-12-31`)
    .orderBy("starts_on")
    .execute();
  const facts = await loadFacts(
    db,
    visits.map((v) => v.id),
  );
  const derived = new Map(
    visits.map((v) => [
      v.id,
      deriveVisit(lawVisit(v), lawFacts(facts.get(v.id) ?? []), deps.now(), { calendar: deps.calendar }),
    ]),
  );
  // Visits of the year that took place: not cancelled, and not still planned (never started).
  const held = visits.filter((v) => {
    const status = derived.get(v.id)?.status;
    return status !== "cancelled" && status !== "planned";
  });
  return { db, held, facts, derived };
}

function bump(m: Record<string, number>, key: string): void {
  m[key] = (m[key] ?? 0) + 1;
}

async function institutionsOf(db: Db, ids: readonly string[]) {
  const uniq = [...new Set(ids)];
  if (!uniq.length) return new Map<string, { region_code: string; kind: string }>();
  const rows = await db
    .selectFrom("npm_institution")
    .select(["id", "region_code", "kind"])
    .where("id", "in", uniq)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Counts only: the complainant's identity never leaves the complaints module (003 pp.12-13). */
async function complaintCounts(db: Db, year: number) {
  const rows = await db
    .selectFrom("npm_complaint")
    .select(["id", "transferred_at"])
    .where("received_at", ">=", new Date(`${year}-01-01T00:00:00+05:00`))
    .where("received_at", "<", new Date(`${year + 1}-01-01T00:00:00+05:00`))
    .execute();
  const listed = new Set(
    (await db.selectFrom("npm_report").select("listed_complaint_ids").execute()).flatMap(
      (r) => r.listed_complaint_ids,
    ),
  );
  return {
    received: rows.length,
    transferred: rows.filter((r) => r.transferred_at !== null).length,
    includedInReports: rows.filter((r) => listed.has(r.id)).length,
  };
}

/** The financial report (000 Art. 34(2)): each held visit's recorded costs and their total. */
async function costs(db: Db, held: readonly { id: string; kind: string; starts_on: string }[]) {
  const ids = held.map((v) => v.id);
  const rows = ids.length
    ? await db
        .selectFrom("npm_visit_cost")
        .select(["visit_id", "amount_kzt"])
        .where("visit_id", "in", ids)
        .execute()
    : [];
  const byVisit = new Map<string, number>();
  for (const r of rows) byVisit.set(r.visit_id, (byVisit.get(r.visit_id) ?? 0) + Number(r.amount_kzt));
  const perVisit = held.flatMap((v) => {
    const amount = byVisit.get(v.id);
    return amount === undefined
      ? []
      : [{ visitId: v.id, kind: v.kind, startsOn: v.starts_on, amountKzt: amount }];
  });
  const total = perVisit.reduce((s, v) => s + v.amountKzt, 0);
  return { totalKzt: Math.round(total * 100) / 100, visitsWithCost: perVisit.length, perVisit };
}
