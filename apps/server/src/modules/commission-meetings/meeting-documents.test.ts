import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommissionMeeting } from "@aldyn/contract";
import { pdfText } from "../documents/pdf-text.test-helper.ts";
import {
  attend,
  inDays,
  inviteBoth,
  meetingsWorld,
  ok,
  planMeeting,
  send,
  type MeetingsWorld,
} from "./meetings.fixture.ts";

/** The law's file codes (001, 000, 003) never reach a printed form (R11). */
const FILE_CODE = /\b00[013] ?(Arts?|pp?)\b/;

let w: MeetingsWorld;
let m: CommissionMeeting;
beforeAll(async () => {
  w = await meetingsWorld();
  await w.newCase({ urgent: true });
  m = await planMeeting(w);
  const item = m.items[0]!;
  m = await inviteBoth(w, m, item.id);
  ok(await attend(w, m), 201);
  m = ok<CommissionMeeting>(
    await send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/items/${item.id}/decision`, {
      decision: "warning_to_parents",
      text: "Тәрбие міндеттерін орындау туралы ескерту / Предупредить о воспитании",
      votes: [
        { memberId: w.members.chair, vote: "for" },
        { memberId: w.members.deputy, vote: "for" },
        { memberId: w.members.member, vote: "for" },
      ],
      heard: [{ personId: w.mother, summary: "Promised to look after the child." }],
      attendedInvitationIds: m.items[0]!.invitations.map((i) => i.id),
      duties: [{ responsibleBodyId: w.bodies.police, what: "Visit the family monthly", dueOn: inDays(30) }],
    }),
    201,
  );
  ok(
    await send(w, w.mc.member, "POST", `/commission-meetings/${m.id}/items/${item.id}/dissent`, {
      text: "Ерекше пікір мәтіні",
    }),
    201,
  );
  ok(await send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/sign`, { as: "secretary" }), 201);
  m = ok<CommissionMeeting>(
    await send(w, w.mc.chair, "POST", `/commission-meetings/${m.id}/sign`, { as: "chair" }),
    201,
  );
}, 90_000);
afterAll(async () => w.close());

async function pdf(url: string, who = w.mc.secretary): Promise<string> {
  const res = await send(w, who, "GET", url);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers["content-type"]).toBe("application/pdf");
  if (process.env.MEETING_PDF_OUT)
    writeFileSync(
      `${process.env.MEETING_PDF_OUT}/${url.split("/").slice(-1)[0]!.replace(/[?=]/g, "_")}.pdf`,
      res.rawPayload,
    );
  return pdfText(res.rawPayload);
}

describe("the commission's printed forms in Kazakh and Russian (001 Art. 79(4), (6)(9))", () => {
  it.each([
    ["kk", "ШАҚЫРУ", "тыңдалуға құқылысыз", "кәмелетке толмаған"],
    ["ru", "ПРИГЛАШЕНИЕ", "быть выслушанным", "несовершеннолетний"],
  ])(
    "the invitation in %s: the commission, the place, the case and the right to be heard",
    async (lang, title, right, role) => {
      const inv = m.items[0]!.invitations.find((i) => i.role === "minor")!;
      const text = await pdf(`/commission-meetings/${m.id}/invitations/${inv.id}/pdf?lang=${lang}`);
      expect(text).toContain(title);
      expect(text).toContain(right);
      expect(text).toContain(role);
      expect(text).toContain("District 1 commission on minors");
      expect(text).toContain("Akimat, room 204");
      expect(text).toContain(m.items[0]!.case!.number);
      expect(text).not.toMatch(FILE_CODE);
    },
  );

  it.each([
    ["kk", "ОТЫРЫС ХАТТАМАСЫ", "кворум бар", "ескерту жасау", "Ерекше пікір", "Комиссия төрағасы"],
    [
      "ru",
      "ПРОТОКОЛ ЗАСЕДАНИЯ",
      "кворум имеется",
      "Предупредить родителей",
      "Особое мнение",
      "Председатель комиссии",
    ],
  ])(
    "the protocol in %s: attendance, quorum, the decision in words with its article, dissent, duties, signatures",
    async (lang, title, quorum, decision, dissent, chair) => {
      const text = await pdf(`/commission-meetings/${m.id}/protocol.pdf?lang=${lang}`);
      for (const s of [
        title,
        quorum,
        decision,
        dissent,
        chair,
        "Серікбаев Асқар",
        "Ахметова Дана",
        "On leave",
        "Visit the family monthly",
        "District 1 juvenile police",
      ])
        expect(text).toContain(s);
      expect(text).not.toMatch(FILE_CODE);
    },
  );

  it.each([
    ["kk", "ШЕШІМНЕН ҮЗІНДІ", "Кәмелетке толмаған"],
    ["ru", "ВЫПИСКА ИЗ РЕШЕНИЯ", "Несовершеннолетний"],
  ])("the extract in %s: the decision, the minor and the duties, no votes", async (lang, title, minor) => {
    const text = await pdf(`/commission-meetings/${m.id}/items/${m.items[0]!.id}/extract.pdf?lang=${lang}`);
    expect(text).toContain(title);
    expect(text).toContain(minor);
    expect(text).toContain("Visit the family monthly");
    expect(text).not.toContain("Ерекше пікір мәтіні");
    expect(text).not.toMatch(FILE_CODE);
  });

  it("another district's secretary gets no form of this commission", async () => {
    const res = await send(w, w.mc.secretary2, "GET", `/commission-meetings/${m.id}/protocol.pdf?lang=ru`);
    expect(res.statusCode).toBe(403);
  });
});
