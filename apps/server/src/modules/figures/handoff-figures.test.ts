import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoffFigures, ReportFigures } from "@aldyn/contract";
import type { LoggedIn } from "../../test/app.ts";
import { csvCell } from "../worklists/worklist-export.ts";
import { handoffFiguresWorld, type HandoffFiguresWorld } from "./handoff-figures.fixture.ts";

let w: HandoffFiguresWorld;
beforeAll(async () => {
  w = await handoffFiguresWorld();
});
afterAll(async () => w?.close());

async function get(who: LoggedIn, path: string, q: Record<string, string> = {}) {
  const qs = new URLSearchParams({ from: w.period.from, to: w.period.to, ...q });
  return w.t.app.inject({ method: "GET", url: `${path}?${qs.toString()}`, headers: who.headers });
}

function expectNoPersonalData(body: string): void {
  for (const s of w.secrets) expect(body).not.toContain(s);
}

describe("hand-off figures (R8; 001 Art. 39(3))", () => {
  it("counts the region's hand-offs, the medians and the share overdue as computed by hand", async () => {
    const res = await get(w.as.head, "/api/v1/figures/handoffs", { territory: w.codes.region });
    expect(res.statusCode).toBe(200);
    const f = res.json() as HandoffFigures;
    // 15 sent (9 + 6; the one 40 days ago and the other region's are outside); acknowledged after
    // 1,2,3,5,30,40,50,60 and 2,4,6,8 hours: sorted 1 2 2 3 4 5 | 6 8 30 40 50 60 → (5 + 6) / 2.
    expect(f.total).toEqual({
      sent: 15,
      acknowledged: 12,
      overdue: 5, // four acknowledged after their 24 hours, one never and past them
      overdueShare: 0.333,
      ackMedianHours: 5.5,
      answered: 5,
      answerMedianHours: 30, // 10 20 30 40 50
      declined: 0,
    });
    const guardianship = f.receivers.find((r) => r.body.id === w.bodies.guardianship)!;
    const prosecutor = f.receivers.find((r) => r.body.id === w.bodies.prosecutor)!;
    // The prosecutor's 4 acknowledged are a small cell; the guardianship body's 8 are hidden with them,
    // else 12 − 8 would give the 4 away. Its median over 8 stays: (5 + 30) / 2.
    expect(guardianship).toMatchObject({
      sent: 9,
      acknowledged: "suppressed",
      overdue: 5,
      overdueShare: 0.556,
      ackMedianHours: 17.5,
      answered: 5,
      answerMedianHours: 30,
    });
    expect(prosecutor).toMatchObject({
      sent: 6,
      acknowledged: "suppressed",
      overdue: 0,
      overdueShare: 0,
      ackMedianHours: "suppressed", // a median of 4 durations
      answered: 0,
      answerMedianHours: null,
    });
    expect(f.receivers.map((r) => r.body.id)).toEqual([w.bodies.guardianship, w.bodies.prosecutor]);
    const part = (code: string) => f.parts.find((p) => p.territory.code === code)!;
    expect(part(w.codes.d1)).toMatchObject({ sent: 9, overdue: 5, ackMedianHours: 17.5 });
    expect(part(w.codes.d2)).toMatchObject({ sent: 6, acknowledged: "suppressed", overdue: 0 });
    expect(f.unassigned.sent).toBe(0);
    expect(f.grounds.map((g) => [g.ground, g.article, g.sent])).toEqual([
      ["report.inform_competent_body", "001 Art. 39(3)", 9],
      ["official_warning.prosecutor_copy", "001 Art. 51(3)", 6],
    ]);
    expectNoPersonalData(res.body);
  });

  it("a district's figures are its own; the period bounds what is counted", async () => {
    const res = await get(w.as.cop1, "/api/v1/figures/handoffs");
    expect(res.statusCode).toBe(200);
    const f = res.json() as HandoffFigures;
    expect(f.territory.code).toBe(w.codes.d1);
    expect(f.total.sent).toBe(9);
    const wide = await get(w.as.cop1, "/api/v1/figures/handoffs", {
      from: "2020-01-01",
      to: w.today,
    });
    expect((wide.json() as HandoffFigures).total.sent).toBe(10);
  });

  it("readers are those of aggregate reports, in their territory", async () => {
    const refused = await get(w.as.cop1, "/api/v1/figures/handoffs", { territory: w.codes.region });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: { code: "access.territory" } });
    const npm = await get(w.as.npm, "/api/v1/figures/handoffs");
    expect(npm.statusCode).toBe(403);
    expect(npm.json()).toMatchObject({ error: { code: "access.role" } });
    const national = await get(w.as.analyst, "/api/v1/figures/handoffs", { territory: "KZ" });
    expect(national.statusCode).toBe(200);
    expect((national.json() as HandoffFigures).total.sent).toBe(16);
    const bad = await get(w.as.head, "/api/v1/figures/handoffs", { from: w.today, to: w.period.from });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: "validation.failed", field: "from" } });
  });
});

describe("report figures (001 Art. 6(4))", () => {
  it("counts the region's reports by category, channel and part, answered and late", async () => {
    const res = await get(w.as.regionAnalyst, "/api/v1/figures/reports", { territory: w.codes.region });
    expect(res.statusCode).toBe(200);
    const f = res.json() as ReportFigures;
    expect(f.total).toMatchObject({ received: 21, answered: 16, answerOverdue: 5 });
    expect(f.total.byCategory).toMatchObject({
      child_in_danger: 6,
      domestic_violence: 5,
      public_order: 5,
      untriaged: 5,
      other: 0,
    });
    expect(f.total.byChannel).toEqual({ web: 6, hotline: 5, messenger: 5, in_person: 5 });
    const part = (code: string) => f.parts.find((p) => p.territory.code === code)!;
    expect(part(w.codes.d1)).toMatchObject({ received: 11, answered: 11, answerOverdue: 0 });
    expect(part(w.codes.d2).byChannel).toEqual({ web: 0, hotline: 0, messenger: 5, in_person: 5 });
    expect(f.categories.at(-1)).toBe("untriaged");
    expectNoPersonalData(res.body);
  });

  it("a small cell is suppressed, and so is a second cell of each sum it is in", async () => {
    // From 40 days ago: d1 gains the 'other' report (1, a small cell) — so its channel and category
    // sums, and the region's, each get a second hidden cell; nothing hidden stands alone in a sum.
    const res = await get(w.as.regionAnalyst, "/api/v1/figures/reports", {
      territory: w.codes.region,
      from: "2020-01-01",
    });
    const f = res.json() as ReportFigures;
    const d1 = f.parts.find((p) => p.territory.code === w.codes.d1)!;
    expect(d1.byCategory.other).toBe("suppressed");
    expect(f.total.byCategory.other).toBe("suppressed");
    const rows = [f.total, f.unassigned, ...f.parts];
    const lone = (cells: unknown[]) => cells.filter((c) => c === "suppressed").length === 1;
    for (const r of rows) {
      expect(lone([r.received, ...Object.values(r.byCategory)])).toBe(false);
      expect(lone([r.received, ...Object.values(r.byChannel)])).toBe(false);
    }
    for (const c of f.categories) expect(lone(rows.map((r) => r.byCategory[c]))).toBe(false);
    for (const c of f.channels) expect(lone(rows.map((r) => r.byChannel[c]))).toBe(false);
    expect(lone(rows.map((r) => r.received))).toBe(false);
  });
});

describe("figures as files in kk, ru and en (R11.7)", () => {
  const HEADERS = {
    en: [
      "Breakdown",
      "Name",
      "Sent",
      "Acknowledged",
      "Overdue",
      "Overdue, %",
      "Median hours to acknowledge",
      "Answered",
      "Median hours to answer",
      "Declined",
    ],
    ru: [
      "Разрез",
      "Наименование",
      "Направлено",
      "Получено",
      "Просрочено",
      "Просрочено, %",
      "Медиана часов до подтверждения",
      "Дан ответ",
      "Медиана часов до ответа",
      "Отклонено",
    ],
    kk: [
      "Бөлініс",
      "Атауы",
      "Жіберілді",
      "Алынды",
      "Мерзімі өтті",
      "Мерзімі өтті, %",
      "Растауға дейінгі сағат медианасы",
      "Жауап берілді",
      "Жауапқа дейінгі сағат медианасы",
      "Қабылданбады",
    ],
  } as const;

  for (const lang of ["kk", "ru", "en"] as const) {
    it(`the hand-offs' CSV has its columns and words in ${lang}`, async () => {
      const res = await get(w.as.head, "/api/v1/figures/handoffs.csv", { territory: w.codes.region, lang });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toContain("text/csv");
      const lines = res.body
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n");
      expect(lines[0]).toBe(HEADERS[lang].map(csvCell).join(","));
      expect(lines.length).toBeGreaterThan(4);
      expect(res.body).not.toMatch(/handoffFigures\.|001 Art\./);
      expectNoPersonalData(res.body);
    });
  }

  it("the reports' XLSX is a workbook with the categories named", async () => {
    const res = await get(w.as.head, "/api/v1/figures/reports.xlsx", {
      territory: w.codes.region,
      lang: "ru",
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 2).toString()).toBe("PK");
    expect(res.rawPayload.toString("utf8")).toContain("Поступило");
  });

  it("files are an export of statistics: an inspector who reads the figures may not take them away", async () => {
    const res = await get(w.as.cop1, "/api/v1/figures/handoffs.csv", { lang: "en" });
    expect(res.statusCode).toBe(403);
  });
});
