import type { Page } from "playwright-core";
import { DEMO_USERS } from "../apps/server/src/demo/seed-demo.ts";
import { expect } from "./expect.ts";
import type { Journey } from "./run.ts";

const POLICE = "checks duties handoffs inbox summary role";
const NPM = "npm inbox role";
// A body that receives hand-offs (its menu has them): incoming, overdue and sent at a glance.
const BODY = "handoffs inbox summary role";

/** The blocks each demo user's home page shows (pages/home/homeBlocks.ts), by what the role may read. */
const EXPECTED: Record<string, string> = {
  inspector: POLICE,
  inspector2: POLICE,
  // The juvenile inspector's registered minors (001 Art. 82).
  juvenile: "checks duties juvenile handoffs inbox summary role",
  // The DV inspector's notifications of incidents (001 Art. 72(3)(2)).
  "dv.inspector": "checks duties dvIncidents handoffs inbox summary role",
  "police.head": "checks duties handoffs inbox summary workload role",
  // The duties worklist refuses a body-scoped reader today (list-due-duties.ts authorizes without the body).
  // The school council's pupils and supports (001 Art. 78).
  school: `schoolCouncil ${BODY}`,
  // The commission's cases and meetings (001 Art. 79): the secretary opens cases from hand-offs.
  "commission.secretary": "duties commission handoffs inbox summary role",
  "commission.member": "duties commission inbox summary role",
  // The commission's chair is one of its members who signs the protocols (001 Art. 79(4)).
  "commission.chair": "duties commission inbox summary role",
  // The centre's notices, plan steps and stays (001 Arts. 10(2), 55, 72(2)).
  "family.centre": "duties centreWork handoffs inbox summary role",
  akimat: BODY,
  prosecutor: "checks duties handoffs inbox summary workload role",
  analyst: "inbox summary workload role",
  "npm.participant": NPM,
  commissioner: NPM,
  council: NPM,
  admin: "accounts inbox role",
  auditor: "audit inbox role",
  // The contact centre's operator also has the queue of reports to triage (001 Art. 71(8)).
  "hotline.operator": `triage ${BODY}`,
  "guardianship.officer": BODY,
  "guardianship.head": BODY,
  "health.officer": BODY,
  // The education body's quarterly analysis of the schools (001 Art. 21(10)).
  "education.officer": `schoolAnalysis ${BODY}`,
  // A mobile group's visits (001 Art. 11) and the region's six-monthly assessment (72(4)).
  "mobile.group": `mobileGroup ${BODY}`,
  "akimat.region": `dvAssessment ${BODY}`,
};

/** The blocks of domestic violence and family support are drawn under kebab-case test ids. */
const TESTID: Record<string, string> = {
  dvIncidents: "dv-incidents",
  centreWork: "centre-work",
  mobileGroup: "mobile-group",
  dvAssessment: "dv-assessment",
  schoolCouncil: "school-council",
  schoolAnalysis: "school-analysis",
};

/** What must never reach a user: the old placeholder, a raw catalog key, a law's file code. */
const FORBIDDEN: ReadonlyArray<[RegExp, string]> = [
  [/worklistsText/, "the placeholder key"],
  [/\bhome\.[A-Za-z]/, "a raw i18n key of the home page"],
  [/\{\{/, "an unfilled placeholder"],
  [/\b00[013] (Arts?|pp?)\./, "a file code of the law"],
];

async function logIn(page: Page, baseUrl: string, username: string, password: string, lang: string) {
  await page.goto(baseUrl);
  await page.evaluate((l) => localStorage.setItem("aldyn.lang", l), lang);
  await page.goto(baseUrl);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
}

/**
 * Every demo user lands on a home page with the work blocks of its role and no placeholder text
 * (R11.1: each block only of what the role may read), in kk, ru and en by turns; the head and the
 * analyst see the region's summary by district and the workload per official.
 */
export const homeJourney: Journey = {
  name: "home: each demo user sees its work blocks and no placeholder (kk/ru/en)",
  async run({ server, page }) {
    const names = DEMO_USERS.map((u) => u.username);
    const unknown = names.filter((u) => !(u in EXPECTED));
    expect(unknown.length === 0, `an expectation for every demo user; missing: ${unknown.join(", ")}`);
    for (const [i, username] of names.entries()) {
      const lang = ["kk", "ru", "en"][i % 3]!;
      await logIn(page, server.baseUrl, username, server.demoPassword, lang);
      const blocks = page.getByTestId("home-blocks");
      await blocks.waitFor();
      const shown = await blocks.getAttribute("data-blocks");
      expect(
        shown === EXPECTED[username],
        `${username}: blocks "${shown}", expected "${EXPECTED[username]}"`,
      );
      for (const b of EXPECTED[username]!.split(" "))
        await page.getByTestId(`home-${TESTID[b] ?? b}`).waitFor();
      await page.getByTestId(`home-role-${DEMO_USERS[i]!.role}`).waitFor();
      if (username === "police.head" || username === "analyst") {
        // The demo region has districts: the summary draws them, and the workload lists or says none.
        await page.getByTestId("home-summary-table").waitFor();
        await page
          .locator('[data-testid="home-workload-table"], [data-testid="home-workload-empty"]')
          .first()
          .waitFor();
      }
      await page.waitForLoadState("networkidle");
      const text = await page.locator("main").innerText();
      for (const [pattern, what] of FORBIDDEN)
        expect(
          !pattern.test(text),
          `${username} (${lang}): the home page shows ${what}: ${pattern.exec(text)?.[0]}`,
        );
      const lang0 = await page.evaluate(() => document.documentElement.lang);
      expect(lang0 === lang, `${username}: the page is in ${lang}, got ${lang0}`);
      await page.getByTestId("user-menu").click();
      await page.getByTestId("logout").click();
      await page.getByTestId("login-username").waitFor();
    }
  },
};
