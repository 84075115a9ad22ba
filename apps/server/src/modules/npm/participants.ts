import {
  certificateValidOn,
  checkParticipantEligibility,
  isNpmTerminationGround,
  participantPowersActiveOn,
  terminationArticle,
  certificateIssueRefusals,
  validateTermination,
  type NpmCandidate,
  type NpmParticipantRecord,
} from "@aldyn/law";
import type { z } from "zod";
import type {
  NpmCertificateIssue,
  NpmParticipant,
  NpmParticipantCreate,
  NpmTerminationCreate,
} from "@aldyn/contract";
import { recordAudit } from "../../audit/record.ts";
import type { Db } from "../../db/pool.ts";
import { AppError, notFound } from "../../errors/app-error.ts";
import { guard, staleVersion, todayOf, type ActCtx, type NpmDeps } from "./npm-deps.ts";
import { checkParticipantLogin } from "./participant-logins.ts";

type Row = Awaited<ReturnType<typeof loadRows>>[number];

function loadRows(db: Db, ids?: readonly string[]) {
  let q = db.selectFrom("npm_participant").selectAll().orderBy("full_name");
  if (ids) q = q.where("id", "in", ids.length ? [...ids] : ["00000000-0000-0000-0000-000000000000"]);
  return q.execute();
}

/** The participant as the law's visit rules need it (000 Arts. 26(3), 31; 003 p.16). */
export function lawParticipant(r: Row): NpmParticipantRecord {
  return {
    id: r.id,
    region: r.region_code,
    selectedOn: r.selected_on,
    certificateIssuedOn: r.certificate_issued_on,
    termination:
      r.termination_ground && r.termination_on && isNpmTerminationGround(r.termination_ground)
        ? { ground: r.termination_ground, on: r.termination_on, basis: r.termination_basis ?? undefined }
        : null,
  };
}

export async function loadParticipants(
  db: Db,
  ids: readonly string[],
): Promise<Map<string, NpmParticipantRecord>> {
  return new Map((await loadRows(db, ids)).map((r) => [r.id, lawParticipant(r)]));
}

function view(r: Row, today: string): z.infer<typeof NpmParticipant> {
  const rec = lawParticipant(r);
  return {
    id: r.id,
    userId: r.user_id,
    fullName: r.full_name,
    categories: r.categories,
    specialisations: r.specialisations,
    regionCode: r.region_code,
    selectedOn: r.selected_on,
    certificate:
      r.certificate_number && r.certificate_issued_on
        ? {
            number: r.certificate_number,
            issuedOn: r.certificate_issued_on,
            validToday: certificateValidOn(rec, today),
          }
        : null,
    termination: rec.termination
      ? {
          ground: rec.termination.ground,
          on: rec.termination.on,
          basis: r.termination_basis,
          article: terminationArticle(rec.termination.ground),
        }
      : null,
    powersActive: participantPowersActiveOn(rec, today),
    version: r.version,
  };
}

/**
 * Records the Council's selection of a participant (000 Art. 26(3)) after the eligibility check of
 * 000 Art. 28: any ground barring selection is a 422 listing every failed ground with its article.
 */
export async function createParticipant(
  deps: NpmDeps,
  ctx: ActCtx,
  body: z.infer<typeof NpmParticipantCreate>,
): Promise<string> {
  guard(ctx, "create", "npm_participant");
  // The law checks the identifiers; unknown strings reach it as they are and are refused there.
  const candidate = { ...body.candidate, categories: body.categories } as unknown as NpmCandidate;
  const refusals = checkParticipantEligibility(candidate);
  if (refusals.length) throw AppError.fromRefusals(refusals);
  if (body.userId !== undefined) await checkParticipantLogin(deps.db, body.userId);
  return deps.db
    .transaction()
    .execute(async (trx) => {
      const row = await trx
        .insertInto("npm_participant")
        .values({
          user_id: body.userId ?? null,
          full_name: body.fullName,
          categories: body.categories,
          specialisations: body.specialisations,
          region_code: body.regionCode,
          selected_on: body.selectedOn,
          selection_basis: body.selectionBasis ?? null,
          candidate: JSON.stringify(body.candidate),
          certificate_number: body.certificate?.number ?? null,
          certificate_issued_on: body.certificate?.issuedOn ?? null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await recordAudit(trx, ctx.audit, {
        action: "npm_participant.create",
        recordType: "npm_participant",
        recordId: row.id,
        fields: ["fullName", "candidate"],
      });
      return row.id;
    })
    .catch((e: unknown) => {
      throw isNumberTaken(e) && body.certificate ? numberTaken(body.certificate.number) : e;
    });
}

export async function listParticipants(deps: NpmDeps, ctx: ActCtx) {
  guard(ctx, "read", "npm_participant");
  const rows = await loadRows(deps.db);
  const today = todayOf(deps);
  return { items: rows.map((r) => view(r, today)), total: rows.length };
}

export async function readParticipant(deps: NpmDeps, ctx: ActCtx, id: string) {
  guard(ctx, "read", "npm_participant");
  const [row] = await loadRows(deps.db, [id]);
  if (!row) throw notFound("The participant");
  return view(row, todayOf(deps));
}

/** The Commissioner issues the certificate confirming the powers (003 p.16). */
export async function issueCertificate(
  deps: NpmDeps,
  ctx: ActCtx,
  id: string,
  body: z.infer<typeof NpmCertificateIssue>,
): Promise<void> {
  guard(ctx, "update", "npm_participant");
  const [row] = await loadRows(deps.db, [id]);
  if (!row) throw notFound("The participant");
  if (row.version !== body.version) throw staleVersion();
  const refusals = certificateIssueRefusals(lawParticipant(row), body.issuedOn);
  if (refusals.length) throw AppError.fromRefusals(refusals);
  // The check above sees committed rows only: a concurrent issue of the same number is caught by the
  // unique constraint at the update, and the transaction (update and audit row) rolls back whole.
  await deps.db
    .transaction()
    .execute(async (trx) => {
      const taken = await trx
        .selectFrom("npm_participant")
        .select("id")
        .where("certificate_number", "=", body.number)
        .where("id", "<>", id)
        .executeTakeFirst();
      if (taken) throw numberTaken(body.number);
      const done = await trx
        .updateTable("npm_participant")
        .set({
          certificate_number: body.number,
          certificate_issued_on: body.issuedOn,
          version: body.version + 1,
        })
        .where("id", "=", id)
        .where("version", "=", body.version)
        .executeTakeFirst();
      if (done.numUpdatedRows === 0n) throw await missingOrStale(deps.db, id);
      await recordAudit(trx, ctx.audit, {
        action: "npm_participant.certificate",
        recordType: "npm_participant",
        recordId: id,
      });
    })
    .catch((e: unknown) => {
      throw isNumberTaken(e) ? numberTaken(body.number) : e;
    });
}

/** The certificate's number identifies it (003 p.16): one number, one participant. */
const CERTIFICATE_NUMBER_UNIQUE = "npm_participant_certificate_number_key";

function isNumberTaken(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const err = e as { code?: unknown; constraint?: unknown };
  return err.code === "23505" && err.constraint === CERTIFICATE_NUMBER_UNIQUE;
}

function numberTaken(number: string): AppError {
  return new AppError("conflict.duplicate", `Certificate number ${number} is already issued.`, {
    field: "number",
  });
}

/** Termination of powers on a ground of 000 Art. 31, validated by the law. */
export async function terminateParticipant(
  deps: NpmDeps,
  ctx: ActCtx,
  id: string,
  body: z.infer<typeof NpmTerminationCreate>,
): Promise<void> {
  guard(ctx, "update", "npm_participant");
  const [row] = await loadRows(deps.db, [id]);
  if (!row) throw notFound("The participant");
  if (row.version !== body.version) throw staleVersion();
  const refusals = validateTermination(lawParticipant(row), body);
  if (refusals.length) throw AppError.fromRefusals(refusals);
  await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable("npm_participant")
      .set({
        termination_ground: body.ground,
        termination_on: body.on,
        termination_basis: body.basis ?? null,
        version: body.version + 1,
      })
      .where("id", "=", id)
      .where("version", "=", body.version)
      .executeTakeFirst();
    if (done.numUpdatedRows === 0n) throw staleVersion();
    await recordAudit(trx, ctx.audit, {
      action: "npm_participant.terminate",
      recordType: "npm_participant",
      recordId: id,
    });
  });
}

async function missingOrStale(db: Db, id: string): Promise<AppError> {
  const exists = await db.selectFrom("npm_participant").select("id").where("id", "=", id).executeTakeFirst();
  return exists ? staleVersion() : notFound("The participant");
}
