import { readFileSync } from "node:fs";
import { makeIin } from "@aldyn/law";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { fillDate } from "./dates.ts";
import { expect } from "./expect.ts";
import type { Journey } from "./run.ts";

async function pdfText(file: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false }).promise;
  let text = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    text += content.items.map((it) => ("str" in it ? it.str : "")).join(" ") + "\n";
  }
  return text;
}

/**
 * Issue 4, item 8: an inspector creates a person, issues an official warning, sees the register entry
 * appear, sees the due check in the worklist, records it, downloads the PDF (its text has the
 * person's name and Art. 51 in words), and switches the page to Russian.
 */
export const inspectorJourney: Journey = {
  name: "inspector: person → official warning → register → worklist check → PDF → Russian",
  async run({ server, page }) {
    const iin = makeIin("1990-05-17", "male", 4321);
    await page.goto(server.baseUrl);
    await page.getByTestId("lang-switch").selectOption("en");
    await page.getByTestId("login-username").fill("inspector");
    await page.getByTestId("login-password").fill(server.demoPassword);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("nav-persons").click();
    await page.getByTestId("person-create").click();
    await page.getByTestId("person-iin").fill(iin);
    // Typed as a user does in every language: 17.05.1990 (R11.4).
    await fillDate(page.getByTestId("person-birth-date"), "1990-05-17");
    await page.getByTestId("person-sex").selectOption("male");
    await page.getByTestId("person-lastNameCyr").fill("Журналов");
    await page.getByTestId("person-firstNameCyr").fill("Ерболат");
    await page.getByTestId("person-lastNameLat").fill("Zhurnalov");
    await page.getByTestId("person-firstNameLat").fill("Erbolat");
    await page.getByTestId("person-address-actual-district").selectOption({ index: 1 });
    await page.getByTestId("person-address-actual-text").fill("ул. Абая, 10");
    await page.getByTestId("person-save").click();
    await page.getByTestId("person-card").waitFor();

    await page.getByTestId("measure-new").click();
    await page.getByTestId("measure-kind").selectOption("official_warning");
    await page.getByTestId("measure-legal-ground").selectOption({ index: 1 });
    await page.getByTestId("measure-justification-basis").selectOption({ index: 1 });
    await page.getByTestId("measure-justification").fill("Неоднократные жалобы соседей на угрозы.");
    const rights = page.getByTestId("measure-rights-explained");
    if ((await rights.count()) > 0 && !(await rights.isChecked())) await rights.check();
    await page.getByTestId("measure-issue").click();
    await page.getByTestId("measure-card").waitFor();
    await page.getByTestId("measure-register").waitFor();
    expect(
      /59/.test((await page.getByTestId("measure-register").textContent()) ?? ""),
      "the register placement cites Art. 59",
    );

    // Service starts the 30 days of validity and the control schedule (001 Art. 51).
    await page.getByTestId("fact-type").selectOption("served");
    await page.getByTestId("fact-channel").selectOption("in_person");
    await page.getByTestId("fact-save").click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="measure-status"]')?.getAttribute("data-status") === "active",
    );

    await page.getByTestId("nav-worklists").click();
    const row = page.getByTestId("worklist-row").filter({ hasText: "Журналов" }).first();
    // The demo inspector has the district's work too, by due date: page on to the new person's row.
    const shown = page.locator('[data-testid="worklist-checks"][aria-busy="false"]');
    await page.getByTestId("worklist-row").first().waitFor();
    for (let p = 2; p < 60 && !(await row.isVisible()); p++) {
      await page.getByRole("button", { name: "Next page" }).click();
      await page.locator(`button[aria-label="Page ${p}"][data-active="true"]`).waitFor();
      await shown.waitFor();
    }
    await row.waitFor();
    await row.getByTestId("record-check").click();
    await page.getByTestId("check-place").fill("по месту жительства");
    await page.getByTestId("check-outcome").selectOption({ index: 1 });
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && /facts$/.test(r.url())),
      page.getByTestId("check-save").click(),
    ]);
    expect(saved.status() < 300, `the check is recorded (${saved.status()})`);
    // The check done today moves the next one past today (001 Art. 51(6): twice a month): none of the
    // person's rows is due or overdue any more, only upcoming.
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('[data-testid="worklist-row"]'))
        .filter((r) => r.textContent?.includes("Журналов"))
        .every((r) => !r.querySelector('[data-testid="badge-due"], [data-testid="badge-overdue"]')),
    );

    await page.getByTestId("nav-persons").click();
    await page.getByTestId("person-search-iin").fill(iin);
    // The list shows the demo's persons until the search has answered: wait for the person's own row.
    await page
      .getByTestId("person-row")
      .filter({ hasText: "Журналов" })
      .first()
      .getByRole("link")
      .first()
      .click();
    // The warning placed the person on the register (001 Art. 51(6)); the entry and the check are on
    // the person's timeline.
    await page.getByTestId("register-entry-link").first().waitFor();
    const entryStatus = await page.getByTestId("register-entry-status").first().textContent();
    expect(entryStatus === "On the register", `the register entry runs: ${entryStatus}`);
    expect((await page.getByTestId("timeline-check").count()) > 0, "the check is on the timeline");
    await page.getByTestId("timeline-measure").first().getByRole("link").first().click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download-pdf").click(),
    ]);
    const file = await download.path();
    const text = await pdfText(file);
    expect(text.includes("Журналов"), "the PDF names the person");
    // Printed in Russian for an English page, the article in the form's words (no file code).
    expect(text.includes("ст. 51"), 'the PDF cites Art. 51 ("ст. 51")');

    await page.getByTestId("lang-switch").selectOption("ru");
    await page.waitForFunction(() => document.documentElement.lang === "ru");
    const title = (await page.getByTestId("page-title").textContent()) ?? "";
    expect(/[А-Яа-я]/.test(title), `the page title is in Russian: ${title}`);
  },
};
