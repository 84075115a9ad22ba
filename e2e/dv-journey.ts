import { makeIin } from "@aldyn/law";
import type { Locator, Page } from "playwright-core";
import { fillDate } from "./dates.ts";
import { expect } from "./expect.ts";
import type { Journey } from "./run.ts";

async function logIn(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(baseUrl);
  await page.evaluate(() => localStorage.setItem("aldyn.lang", "en"));
  await page.goto(baseUrl);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("home-blocks").waitFor();
}

async function logOut(page: Page) {
  await page.getByTestId("user-menu").click();
  await page.getByTestId("logout").click();
  await page.getByTestId("login-username").waitFor();
}

/** The API as the logged-in page: its session cookie and CSRF token. */
async function api(page: Page, baseUrl: string) {
  const me = (await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as {
    csrfToken: string;
    user: { territory: { id: string } };
  };
  return {
    me,
    async post<T>(path: string, data: unknown): Promise<T> {
      const res = await page.request.post(`${baseUrl}/api/v1${path}`, {
        data,
        headers: { "x-csrf-token": me.csrfToken },
      });
      expect(res.status() < 300, `POST ${path}: ${res.status()} ${await res.text()}`);
      return (await res.json()) as T;
    },
  };
}

/** Picks in a Mantine select the option whose text contains `text` (typed first when searchable). */
async function choose(page: Page, select: Locator, text: string, type?: string) {
  await select.click();
  if (type !== undefined) await select.fill(type);
  const option = page.getByRole("option", { name: new RegExp(text) }).first();
  await option.waitFor();
  await option.click();
}

/**
 * Sets a date-and-time input (Mantine's picker, on the clock of Almaty) to `hoursAgo` hours ago: the
 * day in its calendar, the hours and minutes typed, "Done".
 */
async function pickTime(page: Page, testId: string, hoursAgo: number) {
  const at = new Date(Date.now() + (5 - hoursAgo) * 3_600_000);
  const dayLabel = at.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  await page.getByTestId(testId).click();
  const dialog = page.locator('[role="dialog"][data-dates-dropdown]').last();
  const dayButton = dialog.locator(`button[aria-label="${dayLabel}"]`).first();
  // Just after midnight on the 1st, the day hours ago is in the month before the one shown.
  if ((await dayButton.count()) === 0) await dialog.getByRole("button", { name: "Previous month" }).click();
  await dayButton.click();
  const [hours, minutes] = await dialog.locator('input[role="spinbutton"]').all();
  // Filled, not typed: typed after a click, a digit lands beside the held one ("00" then "2" reads 20).
  await hours!.fill(String(at.getUTCHours()).padStart(2, "0"));
  await minutes!.fill(String(at.getUTCMinutes()).padStart(2, "0"));
  await dialog.getByRole("button", { name: "Done" }).click();
}
const day = (offset: number) =>
  new Date(Date.now() + 5 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** Who is in the incident: made by the inspector before the journey (a fresh family each run). */
async function makePersons(page: Page, baseUrl: string) {
  const cop = await api(page, baseUrl);
  const district = cop.me.user.territory.id;
  const seed = Math.floor(Date.now() / 1000) % 9000;
  const person = (birth: string, sex: "male" | "female", last: string, first: string, lastLat: string) =>
    cop.post<{ id: string }>("/persons", {
      iin: makeIin(birth, sex, 1000 + seed),
      lastNameCyr: last,
      firstNameCyr: first,
      lastNameLat: lastLat,
      firstNameLat: first === "Айгерим" ? "Aigerim" : first === "Бауыржан" ? "Bauyrzhan" : "Aruzhan",
      birthDate: birth,
      sex,
      actualAddress: { text: "Жамбыл к-сі, 14, 9-пәтер", territoryId: district },
    });
  const victim = await person("1991-04-12", "female", "Сарсенбаева", "Айгерим", "Sarsenbayeva");
  const offender = await person("1988-09-30", "male", "Сарсенбаев", "Бауыржан", "Sarsenbayev");
  const child = await person("2017-02-03", "female", "Сарсенбаева", "Аружан", "Sarsenbayeva");
  return {
    victim: { ...victim, iin: makeIin("1991-04-12", "female", 1000 + seed) },
    offender: { ...offender, iin: makeIin("1988-09-30", "male", 1000 + seed) },
    child: { ...child, iin: makeIin("2017-02-03", "female", 1000 + seed) },
  };
}

/** Adds the first person the incident form's search finds by `iin`. */
async function pickPerson(page: Page, testId: string, iin: string) {
  await page.getByTestId(testId).fill(iin);
  await page.getByTestId(`${testId}-add`).first().click();
}

/** The receiving body's inbox lists the incident's notice among those awaiting receipt (72(3)(2)). */
async function inboxHas(page: Page, handoffIds: readonly string[], who: string) {
  await page.getByTestId("nav-handoffs").click();
  await page.getByTestId("handoff-row").first().waitFor();
  const rows = page.getByTestId("handoff-row");
  const ids = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute("data-id"), tr.getAttribute("data-state")]),
  );
  const mine = ids.filter(([id]) => handoffIds.includes(id ?? ""));
  expect(mine.length === 1, `${who}: the incident's notice is in the inbox (${JSON.stringify(ids)})`);
  expect(mine[0]![1] === "sent", `${who}: it waits for receipt, got ${mine[0]![1]}`);
}

/**
 * The browser journey of domestic violence (R5): the DV inspector records an incident with a child
 * present (001 Art. 72); the family support centre and guardianship find its notices in their inboxes
 * (72(3)(2)); the centre registers the family in a difficult life situation (54(1)), opens an
 * individual assistance plan with two steps, each with its responsible body (55(1)), and admits the
 * victim to its shelter for less than a month (72(2)); a school council member opening the victim's
 * card sees its confidential fields withheld (83(2)).
 */
export const dvJourney: Journey = {
  name: "domestic violence: incident with a child present → centre and guardianship notified → registration, plan with two steps, shelter stay → the school sees the victim withheld",
  async run({ server, page }) {
    const base = server.baseUrl;
    // 1. The DV inspector records the incident from the form.
    await logIn(page, base, "dv.inspector", server.demoPassword);
    await page.getByTestId("home-dv-incidents").waitFor();
    const people = await makePersons(page, base);
    await page.getByTestId("home-dv-incidents-new").click();
    await pickPerson(page, "incident-victim-search", people.victim.iin);
    await pickPerson(page, "incident-offender-search", people.offender.iin);
    await page.getByTestId("incident-form-psychological").check();
    await page.getByTestId("incident-form-physical").check();
    await pickTime(page, "incident-occurred-at", 3);
    await pickTime(page, "incident-reported-at", 2);
    await page.getByTestId("incident-place").fill("квартира семьи");
    await page.getByTestId("incident-children-present").check();
    await page.getByTestId("incident-children-count").fill("1");
    await pickPerson(page, "incident-child-search", people.child.iin);
    await page
      .getByTestId("incident-immediate-response")
      .fill("Выезд наряда; стороны разведены, потерпевшей разъяснены её права и телефон доверия 111.");
    await page.getByTestId("incident-save").click();
    await page.getByTestId("incident-created").waitFor();
    const sent = await page.getByTestId("incident-created-handoff").allTextContents();
    expect(sent.length >= 3, `the centre, guardianship and the commission are notified: ${sent.join(" | ")}`);
    expect(
      sent.some((s) => /Family support centre/.test(s)),
      `the centre is among them: ${sent.join(" | ")}`,
    );
    expect(
      sent.some((s) => /[Gg]uardianship/.test(s)),
      `guardianship is among them: ${sent.join(" | ")}`,
    );
    const familyHref = (await page.locator('a[href^="/families/"]').first().getAttribute("href")) ?? "";
    const familyId = familyHref.split("/").pop()!;
    // The incident's page lists the notices it sent, each linked to its hand-off.
    await page.getByTestId("incident-created-open").click();
    await page.getByTestId("incident-handoff").first().waitFor();
    const handoffIds = await page
      .getByTestId("incident-handoff")
      .locator('a[href^="/handoffs/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!.split("/").pop()!));
    expect(handoffIds.length >= 3, `the incident lists its notices: ${handoffIds.join(", ")}`);
    await logOut(page);

    // 2. Guardianship finds the notice in its inbox (a child was present, 72(3)(2)).
    await logIn(page, base, "guardianship.officer", server.demoPassword);
    await inboxHas(page, handoffIds, "guardianship");
    await logOut(page);

    // 3. The centre: the notice in its inbox, then registration, the plan and the stay.
    await logIn(page, base, "family.centre", server.demoPassword);
    await page.getByTestId("home-centre-work").waitFor();
    await inboxHas(page, handoffIds, "the centre");
    await page.goto(`${base}/families/${familyId}`);
    await page.getByTestId("fs-register-family").click();
    await choose(page, page.getByTestId("fs-register-person"), "Сарсенбаева Айгерим");
    await page
      .getByTestId("fs-register-justification")
      .fill("Семья в трудной жизненной ситуации после случая бытового насилия.");
    await page.getByTestId("fs-register-save").click();
    await page.getByTestId("toast-saved").first().waitFor();

    await page.goto(`${base}/family-support/plans/new?familyId=${familyId}`);
    await choose(page, page.getByTestId("fs-plan-person"), "Сарсенбаева Айгерим");
    await fillDate(page.getByTestId("fs-plan-until"), day(90));
    await page.getByTestId("fs-plan-goal").fill("Безопасность потерпевшей и детей, работа и жильё.");
    await page.getByTestId("fs-plan-add-step").click();
    const steps = page.getByTestId("fs-plan-step");
    const plan = [
      {
        area: "psychological",
        title: "Консультации психолога",
        body: "Family support centre",
        search: "Family support",
        due: day(30),
      },
      {
        area: "employment",
        title: "Трудоустройство через центр занятости",
        body: "[Aa]kimat",
        search: "Akimat",
        due: day(60),
      },
    ];
    for (const [i, s] of plan.entries()) {
      const step = steps.nth(i);
      await step.getByTestId("fs-step-area").selectOption(s.area);
      await step.getByTestId("fs-step-title").fill(s.title);
      // Each step names its responsible body (001 Art. 55(1)): the centre, then another body found by name.
      await choose(page, step.getByTestId("fs-step-body"), s.body, s.search);
      await fillDate(step.getByTestId("fs-step-due"), s.due);
    }
    await page.getByTestId("fs-plan-save").click();
    await page.waitForURL(/\/family-support\/plans\/[0-9a-f-]{36}$/);
    await page.getByText("Консультации психолога").first().waitFor();
    await page.getByText("Трудоустройство через центр занятости").first().waitFor();

    await page.goto(`${base}/family-support/shelters`);
    await page.getByTestId("fs-shelter-admit").first().click();
    await choose(page, page.getByTestId("fs-admit-person"), "Сарсенбаева Айгерим", people.victim.iin);
    await fillDate(page.getByTestId("fs-admit-until"), day(20));
    await page.getByTestId("fs-admit-save").click();
    await page.getByTestId("toast-saved").first().waitFor();
    await page.getByTestId("fs-stay").filter({ hasText: "Сарсенбаева" }).first().waitFor();
    await logOut(page);

    // 4. A school council member opens the victim's card: its confidential fields are withheld.
    await logIn(page, base, "school", server.demoPassword);
    await page.goto(`${base}/persons/${people.victim.id}`);
    await page
      .getByText(/Confidential data withheld|may see this record but not its personal data/)
      .first()
      .waitFor();
    const text = (await page.locator("#main").first().textContent()) ?? "";
    expect(!text.includes("Жамбыл к-сі"), "the victim's address is not shown to the school (001 Art. 83(2))");
    expect(!text.includes(people.victim.iin), "the victim's IIN is not shown to the school (001 Art. 83(2))");
  },
};
