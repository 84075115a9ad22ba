import { makeIin } from "@aldyn/law";
import type { Page } from "playwright-core";
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

/** A legal date `offset` days from today in Almaty (UTC+5), whatever the hour of the run. */
const day = (offset: number) =>
  new Date(Date.now() + 5 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** A pupil new to the records each run: a minor of 13-14, his IIN carrying birth date and sex. */
function newPupil() {
  const seq = 2000 + (Math.floor(Date.now() / 1000) % 7000);
  const birth = `${Number(day(0).slice(0, 4)) - 13}-02-11`;
  return { iin: makeIin(birth, "male", seq), surname: "Оспанов", givenName: "Нұрлан", birth };
}

const HEADER = "IIN;Surname;Given name;Date;Valid reason (yes/no);Reason";

/** The school's attendance file: four days missed without a valid reason within a month (78(2)(4)). */
function attendanceCsv(p: ReturnType<typeof newPupil>): string {
  const rows = [1, 2, 3, 4].map((d) => `${p.iin};${p.surname};${p.givenName};${day(-d)};no;`);
  rows.push(`${p.iin};${p.surname};${p.givenName};${day(-5)};yes;справка врача`);
  return `\uFEFF${[HEADER, ...rows].join("\r\n")}\r\n`;
}

/** A file with two bad rows (line 2: an IIN with a wrong check digit; line 3: neither yes nor no). */
function badCsv(p: ReturnType<typeof newPupil>): string {
  const wrong = `${p.iin.slice(0, 11)}${(Number(p.iin[11]) + 1) % 10}`;
  return [
    HEADER,
    `${wrong};${p.surname};${p.givenName};${day(-1)};no;`,
    `${p.iin};${p.surname};${p.givenName};${day(-2)};maybe;`,
  ].join("\n");
}

async function upload(page: Page, name: string, csv: string) {
  await page.locator('input[type="file"]').setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf8"),
  });
  await page.getByTestId("school-attendance-upload").click();
}

/**
 * The school's half (001 Art. 78): a file with bad rows is refused whole, each row listed; the good file
 * makes the pupil meet 78(2)(4); the council meets without the minor and the representatives and is
 * refused (78(3)); with them, the parents refuse the support and the school's referral goes to the
 * commission on minors' affairs as a hand-off (78(4)). Returns the pupil and the hand-off.
 */
async function schoolHalf(page: Page, base: string, password: string) {
  const pupil = newPupil();
  await logIn(page, base, "school", password);
  await page.getByTestId("nav-school").click();
  await page.getByTestId("school-import-link").click();
  await page.getByTestId("school-template-csv").waitFor();

  await upload(page, "attendance-bad.csv", badCsv(pupil));
  await page.getByTestId("school-attendance-refused").waitFor();
  const lines = await page
    .getByTestId("school-attendance-row-error")
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-line")));
  expect(lines.includes("2") && lines.includes("3"), `rows 2 and 3 are refused, got ${lines.join(",")}`);
  const refusal = (await page.getByTestId("school-attendance-row-errors").textContent()) ?? "";
  expect(/IIN/.test(refusal), `the refusal names the IIN column: ${refusal}`);

  await upload(page, "attendance.csv", attendanceCsv(pupil));
  await page.getByTestId("school-attendance-result").waitFor();
  const met = page.getByTestId("school-criterion-pupil").filter({ hasText: pupil.surname });
  await met.waitFor();
  const metText = (await met.textContent()) ?? "";
  expect(/4 days/.test(metText), `the pupil missed four days without a valid reason: ${metText}`);
  const personId = (await met.getAttribute("data-person-id")) ?? "";
  await met.getByTestId("school-result-council").click();

  // The council's meeting: first without the minor and the representatives — refused (78(3)).
  await page.waitForURL(/\/school\/council-meetings\/new/);
  await page.waitForFunction(
    (surname) =>
      (
        document.querySelector<HTMLInputElement>('[data-testid="school-council-pupil"]')?.value ?? ""
      ).includes(surname),
    pupil.surname,
  );
  await page.getByTestId("school-council-members").fill("Директор А. Серікова\nПсихолог Б. Жанова");
  await page.getByTestId("school-council-criteria-78_2_4_missing_classes").check();
  await page.getByTestId("school-step-activity").fill("Беседы психолога раз в неделю");
  await page.getByTestId("school-step-responsible").fill("Психолог Б. Жанова");
  await fillDate(page.getByTestId("school-step-due"), day(30));
  await page.getByTestId("school-council-save").click();
  await page.getByTestId("school-council-representatives-error").waitFor();
  const repError = (await page.getByTestId("school-council-representatives-error").textContent()) ?? "";
  expect(
    /representative/i.test(repError),
    `the representatives' absence is said at their field: ${repError}`,
  );

  // With the minor and his mother present, the parents refuse the support (78(4)).
  await page.getByTestId("school-council-minor-present").check();
  await page.getByTestId("school-council-rep-add").click();
  await page.getByTestId("school-council-rep-name").fill("Оспанова Гүлнар");
  await page.getByTestId("school-outcome-representatives_refused").check();
  await page.getByTestId("school-council-save").click();
  await page.getByTestId("school-council-referred").waitFor();
  const handoff = page.getByTestId("school-council-handoff").first();
  const handoffId = ((await handoff.getAttribute("href")) ?? "").split("/").pop() ?? "";
  expect(/^[0-9a-f-]{36}$/.test(handoffId), `the referral to the commission is a hand-off: ${handoffId}`);
  const to = (await handoff.textContent()) ?? "";
  expect(/ommission/i.test(to), `it goes to the commission on minors' affairs: ${to}`);
  await logOut(page);
  return { pupil, personId, handoffId };
}

/**
 * The browser journey of minors (001 Arts. 78, 79): a school imports attendance, a pupil meets the
 * four-day criterion, the council proposes support, the parents refuse and the school's referral
 * reaches the commission on minors' affairs.
 */
export const minorsJourney: Journey = {
  name: "minors: attendance import → a pupil meets the four-day criterion → the council's support refused by the parents → referral to the commission",
  async run({ server, page }) {
    await schoolHalf(page, server.baseUrl, server.demoPassword);
  },
};
