import type { Page } from "playwright-core";
import { expect } from "./expect.ts";
import type { Journey } from "./run.ts";

/**
 * The law is cited by file code in the code and the API ("001 Art. 51(5)", "003 p.22"); a user reads
 * the article in words of the language chosen (R11). Any code like that on a screen — in its text or
 * in a hover title — fails, in Latin or in the shapes a translation gave it ("000 ст. 28", "003 8-т.").
 */
const FILE_CODE = /\b00[013] ?(Arts?\b|pp?\.|ст\.|пп?\.|\d+-(бап|т\.)|Заң|Қағида)|(Закона|Правил) 00[013]\b/;

/** Who looks, and in which language: the police, their head, the NPM's participant and council, the auditor. */
const VISITS: ReadonlyArray<{ username: string; lang: string }> = [
  { username: "inspector", lang: "kk" },
  { username: "police.head", lang: "ru" },
  { username: "dv.inspector", lang: "en" },
  { username: "npm.participant", lang: "ru" },
  { username: "council", lang: "kk" },
  { username: "commissioner", lang: "en" },
  { username: "auditor", lang: "ru" },
];

/** A record page of each kind (the first link found), after the menu's lists. */
const RECORD_LINKS = [
  /^\/persons\/[0-9a-f-]{36}$/,
  /^\/measures\/[0-9a-f-]{36}$/,
  /^\/register\/[0-9a-f-]{36}$/,
  /^\/npm\/institutions\/[0-9a-f-]{36}$/,
  /^\/npm\/visits\/[0-9a-f-]{36}$/,
];

async function logIn(page: Page, baseUrl: string, username: string, password: string, lang: string) {
  await page.goto(baseUrl);
  await page.evaluate((l) => localStorage.setItem("aldyn.lang", l), lang);
  await page.goto(baseUrl);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("user-menu").waitFor();
}

/** What the user can read on the page: its text and every hover title. */
async function readable(page: Page): Promise<string[]> {
  await page.waitForLoadState("networkidle");
  return page.evaluate(() => [
    document.body.innerText,
    ...Array.from(document.querySelectorAll("[title]"), (e) => e.getAttribute("title") ?? ""),
  ]);
}

async function scan(page: Page, where: string): Promise<void> {
  for (const text of await readable(page)) {
    const hit = FILE_CODE.exec(text);
    expect(
      !hit,
      `${where} shows a file code of the law: "${hit?.[0]}" in "${text.slice(Math.max(0, (hit?.index ?? 0) - 60), (hit?.index ?? 0) + 40)}"`,
    );
  }
}

export const fileCodesJourney: Journey = {
  name: "no file code of the law (001/000/003) on the main pages of seven roles (kk/ru/en)",
  async run({ server, page }) {
    for (const { username, lang } of VISITS) {
      await logIn(page, server.baseUrl, username, server.demoPassword, lang);
      await scan(page, `${username} (${lang}) home`);
      const menu = await page
        .locator('nav [data-testid^="nav-"]')
        .evaluateAll((items) => items.map((a) => a.getAttribute("data-testid")!));
      const links = new Set<string>();
      for (const item of menu) {
        await page.getByTestId(item).click();
        await scan(page, `${username} (${lang}) ${item}`);
        const hrefs = await page
          .locator("a[href]")
          .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
        for (const h of hrefs) links.add(h);
      }
      for (const pattern of RECORD_LINKS) {
        const href = [...links].find((h) => pattern.test(h));
        if (!href) continue;
        await page.goto(`${server.baseUrl}${href}`);
        await page.getByTestId("user-menu").waitFor();
        await scan(page, `${username} (${lang}) ${href}`);
        const more = await page
          .locator("a[href]")
          .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
        for (const h of more) links.add(h);
      }
      await page.getByTestId("user-menu").click();
      await page.getByTestId("logout").click();
      await page.getByTestId("login-username").waitFor();
    }
  },
};
