import { legalDateOf } from "@aldyn/law";
import { recordAudit } from "../../audit/record.ts";
import { notFound } from "../../errors/app-error.ts";
import type { DocLang } from "../documents/document-types.ts";
import { guard, type ActCtx, type NpmDeps } from "./npm-deps.ts";
import { renderVisitReport, type VisitReportDoc } from "./visit-report-document.ts";
import { readVisit } from "./visit-view.ts";

const dayOf = (iso: string) => legalDateOf(new Date(iso));

/**
 * The group's report on a visit as a printable PDF (003 pp.27-29; R11.5). Read as the report is read:
 * the NPM roles that may read the report, every other role 403 (000 Art. 35; 003 p.29). The read is
 * audited. Complaints appear by registration number only; no complainant is named.
 */
export async function visitReportPdf(deps: NpmDeps, ctx: ActCtx, id: string, lang: DocLang): Promise<Buffer> {
  guard(ctx, "read", "npm_report");
  const v = await readVisit(deps, ctx, id);
  if (!v.report) throw notFound("The report");
  const report = v.report;
  const memberIds = v.members.map((x) => x.participantId);
  const people = memberIds.length
    ? await deps.db
        .selectFrom("npm_participant")
        .select(["id", "full_name"])
        .where("id", "in", memberIds)
        .execute()
    : [];
  const nameOf = (pid: string) => people.find((x) => x.id === pid)?.full_name ?? pid;
  const institutions = v.institutionIds.length
    ? await deps.db
        .selectFrom("npm_institution")
        .select(["id", "name"])
        .where("id", "in", v.institutionIds)
        .execute()
    : [];
  const complaints = report.listedComplaintIds.length
    ? await deps.db
        .selectFrom("npm_complaint")
        .select(["id", "registration_number"])
        .where("id", "in", report.listedComplaintIds)
        .execute()
    : [];
  // The latest signature of each member stands (a correction is a new fact).
  const signedAt = new Map<string, string>();
  for (const f of v.facts)
    if (f.type === "report_signed")
      signedAt.set(String(f.data.participantId), String(f.data.at ?? f.recordedAt));
  const doc: VisitReportDoc = {
    visitId: v.id,
    kind: v.kind,
    form: v.form,
    topic: v.topic,
    commissionerDecision: v.commissionerDecision,
    institutions: v.institutionIds.map((i) => institutions.find((x) => x.id === i)?.name ?? i),
    startsOn: v.startsOn,
    endsOn: v.endsOn,
    members: memberIds.map((pid) => {
      const at = signedAt.get(pid);
      return { name: nameOf(pid), signedOn: at ? dayOf(at) : null };
    }),
    findings: report.findings,
    recommendations: v.recommendations.map((r) => ({ addressee: r.addressee, text: r.text })),
    complaintNumbers: report.listedComplaintIds.map(
      (c) => complaints.find((x) => x.id === c)?.registration_number ?? c,
    ),
    submittedOn: dayOf(report.submittedAt),
    dissents: report.dissentingOpinions.map((o) => ({ author: nameOf(o.participantId), text: o.text })),
  };
  await recordAudit(deps.db, ctx.audit, {
    action: "npm_report.read",
    recordType: "npm_visit",
    recordId: v.id,
  });
  return renderVisitReport(lang, doc);
}
