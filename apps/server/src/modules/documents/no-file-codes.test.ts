import { describe, expect, it } from "vitest";
import { renderAnnualHtml, renderAnnualPdf } from "../npm/annual-document.ts";
import type { AnnualReportView } from "../npm/annual-reports.ts";
import { renderCertificate } from "../npm/certificate-document.ts";
import { renderVisitReport } from "../npm/visit-report-document.ts";
import { DOC_LANGS } from "./document-types.ts";
import { protectiveOrder, registerNotice, statutoryNotice, warning } from "./documents.fixture.ts";
import { cite } from "./messages-common.ts";
import { pdfText } from "./pdf-text.test-helper.ts";
import { renderOfficialWarning } from "./render-official-warning.ts";
import { renderProtectiveOrder } from "./render-protective-order.ts";
import { renderRegisterNotice } from "./render-register-notice.ts";
import { renderStatutoryNotice } from "./render-statutory-notice.ts";

/**
 * The file codes of shared/law (001 = Law 245-VIII, 000 = Law 591, 003 = the Rules of Decree 266)
 * are how the code cites the law; a printed form says the article in words (R11). Every kind of
 * printed document, in every language it is printed in (Kazakh and Russian, R11.6), is read back as
 * its reader sees it and searched for a code.
 */
const FILE_CODE = /\b00[013] ?(Arts?|pp?)\b/;

const annual: AnnualReportView = {
  year: 2026,
  status: "approved",
  legislationSuggestions: ["Amend the rules on notice"],
  recommendations: [
    {
      id: "7d4f1f7e-9a43-4c8e-9d55-1b2f5c3a9e01",
      addressee: "МВД",
      text: "Обеспечить видеонаблюдение",
      status: "open",
      visitKind: "periodic",
      visitStartsOn: "2026-03-02",
      included: true,
    },
  ],
  approvedOn: "2026-12-20",
  publication: {
    dueBy: "2027-01-20",
    sentToBodiesOn: null,
    postedOn: null,
    sendingOverdue: false,
    publicationOverdue: false,
  },
  recipients: [
    {
      id: "r1",
      bodyName: "МВД",
      receivedOn: "2026-12-22",
      answeredOn: null,
      answerDueBy: "2027-03-22",
      overdue: false,
      late: false,
      version: 1,
    },
  ],
  answersOverdue: 0,
  figures: {
    year: 2026,
    visitsByKind: { periodic: 1 },
    visitsByRegion: { AST: 1 },
    visitsByInstitutionKind: { pretrial_detention: 1 },
    reportsSubmitted: 1,
    reportsLate: 0,
    tortureSignsRevealed: 0,
    complaints: { received: 1, transferred: 1, includedInReports: 1 },
    recommendations: { open: 1 },
    visitsTotal: 1,
    findingsCount: 1,
    recommendationsTotal: 1,
    recommendationsByAddressee: { МВД: 1 },
    costs: {
      totalKzt: 1000,
      visitsWithCost: 1,
      perVisit: [{ visitId: "v1", kind: "periodic", startsOn: "2026-03-02", amountKzt: 1000 }],
    },
  },
  version: 3,
};

const forms = {
  "official warning (001 Art. 51)": (lang: "kk" | "ru") => renderOfficialWarning(lang, warning(lang)),
  "protective order (001 Art. 60)": (lang: "kk" | "ru") => renderProtectiveOrder(lang, protectiveOrder(lang)),
  "statutory notice (001 Art. 57)": (lang: "kk" | "ru") => renderStatutoryNotice(lang, statutoryNotice(lang)),
  "register notice (001 Art. 59(4))": (lang: "kk" | "ru") => renderRegisterNotice(lang, registerNotice(lang)),
  "participant's certificate (003 p.16)": (lang: "kk" | "ru") =>
    renderCertificate(lang, {
      number: "NPM-2026-0001",
      holder: "Сейтқали Нұрлан Серікұлы",
      regionCode: "AST",
      issuedOn: "2026-03-02",
      terminatedOn: null,
    }),
  "group's visit report (003 pp.26-29)": (lang: "kk" | "ru") =>
    renderVisitReport(lang, {
      visitId: "5c1e2f3a-0000-4000-8000-000000000001",
      kind: "periodic",
      form: "thematic",
      topic: "Medical care",
      commissionerDecision: null,
      institutions: ["СИЗО-1"],
      startsOn: "2026-03-02",
      endsOn: "2026-03-03",
      members: [{ name: "Сейтқали Нұрлан", signedOn: "2026-03-04" }],
      findings: "Нет питьевой воды в камерах",
      recommendations: [{ addressee: "МВД", text: "Обеспечить воду" }],
      complaintNumbers: ["C-1"],
      submittedOn: "2026-03-04",
      dissents: [{ author: "Сейтқали Нұрлан", text: "Не согласен" }],
    }),
  "annual report (000 Art. 34)": (lang: "kk" | "ru") => renderAnnualPdf(lang, annual),
};

describe.each(DOC_LANGS)("no file code on a printed document in %s (R11)", (lang) => {
  it.each(Object.entries(forms))("%s", async (_kind, render) => {
    const text = await pdfText(await render(lang));
    expect(text.length).toBeGreaterThan(100);
    expect(text.match(FILE_CODE)).toBeNull();
  });

  it("the annual report's web copy (000 Art. 34(3))", () => {
    const html = renderAnnualHtml(lang, annual);
    expect(html.match(FILE_CODE)).toBeNull();
    expect(html).toContain(cite(lang, "000 Art. 34"));
  });
});
