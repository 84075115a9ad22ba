import { createRootRoute, createRoute, createRouter } from "@tanstack/react-router";
import { AccountPasswordPage } from "./pages/AccountPasswordPage.tsx";
import { AuditPage } from "./pages/audit/AuditPage.tsx";
import { BodiesPage } from "./pages/bodies/BodiesPage.tsx";
import { HomePage } from "./pages/HomePage.tsx";
import { HandoffPage } from "./pages/handoffs/HandoffPage.tsx";
import {
  HandoffsInboxPage,
  HandoffsOutboxPage,
  WarningCopiesPage,
} from "./pages/handoffs/HandoffsListPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { HandoffFiguresPage } from "./pages/figures-handoffs/HandoffFiguresPage.tsx";
import { PersonCreatePage, PersonEditPage } from "./pages/persons/PersonFormPage.tsx";
import { PersonPage } from "./pages/persons/PersonPage.tsx";
import { PersonsPage } from "./pages/persons/PersonsPage.tsx";
import { ReportPage } from "./pages/reports/ReportPage.tsx";
import { TriagePage } from "./pages/reports/TriagePage.tsx";
import { IssueMeasurePage } from "./pages/measures/IssueMeasurePage.tsx";
import { MeasurePage } from "./pages/measures/MeasurePage.tsx";
import { RegisterEntryPage } from "./pages/register/RegisterEntryPage.tsx";
import { JuvenilePage } from "./pages/juvenile/JuvenilePage.tsx";
import { WorklistsPage } from "./pages/worklists/WorklistsPage.tsx";
import { UsersPage } from "./pages/users/UsersPage.tsx";
import { AnnualReportPage } from "./pages/npm/AnnualReportPage.tsx";
import { CoveragePage } from "./pages/npm/CoveragePage.tsx";
import { InstitutionPage } from "./pages/npm/InstitutionPage.tsx";
import { InstitutionsPage } from "./pages/npm/InstitutionsPage.tsx";
import { ParticipantsPage } from "./pages/npm/ParticipantsPage.tsx";
import { PlansPage } from "./pages/npm/PlansPage.tsx";
import { VisitPage } from "./pages/npm/VisitPage.tsx";
import { VisitsPage } from "./pages/npm/VisitsPage.tsx";
import { AssessmentPackPage } from "./pages/dv-assessment/AssessmentPackPage.tsx";
import { AssessmentPacksPage } from "./pages/dv-assessment/AssessmentPacksPage.tsx";
import { MobileGroupPage } from "./pages/mobile-groups/MobileGroupPage.tsx";
import { MobileGroupsPage } from "./pages/mobile-groups/MobileGroupsPage.tsx";
import { OutreachVisitPage } from "./pages/mobile-groups/OutreachVisitPage.tsx";
import { FamiliesPage } from "./pages/families/FamiliesPage.tsx";
import { FamilyPage } from "./pages/families/FamilyPage.tsx";
import { IncidentPage } from "./pages/incidents/IncidentPage.tsx";
import { IncidentsPage } from "./pages/incidents/IncidentsPage.tsx";
import { NewIncidentPage } from "./pages/incidents/NewIncidentPage.tsx";
import { FamilySupportPage } from "./pages/family-support/FamilySupportPage.tsx";
import { PlanNewPage } from "./pages/family-support/PlanNewPage.tsx";
import { PlanPage } from "./pages/family-support/PlanPage.tsx";
import { ServicesPage } from "./pages/family-support/ServicesPage.tsx";
import { SheltersPage } from "./pages/family-support/SheltersPage.tsx";
import { VictimsPage } from "./pages/family-support/VictimsPage.tsx";
import { AttendancePage } from "./pages/school/AttendancePage.tsx";
import { CouncilMeetingPage } from "./pages/school/CouncilMeetingPage.tsx";
import { SchoolPage } from "./pages/school/SchoolPage.tsx";
import { SupportPage } from "./pages/school/SupportPage.tsx";
import { SchoolAnalysisPage } from "./pages/school-analysis/SchoolAnalysisPage.tsx";
import { CommissionsPage } from "./pages/commissions/CommissionsPage.tsx";
import { LowerCommissionsPage } from "./pages/commissions/LowerCommissionsPage.tsx";
import { MeetingPage } from "./pages/meetings/MeetingPage.tsx";
import { MeetingsPage } from "./pages/meetings/MeetingsPage.tsx";
import { MinorsCasePage } from "./pages/minors-cases/MinorsCasePage.tsx";
import { MinorsCasesPage } from "./pages/minors-cases/MinorsCasesPage.tsx";
import { AppLayout } from "./shell/AppLayout.tsx";
import { RequireNav } from "./shell/RequireNav.tsx";
import { RecordIds } from "./shell/RecordIds.tsx";
import type { NavId } from "./shell/nav.ts";
import type { ReactNode } from "react";

// The routes of the logged-in app. The router renders only with a session (App.tsx decides
// between login, forced password change and this); each screen checks its menu item by role.
const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

/** A route shown to roles whose menu has `nav` (the persons screens hang off the "persons" item). */
function guarded<P extends string>(path: P, nav: NavId, Page: () => ReactNode) {
  return createRoute({
    getParentRoute: () => rootRoute,
    path,
    component: () => (
      <RequireNav id={nav}>
        <RecordIds>
          <Page />
        </RecordIds>
      </RequireNav>
    ),
  });
}

function personRoutes() {
  return [
    guarded("/persons", "persons", PersonsPage),
    guarded("/persons/new", "persons", PersonCreatePage),
    guarded("/persons/$personId", "persons", PersonPage),
    guarded("/persons/$personId/edit", "persons", PersonEditPage),
    guarded("/persons/$personId/measures/new", "persons", IssueMeasurePage),
    guarded("/measures/$measureId", "persons", MeasurePage),
    guarded("/register/$entryId", "persons", RegisterEntryPage),
    guarded("/worklists", "worklists", WorklistsPage),
  ] as const;
}

// The NPM screens (issue 5), shown only to the NPM roles.
function npmRoutes() {
  return [
    guarded("/npm/coverage", "npmCoverage", CoveragePage),
    guarded("/npm/institutions", "npmInstitutions", InstitutionsPage),
    guarded("/npm/institutions/$institutionId", "npmInstitutions", InstitutionPage),
    guarded("/npm/plans", "npmPlans", PlansPage),
    guarded("/npm/visits", "npmVisits", VisitsPage),
    guarded("/npm/visits/$visitId", "npmVisits", VisitPage),
    guarded("/npm/participants", "npmParticipants", ParticipantsPage),
    guarded("/npm/annual", "npmAnnual", AnnualReportPage),
  ] as const;
}

// Hand-offs between bodies: the body's inbox and outbox, one hand-off, the prosecutor's copies.
function handoffRoutes() {
  return [
    guarded("/handoffs", "handoffs", HandoffsInboxPage),
    guarded("/handoffs/outbox", "handoffs", HandoffsOutboxPage),
    guarded("/handoffs/$handoffId", "handoffs", HandoffPage),
    guarded("/warning-copies", "warningCopies", WarningCopiesPage),
  ] as const;
}

// Mobile groups and their outreach visits (001 Art. 11); the regional commission's six-monthly
// assessment packs (001 Art. 72(4),(7)).
function mobileGroupRoutes() {
  return [
    guarded("/mobile-groups", "mobileGroups", MobileGroupsPage),
    guarded("/mobile-groups/$groupId", "mobileGroups", MobileGroupPage),
    guarded("/outreach-visits/$visitId", "mobileGroups", OutreachVisitPage),
    guarded("/dv-assessments", "dvAssessments", AssessmentPacksPage),
    guarded("/dv-assessments/$packId", "dvAssessments", AssessmentPackPage),
  ] as const;
}

// Incidents of domestic violence (001 Art. 72) and the families they concern (001 Art. 54(1)).
function incidentRoutes() {
  return [
    guarded("/incidents", "incidents", IncidentsPage),
    guarded("/incidents/new", "incidents", NewIncidentPage),
    guarded("/incidents/$incidentId", "incidents", IncidentPage),
    guarded("/families", "families", FamiliesPage),
    guarded("/families/$familyId", "families", FamilyPage),
  ] as const;
}

// The family support centre (001 Arts. 10(2), 54, 55, 72(2)): its worklist, victims' record, plans,
// shelters and stays, services.
function familySupportRoutes() {
  return [
    guarded("/family-support", "familySupport", FamilySupportPage),
    guarded("/family-support/victims", "familySupport", VictimsPage),
    guarded("/family-support/plans/new", "familySupport", PlanNewPage),
    guarded("/family-support/plans/$measureId", "familySupport", PlanPage),
    guarded("/family-support/shelters", "familySupport", SheltersPage),
    guarded("/family-support/services", "familySupport", ServicesPage),
  ] as const;
}

// The school prevention council (001 Art. 78): pupils, attendance, council meetings, pedagogical
// support; the education management body's quarterly analysis of the schools (001 Art. 21(10)).
function schoolRoutes() {
  return [
    guarded("/school", "school", SchoolPage),
    guarded("/school/attendance", "school", AttendancePage),
    guarded("/school/council-meetings/new", "school", CouncilMeetingPage),
    guarded("/school/supports/$measureId", "school", SupportPage),
    guarded("/school-analysis", "schoolAnalysis", SchoolAnalysisPage),
  ] as const;
}

// The commissions on minors' affairs (001 Art. 79): the tree and composition, the lower commissions'
// figures (79(6)(4)), the cases (79(6)(9)) and the meetings.
function commissionRoutes() {
  return [
    guarded("/commissions", "commissions", CommissionsPage),
    guarded("/commissions/$bodyId/lower", "commissions", LowerCommissionsPage),
    guarded("/minors-cases", "minorsCases", MinorsCasesPage),
    guarded("/minors-cases/$caseId", "minorsCases", MinorsCasePage),
    guarded("/meetings", "meetings", MeetingsPage),
    guarded("/meetings/$meetingId", "meetings", MeetingPage),
  ] as const;
}

const routeTree = rootRoute.addChildren([
  createRoute({ getParentRoute: () => rootRoute, path: "/", component: HomePage }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: "/users",
    component: () => (
      <RequireNav id="users">
        <UsersPage />
      </RequireNav>
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: "/bodies",
    component: () => (
      <RequireNav id="bodies">
        <BodiesPage />
      </RequireNav>
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: "/audit",
    component: () => (
      <RequireNav id="audit">
        <AuditPage />
      </RequireNav>
    ),
  }),
  createRoute({ getParentRoute: () => rootRoute, path: "/account/password", component: AccountPasswordPage }),
  ...personRoutes(),
  ...npmRoutes(),
  // Figures of hand-offs and reports from citizens (R8), for heads, prosecutors and analysts.
  guarded("/figures/handoffs", "handoffFigures", HandoffFiguresPage),
  // Reports from citizens (R6): the territory's triage queue and one report.
  guarded("/reports", "reports", TriagePage),
  guarded("/reports/$reportId", "reports", ReportPage),
  ...handoffRoutes(),
  ...familySupportRoutes(),
  ...incidentRoutes(),
  ...mobileGroupRoutes(),
  ...commissionRoutes(),
  ...schoolRoutes(),
  // The juvenile inspector's registered minors of the district (001 Art. 82).
  guarded("/juvenile", "juvenile", JuvenilePage),
]);

export const router = createRouter({ routeTree });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
