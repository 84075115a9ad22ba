import type { Page } from "playwright-core";
import { makeIin } from "@aldyn/law";
import { expect } from "./expect.ts";
import type { Journey } from "./run.ts";

async function logIn(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(baseUrl);
  await page.getByTestId("login-username").fill(username);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await page.getByTestId("user-menu").waitFor();
}

async function logOut(page: Page) {
  await page.getByTestId("user-menu").click();
  await page.getByTestId("logout").click();
  await page.getByTestId("login-username").waitFor();
}

/** The focused element's test id (or tag), and whether it lies in the page's main content. */
async function focused(page: Page): Promise<{ id: string; inMain: boolean }> {
  return page.evaluate(() => {
    const e = document.activeElement;
    return {
      id: e?.getAttribute("data-testid") ?? e?.tagName.toLowerCase() ?? "none",
      inMain: Boolean(e?.closest("#main")),
    };
  });
}

/** The API as the logged-in page: its session cookie and CSRF token. */
async function api(page: Page, baseUrl: string) {
  const me = (await (await page.request.get(`${baseUrl}/api/v1/auth/me`)).json()) as {
    csrfToken: string;
    user: { territory: { id: string; level: string } };
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

/** Badges and buttons in table cells whose text is cut (an ellipsis), as "text (shown/needed px)". */
async function cutInTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        ".mantine-Table-td .mantine-Badge-label, .mantine-Table-td .mantine-Button-label",
      ),
    )
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => `${e.textContent} (${e.clientWidth}/${e.scrollWidth} px)`),
  );
}

/**
 * The keyboard reaches the language switch before the form and the page's content, and Esc in a
 * dialog or a menu gives focus back to what opened it, not to the page body (WCAG 2.4.3).
 */
const keyboardJourney: Journey = {
  name: "keyboard: the language switch comes first; Esc returns focus to the opener",
  async run({ server, page }) {
    await page.goto(server.baseUrl);
    await page.getByTestId("login-username").waitFor();
    await page.keyboard.press("Tab");
    expect((await focused(page)).id === "lang-switch", `login: first stop ${(await focused(page)).id}`);
    await page.keyboard.press("Tab");
    expect((await focused(page)).id === "login-username", `login: then ${(await focused(page)).id}`);

    await logIn(page, server.baseUrl, "admin", server.demoPassword);
    // A page loaded afresh: the keyboard starts at its top.
    await page.goto(`${server.baseUrl}/users`);
    await page.getByTestId("user-row").first().waitFor();
    const stops: { id: string; inMain: boolean }[] = [];
    for (let i = 0; i < 25 && !stops.some((s) => s.inMain); i++) {
      await page.keyboard.press("Tab");
      stops.push(await focused(page));
    }
    const lang = stops.findIndex((s) => s.id === "lang-switch");
    const main = stops.findIndex((s) => s.inMain);
    expect(
      lang >= 0 && lang < main,
      `shell: the language switch before the content: ${JSON.stringify(stops)}`,
    );

    // A modal closed with Esc: focus back on the button that opened it.
    await page.getByTestId("user-create").focus();
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await page.waitForFunction(() => document.activeElement !== document.body);
    expect(
      (await focused(page)).id === "user-create",
      `Esc in a modal: focus on ${(await focused(page)).id}`,
    );
    // A menu closed with Esc: focus back on its button.
    await page.getByTestId("user-menu").focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("logout").waitFor();
    // The menu takes Esc once its dropdown holds focus, which can come a moment after it shows.
    for (let i = 0; i < 5 && (await page.getByTestId("logout").isVisible()); i++) {
      await page.keyboard.press("Escape");
      await page.waitForTimeout(300);
    }
    await page.getByTestId("logout").waitFor({ state: "hidden" });
    expect((await focused(page)).id === "user-menu", `Esc in a menu: focus on ${(await focused(page)).id}`);
  },
};

/** Status badges and row buttons are read whole at 1366 px in Kazakh, the longest of the three. */
const badgesJourney: Journey = {
  name: "tables at 1366 px in Kazakh: no status badge or row button is cut",
  async run({ server, page }) {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.addInitScript(() => localStorage.setItem("aldyn.lang", "kk"));

    await logIn(page, server.baseUrl, "commissioner", server.demoPassword);
    const office = await api(page, server.baseUrl);
    for (const n of [1, 2])
      await office.post("/npm/participants", {
        fullName: `Кестедегі қатысушы ${n}`,
        categories: ["lawyer"],
        specialisations: [],
        regionCode: "ABA",
        selectedOn: "2026-01-15",
        candidate: { citizenOfKazakhstan: true },
        certificate: { number: `NPM-T-${n}`, issuedOn: "2026-01-20" },
      });
    await page.getByTestId("nav-npmParticipants").click();
    await page.getByTestId("npm-participant-row").first().waitFor();
    const participants = await cutInTables(page);
    expect(participants.length === 0, `participants: cut ${participants.join(", ")}`);
    await logOut(page);

    // An inspector's warning served 16 days ago: its check is overdue, the prosecutor's copy too.
    await logIn(page, server.baseUrl, "inspector", server.demoPassword);
    const cop = await api(page, server.baseUrl);
    const district = cop.me.user.territory.id;
    const person = await cop.post<{ id: string }>("/persons", {
      iin: makeIin("1987-03-09", "male", 7321),
      lastNameCyr: "Кестебаев",
      firstNameCyr: "Ерлан",
      lastNameLat: "Kestebayev",
      firstNameLat: "Erlan",
      actualAddress: { text: "Абай к-сі, 3", territoryId: district },
    });
    const issuedAt = new Date(Date.now() - 16 * 86_400_000);
    const m = await cop.post<{ id: string; version: number }>("/measures", {
      kind: "official_warning",
      personId: person.id,
      issuedAt: issuedAt.toISOString(),
      legalGround: "direct_discovery",
      justification: { basis: "antisocial_behaviour", text: "Көршілердің шағымдары" },
      details: {},
      rightsExplained: true,
    });
    await cop.post(`/measures/${m.id}/facts`, {
      version: m.version,
      type: "served",
      at: new Date(issuedAt.getTime() + 3_600_000).toISOString(),
      channel: "in_person",
    });
    await page.getByTestId("nav-worklists").click();
    for (const tab of ["worklist-tab-checks", "worklist-tab-duties"]) {
      await page.getByTestId(tab).click();
      await page.getByTestId("worklist-row").first().waitFor();
      const cut = await cutInTables(page);
      expect(cut.length === 0, `${tab}: cut ${cut.join(", ")}`);
    }
  },
};

export const screensJourneys: Journey[] = [keyboardJourney, badgesJourney];
