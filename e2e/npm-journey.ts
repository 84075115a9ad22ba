import type { Page } from "playwright-core";
import { fillDate } from "./dates.ts";
import { expect } from "./expect.ts";
import type { Journey, JourneyContext } from "./run.ts";

// Legal dates relative to today: the visit took place the day before yesterday and yesterday.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const NEW_PASSWORD = "Npm-journey-Passw0rd!";

async function logIn(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(baseUrl);
  await page.getByTestId("lang-switch").selectOption("en");
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
}

async function logOut(page: Page) {
  await page.getByTestId("user-menu").click();
  await page.getByTestId("logout").click();
  await page.getByTestId("login-username").waitFor();
}

/** The administrator opens an account for a participant (a group of three needs three signers). */
async function createParticipantUser(page: Page, username: string, password: string) {
  await page.getByTestId("nav-users").click();
  await page.getByTestId("user-create").click();
  await page.getByTestId("user-username").fill(username);
  await page.getByTestId("user-fullname").fill(`Participant ${username}`);
  await page.getByTestId("user-body-select").click();
  await page.getByTestId("user-body-select").fill("Commissioner");
  await page.locator('[role="listbox"] [role="option"]').first().click();
  await page.getByTestId("user-roles").click();
  await page.getByTestId("user-roles").fill("preventive");
  await page.getByRole("option", { name: "National preventive mechanism participant" }).click();
  await page.keyboard.press("Escape");
  await page.getByTestId("user-password").fill(password);
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/api/v1/users")),
    page.getByTestId("user-save").click(),
  ]);
  expect(res.status() === 201, `user ${username} created (${res.status()})`);
}

/** Logs in (changing a first password when asked) and returns the account's id. */
async function account(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
): Promise<{ id: string; password: string }> {
  await logIn(page, baseUrl, username, password);
  await page.locator('[data-testid="user-menu"], [data-testid="password-new"]').first().waitFor();
  let current = password;
  if (await page.getByTestId("password-new").isVisible()) {
    current = NEW_PASSWORD;
    await page.getByTestId("password-current").fill(password);
    await page.getByTestId("password-new").fill(NEW_PASSWORD);
    await page.getByTestId("password-repeat").fill(NEW_PASSWORD);
    await page.getByTestId("password-submit").click();
    await page.getByTestId("user-menu").waitFor();
  }
  const me = (await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as {
    user?: { id: string };
    id?: string;
  };
  await logOut(page);
  return { id: me.user?.id ?? me.id ?? "", password: current };
}

async function createParticipant(page: Page, name: string, login: string | undefined, cert: string) {
  await page.getByTestId("npm-participant-create").click();
  await page.getByTestId("npm-participant-name").fill(name);
  // The login is picked by name or login from the users with the participant's role, not pasted.
  if (login) {
    await page.getByTestId("npm-participant-user").fill(login);
    await page.getByRole("option", { name: `(${login})` }).click();
  }
  await page.getByTestId("npm-participant-category").first().check();
  // Selected a month ago: a participant holds powers on the visit's days only after selection.
  await fillDate(page.getByTestId("npm-participant-selected"), day(-30));
  await page.getByTestId("npm-participant-cert-number").fill(cert);
  await fillDate(page.getByTestId("npm-participant-cert-issued"), day(-30));
  await page.getByTestId("npm-participant-save").click();
  await page.getByTestId("npm-participant-row").filter({ hasText: name }).waitFor();
}

async function openVisit(page: Page) {
  await page.getByTestId("nav-npmVisits").click();
  // The journey's own visit: the demo region's visits are listed with it.
  await page
    .getByRole("row")
    .filter({ hasText: "Colony No. 1" })
    .getByTestId("npm-visit-link")
    .first()
    .click();
  await page.getByTestId("npm-visit-card").waitFor();
}

async function recordFact(page: Page, type: string, extra?: (page: Page) => Promise<void>) {
  await page.getByTestId("npm-fact-type").selectOption(type);
  if (extra) await extra(page);
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && /\/facts$/.test(r.url())),
    page.getByTestId("npm-fact-save").click(),
  ]);
  expect(res.status() === 201, `fact ${type} recorded (${res.status()}: ${await res.text()})`);
}

async function openAnnual(page: Page, year: string) {
  await page.getByTestId("nav-npmAnnual").click();
  await page.getByTestId("npm-annual-year").selectOption(year);
  await page
    .locator('[data-testid="npm-annual-missing"], [data-testid="npm-annual-report"]')
    .first()
    .waitFor();
}

async function run({ server, page }: JourneyContext) {
  const base = server.baseUrl;
  const pw = server.demoPassword;
  const from = day(-2);
  const to = day(-1);

  // Accounts for the second and third members; their logins link the participant records.
  await logIn(page, base, "admin", pw);
  await createParticipantUser(page, "npm.p2", pw);
  await createParticipantUser(page, "npm.p3", pw);
  await logOut(page);
  const signers = [
    await account(page, base, "npm.participant", pw),
    await account(page, base, "npm.p2", pw),
    await account(page, base, "npm.p3", pw),
  ];

  // The Commissioner's office selects four participants and lists an overdue institution.
  await logIn(page, base, "commissioner", pw);
  await page.getByTestId("nav-npmParticipants").click();
  for (const [i, login] of [...["npm.participant", "npm.p2", "npm.p3"], undefined].entries())
    await createParticipant(page, `Journey participant ${i + 1}`, login, `NPM-J-${i + 1}`);
  await page.getByTestId("nav-npmCoverage").click();
  await page.getByTestId("npm-institution-create").click();
  await page.getByTestId("npm-institution-name").fill("Colony No. 1");
  await page.getByTestId("npm-institution-kind").selectOption("penal_institution");
  await page.getByTestId("npm-institution-address").fill("1 Main street");
  await page.getByTestId("npm-institution-department").fill("Penal Execution Committee");
  await fillDate(page.getByTestId("npm-institution-last-visit"), "2021-06-01");
  await page.getByTestId("npm-institution-save").click();
  const colony = page.getByTestId("npm-coverage-row").filter({ hasText: "Colony No. 1" });
  await colony.getByTestId("npm-badge-overdue").waitFor();
  // The row just saved is marked on the list the form returns to.
  expect(
    (await colony.getAttribute("data-saved")) === "true",
    "the new institution's row is marked as saved",
  );
  await logOut(page);

  // The Council plans a periodic visit: a fourth member is refused with the rule (003 p.8).
  await logIn(page, base, "council", pw);
  await page.getByTestId("nav-npmPlans").click();
  await page.getByTestId("npm-plan-create").click();
  await page.getByTestId("npm-plan-title").fill("Plan of the journey");
  await fillDate(page.getByTestId("npm-plan-from"), day(-30));
  await fillDate(page.getByTestId("npm-plan-until"), day(300));
  await fillDate(page.getByTestId("npm-plan-visit-from"), from);
  await fillDate(page.getByTestId("npm-plan-visit-to"), to);
  await page.getByRole("checkbox", { name: "Colony No. 1" }).check();
  const members = page.getByTestId("npm-plan-member");
  for (let i = 0; i < 4; i++) await members.nth(i).check();
  await page.getByTestId("npm-plan-save").click();
  const refusal = (await page.getByTestId("npm-plan-error").textContent()) ?? "";
  expect(refusal.includes("p. 8 of the Rules"), `a fourth member is refused under 003 p.8: ${refusal}`);
  await members.nth(3).uncheck();
  const [planRes] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/api/v1/npm/plans")),
    page.getByTestId("npm-plan-save").click(),
  ]);
  expect(
    planRes.status() === 201,
    `the plan of three is saved (${planRes.status()}: ${await planRes.text()})`,
  );
  // The demo's plans are listed too, approved already: this journey's plan is the one to approve.
  const journeyPlan = page.getByTestId("npm-plan-row").filter({ hasText: "Plan of the journey" });
  await journeyPlan.getByTestId("npm-plan-approve").click();
  await journeyPlan.getByTestId("npm-plan-approved").waitFor();
  await logOut(page);

  // The Commissioner's office forms the visit from the plan; a fourth member is refused again.
  await logIn(page, base, "commissioner", pw);
  await page.getByTestId("nav-npmVisits").click();
  await page.getByTestId("npm-visit-create").click();
  const planned = page.getByTestId("npm-visit-plan").locator("option", { hasText: "Plan of the journey" });
  await page.getByTestId("npm-visit-plan").selectOption((await planned.first().getAttribute("value")) ?? "");
  await page.getByTestId("npm-visit-save").click();
  await page.getByTestId("npm-visit-card").waitFor();
  expect((await page.getByTestId("npm-member").count()) === 3, "the group has three members");
  await page.getByTestId("npm-member-add").click();
  const memberRefusal = (await page.getByTestId("npm-member-error").textContent()) ?? "";
  expect(memberRefusal.includes("p. 8 of the Rules"), `the fourth member is refused: ${memberRefusal}`);
  await logOut(page);

  // A participant registers a complaint and records the visit; every member signs, one dissents.
  await logIn(page, base, "npm.participant", signers[0]!.password);
  await openVisit(page);
  await page.getByTestId("npm-complaint-create").click();
  await page.getByTestId("npm-complaint-name").fill("Convict A.");
  await page.getByTestId("npm-complaint-summary").fill("Beaten during the search.");
  await page.getByTestId("npm-complaint-save").click();
  await page.getByTestId("npm-complaint-row").first().waitFor();
  // The year's visits before this one (the demo's among them), for the annual report's count below.
  const year = from.slice(0, 4);
  const figuresBefore = await page.request.get(`${base}/api/v1/npm/annual-reports/${year}/figures`);
  const visitsBefore = ((await figuresBefore.json()) as { visitsTotal: number }).visitsTotal;
  await recordFact(page, "started", (p) => fillDate(p.getByTestId("npm-fact-on"), from));
  await recordFact(page, "ended", (p) => fillDate(p.getByTestId("npm-fact-on"), to));
  await recordFact(page, "report_signed");
  await logOut(page);
  await logIn(page, base, "npm.p2", signers[1]!.password);
  await openVisit(page);
  await recordFact(page, "report_signed");
  await logOut(page);
  await logIn(page, base, "npm.p3", signers[2]!.password);
  await openVisit(page);
  await recordFact(page, "report_signed");
  await recordFact(page, "dissent_declared");
  await recordFact(page, "dissenting_opinion_attached", (p) =>
    p.getByTestId("npm-fact-text").fill("I disagree with the conclusion on medical care."),
  );
  await page.getByTestId("npm-report-findings").fill("Overcrowding; signs of ill-treatment.");
  await page.getByTestId("npm-rec-add").click();
  await page.getByTestId("npm-rec-addressee").fill("Penal Execution Committee");
  await page.getByTestId("npm-rec-text").fill("Install cameras in the search room.");
  await page.getByTestId("npm-report-submit").click();
  await page.getByTestId("npm-report").waitFor();
  // The dissenting opinion is attached to the report and shown with it (003 p.27).
  const dissent = (await page.getByTestId("npm-report-dissent").textContent()) ?? "";
  expect(dissent.includes("I disagree with the conclusion"), `the report shows the dissent: ${dissent}`);
  await page.waitForFunction(
    () =>
      document.querySelector('[data-testid="npm-visit-status"]')?.getAttribute("data-status") === "reported",
  );
  // The visit's cost for the financial report, then the draft of the annual report (000 Art. 34).
  await page.getByTestId("npm-visit-cost-item").fill("Travel to the colony");
  await page.getByTestId("npm-visit-cost-amount").fill("12500");
  await page.getByTestId("npm-visit-cost-add").click();
  await page.getByTestId("npm-visit-cost-added").waitFor();
  await openAnnual(page, from.slice(0, 4));
  await page.getByTestId("npm-annual-suggestions").fill("Cameras in every search room.");
  await page.getByTestId("npm-annual-generate").click();
  const figures = page.getByTestId("npm-annual-report").getByTestId("npm-annual-figures");
  await figures.waitFor();
  const visits = await figures.getAttribute("data-visits");
  expect(visits === String(visitsBefore + 1), `the draft counts the year's visit (${visits})`);
  await logOut(page);

  // The Council approves it after confirming; publication is due one month later (000 Art. 34(3)).
  await logIn(page, base, "council", pw);
  await openAnnual(page, from.slice(0, 4));
  // The report contains the recommendations the Council includes (000 Art. 34(2)).
  await page.getByTestId("npm-annual-recommendation").first().check();
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "PUT" && /annual-reports/.test(r.url()) && r.ok()),
    page.getByTestId("npm-annual-recommendations-save").click(),
  ]);
  await page.getByTestId("npm-annual-approve").click();
  await page.getByTestId("confirm-submit").click();
  await page.getByTestId("npm-annual-approved-on").waitFor();
  const status = await page.getByTestId("npm-annual-status").getAttribute("data-status");
  expect(status === "approved", `the annual report is approved (${status})`);
  await logOut(page);

  // The coverage view shows the institution visited.
  await logIn(page, base, "council", pw);
  await page.getByTestId("nav-npmCoverage").click();
  const row = page.getByTestId("npm-coverage-row").filter({ hasText: "Colony No. 1" });
  await row.getByTestId("npm-badge-ok").waitFor();
  expect((await row.getAttribute("data-last-visit")) === from, `last periodic visit is ${from}`);
}

/**
 * Issue 5, item 8: plan → group of three (a fourth refused) → complaint → report with a dissent →
 * coverage; item 7: the visit's cost → annual report draft → Council approval.
 */
export const npmJourney: Journey = {
  name: "NPM: council plans a visit (4th member refused), group of three, complaint, report with dissent, coverage",
  run,
};
