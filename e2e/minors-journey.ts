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

/** A legal date `offset` days from today in Almaty (UTC+5), whatever the hour of the run. */
const day = (offset: number) =>
  new Date(Date.now() + 5 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** A pupil new to the records each run: a minor of 13-14, his IIN carrying birth date and sex. */
function newPupil() {
  const seq = 2000 + (Math.floor(Date.now() / 1000) % 7000);
  const birth = `${Number(day(0).slice(0, 4)) - 13}-02-11`;
  return { iin: makeIin(birth, "male", seq), surname: "Оспанов", givenName: "Нұрлан", birth };
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

/** Picks in a searchable Mantine select the first option found by typing `type`. */
async function chooseTyped(page: Page, testId: string, type: string) {
  const select = page.getByTestId(testId);
  await select.click();
  await select.fill(type);
  // The select's own list (the language switch's native options are options too).
  const option = page.getByRole("listbox").getByRole("option").first();
  await option.waitFor();
  await option.click();
}

/**
 * Schedules the meeting a few minutes from now (the picker refuses the past) on today's Almaty date:
 * attendance is recorded on the meeting's day, so a run in the last minutes of an Almaty day waits for
 * the next one. The day in the picker's calendar, the hours and minutes filled, "Done".
 */
async function pickMeetingTime(page: Page, testId: string) {
  const almaty = () => new Date(Date.now() + 5 * 3_600_000);
  const minutesLeft = 24 * 60 - (almaty().getUTCHours() * 60 + almaty().getUTCMinutes());
  if (minutesLeft <= 6) await page.waitForTimeout(minutesLeft * 60_000 + 5_000);
  const at = new Date(almaty().getTime() + 3 * 60_000);
  const dayLabel = at.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  await page.getByTestId(testId).click();
  const dialog = page.locator('[role="dialog"][data-dates-dropdown]').last();
  await dialog.locator(`button[aria-label="${dayLabel}"]`).first().click();
  const [hours, minutes] = await dialog.locator('input[role="spinbutton"]').all();
  // Filled, not typed: typed after a click, a digit lands beside the held one ("00" then "2" reads 20).
  await hours!.fill(String(at.getUTCHours()).padStart(2, "0"));
  await minutes!.fill(String(at.getUTCMinutes()).padStart(2, "0"));
  await dialog.getByRole("button", { name: "Done" }).click();
}

/** Invites a person of the case to the meeting and records the invitation delivered (79(7), system reading). */
async function invite(page: Page, caseNumber: string, iin: string, role: "minor" | "legal_representative") {
  await page.getByTestId("meeting-invite").click();
  const item = page.locator("#meeting-invite-itemId");
  const value = await item.evaluate(
    (el, n) => Array.from((el as HTMLSelectElement).options).find((o) => o.text.includes(n))?.value ?? "",
    caseNumber,
  );
  await item.selectOption(value);
  await chooseTyped(page, "meeting-invite-person", iin);
  await page.getByTestId("meeting-invite-role").selectOption(role);
  await page.getByTestId("meeting-invite-save").click();
  const row = page.locator('[data-testid="meeting-invitation-row"][data-delivered="false"]').first();
  await row.waitFor();
  await row.getByTestId("meeting-invitation-delivered").click();
  await page.getByTestId("meeting-delivered-save").click();
  await page
    .locator('[data-testid="meeting-invitation-row"][data-delivered="false"]')
    .first()
    .waitFor({ state: "detached" });
}

/** Records an item's decision with every present member voting for it. */
async function decide(page: Page, item: Locator, decision: string, text: string) {
  await item.getByTestId("meeting-item-decide").click();
  await page.getByTestId("meeting-decision-select").selectOption(decision);
  await page.getByTestId("meeting-decision-text").fill(text);
  await page.getByTestId("meeting-decision-all-for").click();
  await page.getByTestId("meeting-decision-save").click();
  await item.getByTestId("meeting-item-decision").waitFor();
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
  expect(/Days: 4/.test(metText), `the pupil missed four days without a valid reason: ${metText}`);
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

type SchoolDone = Awaited<ReturnType<typeof schoolHalf>>;

/**
 * The commission's half (001 Art. 79): the secretary finds the school's referral among the hand-offs to
 * open and opens the case, marks it ready; the next meeting's agenda fills itself with it; the minor and
 * the mother are invited with delivery, attendance makes the quorum, the decision is recorded with the
 * votes, the secretary and the chair sign the protocol, which prints as a PDF.
 */
async function commissionHalf(page: Page, base: string, password: string, school: SchoolDone) {
  await logIn(page, base, "commission.secretary", password);
  // The mother on record, linked to the pupil as his parent (the case takes the minor's representatives).
  const sec = await api(page, base);
  const seq = 3000 + (Math.floor(Date.now() / 1000) % 6000);
  const motherIin = makeIin("1986-06-20", "female", seq);
  const mother = await sec.post<{ id: string }>("/persons", {
    iin: motherIin,
    lastNameCyr: "Оспанова",
    firstNameCyr: "Гүлнар",
    birthDate: "1986-06-20",
    sex: "female",
    actualAddress: { text: "Абай даңғылы, 21", territoryId: sec.me.user.territory.id },
  });
  await sec.post(`/persons/${school.personId}/links`, { representativeId: mother.id, kind: "parent" });

  await page.goto(`${base}/minors-cases`);
  const referral = page
    .getByTestId("minors-cases-inbox-row")
    .filter({ hasText: school.pupil.surname })
    .and(page.locator('[data-ground="pedagogical_support.refusal_referral"]'));
  await referral.getByTestId("minors-cases-open-from-handoff").click();
  await page.waitForURL(/\/minors-cases\/[0-9a-f-]{36}$/);
  const caseId = page.url().split("/").pop()!;
  const title = (await page.getByTestId("page-title").textContent()) ?? "";
  const caseNumber = /\d{4}-\d+/.exec(title)?.[0] ?? "";
  expect(caseNumber !== "", `the case has its number: ${title}`);
  await page.getByTestId("minors-case-ready").click();
  await page.locator('[data-testid="minors-case-state"][data-state="ready"]').waitFor();

  // The next meeting: its agenda fills itself with the ready case.
  await page.goto(`${base}/meetings`);
  await page.getByTestId("meeting-new").click();
  await pickMeetingTime(page, "meeting-new-when");
  await page.getByTestId("meeting-new-place").fill("Әкімдік, 204-кабинет");
  await page.getByTestId("meeting-new-save").click();
  await page.waitForURL(/\/meetings\/[0-9a-f-]{36}$/);
  const item = page.locator(`[data-testid="meeting-item"][data-case-id="${caseId}"]`);
  await item.waitFor();

  await invite(page, caseNumber, school.pupil.iin, "minor");
  await invite(page, caseNumber, motherIin, "legal_representative");

  // Attendance on the day: every member present, the quorum met.
  const boxes = page.getByTestId("meeting-attendance-present");
  for (const box of await boxes.all()) await box.check();
  await page.getByTestId("meeting-attendance-save").click();
  await page.locator('[data-testid="meeting-quorum"][data-quorate="true"]').waitFor();

  await decide(
    page,
    item,
    "warning_to_parents",
    "Родителям разъяснены их обязанности; рекомендовано согласиться на педагогическое сопровождение.",
  );
  // Other ready cases the agenda took in wait for a later meeting.
  for (const other of await page.locator('[data-testid="meeting-item"]').all()) {
    if ((await other.getAttribute("data-case-id")) === caseId) continue;
    if ((await other.getByTestId("meeting-item-decide").count()) === 0) continue;
    await decide(page, other, "postponed", "Рассмотрение отложено до следующего заседания.");
  }
  const meetingUrl = page.url();
  await page.getByTestId("meeting-sign-secretary").click();
  await page.locator('[data-testid="meeting-protocol-state"][data-state="partly_signed"]').waitFor();
  await logOut(page);

  await logIn(page, base, "commission.chair", password);
  await page.goto(meetingUrl);
  await page.getByTestId("meeting-sign-chair").click();
  await page.locator('[data-testid="meeting-protocol-state"][data-state="signed"]').waitFor();
  const decided = await page
    .locator(`[data-testid="meeting-item"][data-case-id="${caseId}"] [data-testid="meeting-item-decision"]`)
    .getAttribute("data-decision");
  expect(decided === "warning_to_parents", `the case's decision is recorded: ${decided}`);
  const href = (await page.getByTestId("meeting-protocol-pdf").getAttribute("href")) ?? "";
  const pdf = await page.request.get(new URL(href, base).toString());
  const head = (await pdf.body()).subarray(0, 5).toString();
  expect(pdf.status() === 200 && head === "%PDF-", `the protocol prints as a PDF: ${pdf.status()} ${head}`);
}

/**
 * The browser journey of minors (001 Arts. 78, 79): a school imports attendance, a pupil meets the
 * four-day criterion, the council proposes support, the parents refuse and the school's referral
 * reaches the commission on minors' affairs, whose secretary finds it, puts the case on the next
 * meeting's agenda, holds the meeting, records the decision and prints the protocol.
 */
export const minorsJourney: Journey = {
  name: "minors: attendance import → a pupil meets the four-day criterion → the council's support refused by the parents → the commission's secretary opens the case, holds the meeting, records the decision and prints the signed protocol",
  async run({ server, page }) {
    const school = await schoolHalf(page, server.baseUrl, server.demoPassword);
    await commissionHalf(page, server.baseUrl, server.demoPassword, school);
  },
};
