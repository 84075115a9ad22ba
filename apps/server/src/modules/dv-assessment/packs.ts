import { sql, type Kysely } from "kysely";
import { assessmentPeriodOf, legalDateOf, type AssessmentPeriod, type LawConfig } from "@aldyn/law";
import type {
  DvAssessmentApprove,
  DvAssessmentCreate,
  DvAssessmentDetail,
  DvAssessmentListQuery,
  DvAssessmentPage,
  DvAssessmentRow,
  DvAssessmentUpdate,
} from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import type { Database } from "../../db/schema.ts";
import type { FrozenFigures } from "../../db/schema-mobile-groups.ts";
import { AppError } from "../../errors/app-error.ts";
import type { ActCtx } from "../preventive-measures/measure-deps.ts";
import { countFigures, figureList } from "./assessment-figures.ts";
import {
  ASSESSMENT_ARTICLE,
  authorizePackRead,
  authorizePackApproval,
  authorizePackWrite,
  mayPreparePack,
  regionOf,
} from "./pack-access.ts";

/** What the pack's use cases need, passed explicitly; tests may fix the clock. */
export interface PackDeps {
  readonly db: Db;
  readonly law: LawConfig;
  readonly now: () => Date;
}

export function packDeps(deps: { db: Db; config: { law: LawConfig }; now?: () => Date }): PackDeps {
  return { db: deps.db, law: deps.config.law, now: deps.now ?? (() => new Date()) };
}

interface PackRow {
  id: string;
  region_territory_id: string;
  region_path: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  year: number;
  half: 1 | 2;
  status: "draft" | "approved";
  figures: FrozenFigures | null;
  conclusions: string;
  meeting_on: string | null;
  prepared_by: string;
  preparer_name: string;
  approved_by: string | null;
  approver_name: string | null;
  approved_at: Date | null;
  version: number;
}

const PACK_SELECT = sql`SELECT p.id, p.region_territory_id, p.region_path, t.name_kk, t.name_ru, t.name_en, p.year,
    p.half, p.status, p.figures, p.conclusions, p.meeting_on::text AS meeting_on, p.prepared_by,
    pu.full_name AS preparer_name, p.approved_by, au.full_name AS approver_name, p.approved_at, p.version
  FROM dv_assessment_pack p JOIN territory t ON t.id = p.region_territory_id
    JOIN app_user pu ON pu.id = p.prepared_by LEFT JOIN app_user au ON au.id = p.approved_by`;

async function loadPack(db: Kysely<Database>, id: string, forUpdate = false): Promise<PackRow> {
  const r =
    await sql<PackRow>`${PACK_SELECT} WHERE p.id = ${id}::uuid ${forUpdate ? sql`FOR UPDATE OF p` : sql``}`.execute(
      db,
    );
  if (!r.rows[0]) throw new AppError("not_found", "The assessment pack was not found.");
  return r.rows[0];
}

/** The half-year of a pack (001 Art. 72(4): calendar half-years, the law package's assessmentPeriodOf). */
export function periodOf(year: number, half: 1 | 2): AssessmentPeriod {
  return assessmentPeriodOf(`${String(year).padStart(4, "0")}-${half === 1 ? "01" : "07"}-01`);
}

function row(p: PackRow): DvAssessmentRow {
  return {
    id: p.id,
    region: { id: p.region_territory_id, name: { kk: p.name_kk, ru: p.name_ru, en: p.name_en } },
    period: periodOf(p.year, p.half),
    status: p.status,
    meetingOn: p.meeting_on,
    approvedAt: p.approved_at ? new Date(p.approved_at).toISOString() : null,
    version: p.version,
  };
}

/**
 * A pack with its figures: a draft's counted now from the region's records of the half-year, an
 * approved pack's as the commission approved them (frozen).
 */
export async function readPack(deps: PackDeps, ctx: ActCtx, id: string): Promise<DvAssessmentDetail> {
  const p = await loadPack(deps.db, id);
  authorizePackRead(ctx.actor, p.region_path);
  const frozen = p.status === "approved" ? p.figures : null;
  const counts = frozen?.counts ?? (await countFigures(deps.db, p.region_path, periodOf(p.year, p.half)));
  return {
    ...row(p),
    ...figureList(counts),
    figuresAt: frozen?.at ?? deps.now().toISOString(),
    conclusions: p.conclusions,
    preparedBy: { id: p.prepared_by, fullName: p.preparer_name },
    approvedBy: p.approved_by ? { id: p.approved_by, fullName: p.approver_name ?? "" } : null,
    mayEdit: p.status === "draft" && mayPreparePack(ctx.actor, p.region_path),
    article: ASSESSMENT_ARTICLE,
  };
}

/** The packs of a region (the actor's, or the one named), newest half-year first. */
export async function listPacks(
  deps: PackDeps,
  ctx: ActCtx,
  q: DvAssessmentListQuery,
): Promise<DvAssessmentPage> {
  const region = await regionOf(deps.db, ctx.actor, q.regionId);
  authorizePackRead(ctx.actor, region.path);
  const [rows, total] = await Promise.all([
    sql<PackRow>`${PACK_SELECT} WHERE p.region_territory_id = ${region.id}::uuid
      ORDER BY p.year DESC, p.half DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`.execute(
      deps.db,
    ),
    sql<{ n: number }>`SELECT count(*)::int AS n FROM dv_assessment_pack
      WHERE region_territory_id = ${region.id}::uuid`.execute(deps.db),
  ]);
  return { items: rows.rows.map(row), total: total.rows[0]!.n, page: q.page, pageSize: q.pageSize };
}

/**
 * The region's akimat opens the pack of a half-year (the current one when not named) for its
 * commission. One per region and half-year (409); not for a half-year that has not begun (422).
 */
export async function createPack(
  deps: PackDeps,
  ctx: ActCtx,
  body: DvAssessmentCreate,
): Promise<{ id: string }> {
  const region = await regionOf(deps.db, ctx.actor);
  authorizePackWrite(ctx.actor, region.path);
  const today = legalDateOf(deps.now());
  const current = assessmentPeriodOf(today);
  const period = periodOf(body.year ?? current.year, body.half ?? current.half);
  if (period.from > today)
    throw new AppError("dv_assessment.period_not_started", "The half-year has not begun.", {
      field: "half",
      article: ASSESSMENT_ARTICLE,
    });
  return deps.db.transaction().execute(async (trx) => {
    const r = await sql<{
      id: string;
    }>`INSERT INTO dv_assessment_pack (region_territory_id, region_path, year, half,
        prepared_by, prepared_body_id)
      VALUES (${region.id}::uuid, ${region.path}, ${period.year}, ${period.half}, ${ctx.userId}::uuid,
        ${ctx.actor.bodyId}::uuid)
      ON CONFLICT ON CONSTRAINT dv_assessment_pack_one_per_half_year DO NOTHING RETURNING id`.execute(trx);
    const id = r.rows[0]?.id;
    if (!id)
      throw new AppError("dv_assessment.already_exists", "The region's pack of this half-year exists.", {
        field: "half",
      });
    await recordAudit(trx, ctx.audit, {
      action: "dv_assessment.create",
      recordType: "dv_assessment_pack",
      recordId: id,
    });
    return { id };
  });
}

/** A draft, locked, at the version the user saw: an approved pack is frozen (409), a stale version 409. */
async function draftForWrite(
  trx: Kysely<Database>,
  ctx: ActCtx,
  id: string,
  version: number,
): Promise<PackRow> {
  const p = await loadPack(trx, id, true);
  authorizePackRead(ctx.actor, p.region_path);
  authorizePackWrite(ctx.actor, p.region_path);
  if (p.status === "approved")
    throw new AppError(
      "dv_assessment.approved",
      "The commission has approved the pack; it no longer changes.",
      {
        field: "status",
        article: ASSESSMENT_ARTICLE,
      },
    );
  if (p.version !== version)
    throw new AppError("conflict.stale_version", "The pack has changed since it was read.", {
      field: "version",
    });
  return p;
}

/** The assessment is made at a meeting in the half-year (001 Art. 72(4): once every six months). */
function refuseMeetingOutside(p: PackRow, meetingOn: string): void {
  const period = periodOf(p.year, p.half);
  if (meetingOn < period.from || meetingOn > period.until)
    throw new AppError(
      "dv_assessment.meeting_outside_period",
      "The commission's meeting that assesses a half-year is held in that half-year.",
      { field: "meetingOn", article: ASSESSMENT_ARTICLE },
    );
}

/** The conclusions and the meeting's day of a draft. */
export async function updatePack(
  deps: PackDeps,
  ctx: ActCtx,
  id: string,
  body: DvAssessmentUpdate,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const p = await draftForWrite(trx, ctx, id, body.version);
    if (body.meetingOn) refuseMeetingOutside(p, body.meetingOn);
    await sql`UPDATE dv_assessment_pack SET
        conclusions = ${body.conclusions ?? p.conclusions},
        meeting_on = ${body.meetingOn === undefined ? p.meeting_on : body.meetingOn}::date,
        version = version + 1, updated_at = now()
      WHERE id = ${id}::uuid`.execute(trx);
    await recordAudit(trx, ctx.audit, {
      action: "dv_assessment.update",
      recordType: "dv_assessment_pack",
      recordId: id,
    });
  });
}

/**
 * Records the commission's approval (001 Art. 72(4)): the meeting took place in the half-year, the
 * conclusions are written (72(7): they change the territorial programmes), and the figures are
 * counted once more and frozen in the same transaction — later records do not change an approved pack.
 */
export async function approvePack(
  deps: PackDeps,
  ctx: ActCtx,
  id: string,
  body: DvAssessmentApprove,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const p = await draftForWrite(trx, ctx, id, body.version);
    authorizePackApproval(ctx.actor, p.region_path);
    const today = legalDateOf(deps.now());
    if (!p.meeting_on || p.meeting_on > today)
      throw new AppError(
        "dv_assessment.meeting_required",
        "The assessment is approved at the commission's meeting: record the day it took place.",
        { field: "meetingOn", article: ASSESSMENT_ARTICLE },
      );
    refuseMeetingOutside(p, p.meeting_on);
    if (p.conclusions.trim() === "")
      throw new AppError("dv_assessment.conclusions_required", "Write the commission's conclusions.", {
        field: "conclusions",
        article: "001 Art. 72(7)",
      });
    const frozen: FrozenFigures = {
      counts: await countFigures(trx, p.region_path, periodOf(p.year, p.half)),
      at: deps.now().toISOString(),
    };
    await sql`UPDATE dv_assessment_pack SET status = 'approved', figures = ${JSON.stringify(frozen)}::jsonb,
        approved_by = ${ctx.userId}::uuid, approved_at = ${deps.now()}, version = version + 1, updated_at = now()
      WHERE id = ${id}::uuid`.execute(trx);
    await recordAudit(trx, ctx.audit, {
      action: "dv_assessment.approve",
      recordType: "dv_assessment_pack",
      recordId: id,
    });
  });
}
