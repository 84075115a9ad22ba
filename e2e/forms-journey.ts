import type { Page } from "playwright-core";
import ru from "../apps/web/src/i18n/ru.json" with { type: "json" };
import { expect } from "./expect.ts";
import type { Journey, JourneyContext } from "./run.ts";

async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("user-menu").waitFor();
}

/** The id of a person the user may read (the demo's first). */
async function somePerson(page: Page): Promise<string> {
  return await page.evaluate(async () => {
    const r = await fetch("/api/v1/persons?pageSize=1");
    return ((await r.json()) as { items: { id: string }[] }).items[0]!.id;
  });
}

async function emptyMeasureForm({ server, page }: JourneyContext): Promise<void> {
  const personId = await somePerson(page);
  await page.goto(`${server.baseUrl}/persons/${personId}/measures/new`);
  await page.getByTestId("measure-kind").selectOption("protective_order");
  let posted = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/api/v1/measures")) posted += 1;
  });
  await page.getByTestId("measure-issue").click();
  const summary = page.getByTestId("measure-error");
  await summary.waitFor();
  expect(posted === 0, "an empty form is checked in the browser, not sent");
  // Every error at the top, each a link; the same specific message under its input.
  const links = await page.getByTestId("form-error-link").allTextContents();
  const under = await page.locator(".mantine-InputWrapper-error").allTextContents();
  const ground = ru.errors.measure.legal_ground_missing;
  const place = ru.forms.measure.placeOfIssue;
  expect(
    links.includes(ground) && links.includes(place),
    `the list names the ground and the place: ${links.join(" | ")}`,
  );
  expect(under.includes(ground) && under.includes(place), `the inputs say so too: ${under.join(" | ")}`);
  expect(links.length >= 12, `every input the law requires is listed (${links.length})`);
  const generic = [ru.errors.field.too_small, ru.errors.field.required];
  expect(![...links, ...under].some((m) => generic.includes(m)), "no generic 'too short' message");
  expect(
    (await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))) === "measure-error",
    "the focus is on the list of errors",
  );
  // A link moves the focus to its input; correcting the input removes its message at once.
  await page.getByTestId("form-error-link").filter({ hasText: ground }).click();
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-testid"));
  expect(focused === "measure-legal-ground", `the link focuses the ground (${focused})`);
  await page.getByTestId("measure-legal-ground").selectOption({ index: 1 });
  const after = await page.locator(".mantine-InputWrapper-error").allTextContents();
  expect(!after.includes(ground), "the ground's message is gone once it is chosen");
  expect(
    !(await page.getByTestId("form-error-link").allTextContents()).includes(ground),
    "and from the list",
  );
  // The article that requires an input shows on hover of its label, in words (no file code).
  await page.getByTestId("law-label").first().hover();
  const tip = page.getByRole("tooltip");
  await tip.waitFor();
  const tipText = (await tip.textContent()) ?? "";
  expect(/ст\. 49/.test(tipText) && !/001/.test(tipText), `the article in words on hover: ${tipText}`);
}

/**
 * Forms that help (R11): an empty protective order is checked in the browser with the message of each
 * input in Russian, listed at the top with links; a family support centre is told it issues no
 * measures instead of filling a form; a session ended elsewhere says so and the next login returns
 * to the same page with its search.
 */
export const formsJourney: Journey = {
  name: "forms: empty measure form's messages, kinds by role, an expired session returns to its page",
  async run(ctx) {
    const { server, page } = ctx;
    await page.addInitScript(() => localStorage.setItem("aldyn.lang", "ru"));
    await page.goto(server.baseUrl);
    await logIn(page, "dv.inspector", server.demoPassword);
    await emptyMeasureForm(ctx);

    // The session ends elsewhere ("log out everywhere" from another browser): the next page load says
    // so, and logging in again returns to the page, path and search.
    const where = "/worklists?probe=1";
    await page.goto(`${server.baseUrl}${where}`);
    await page.getByTestId("page-title").waitFor();
    const other = await page.context().browser()!.newContext();
    const second = await other.newPage();
    await second.goto(server.baseUrl);
    await logIn(second, "dv.inspector", server.demoPassword);
    const ended = await second.evaluate(async () => {
      const me = (await (await fetch("/api/v1/auth/me")).json()) as { csrfToken: string };
      const r = await fetch("/api/v1/auth/logout-everywhere", {
        method: "POST",
        headers: { "X-CSRF-Token": me.csrfToken },
      });
      return r.status;
    });
    await other.close();
    expect(ended === 204, `the sessions are ended (${ended})`);
    await page.reload();
    const notice = page.getByTestId("login-session-expired");
    await notice.waitFor();
    expect(
      (await notice.textContent()) === ru.login.sessionExpired,
      "the login screen says the session expired",
    );
    await logIn(page, "dv.inspector", server.demoPassword);
    const back = new URL(page.url());
    expect(
      `${back.pathname}${back.search}` === where,
      `back on ${where}, got ${back.pathname}${back.search}`,
    );

    // A role that issues no measures is told so, not given a form the server would refuse (403).
    await page.getByTestId("user-menu").click();
    await page.getByTestId("logout").click();
    await page.getByTestId("login-username").waitFor();
    expect((await page.getByTestId("login-session-expired").count()) === 0, "a logout is not an expiry");
    // A mobile group finds persons (001 Art. 11(1)) but takes no measures of its own.
    await logIn(page, "mobile.group", server.demoPassword);
    const personId = await somePerson(page);
    await page.goto(`${server.baseUrl}/persons/${personId}/measures/new`);
    await page.getByTestId("measure-no-kinds").waitFor();
    expect(
      (await page.getByTestId("measure-kind").count()) === 0,
      "no kinds are offered to the mobile group",
    );
  },
};
