import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicReportStatus } from "@aldyn/contract";
import {
  BOT_SECRET,
  closeWorld,
  countReports,
  filePublic,
  intakeWorld,
  track,
  type IntakeWorld,
} from "./intake.fixture.ts";
import { queueMessengerAnswer } from "./telegram-outbox.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
function update(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(here, "telegram-fixtures", `${name}.json`), "utf8")) as Record<
    string,
    unknown
  >;
}

let w: IntakeWorld;
beforeAll(async () => {
  w = await intakeWorld({ TELEGRAM_REGION: "ABA" });
});
afterAll(async () => closeWorld(w));

async function post(body: unknown, secret: string | null = BOT_SECRET, world: IntakeWorld = w) {
  return world.t.app.inject({
    method: "POST",
    url: "/api/v1/intake/telegram",
    headers: secret === null ? {} : { "x-telegram-bot-api-secret-token": secret },
    payload: body as object,
  });
}

async function outbox(chatId: string) {
  return w.t.db
    .selectFrom("messenger_outbox")
    .selectAll()
    .where("chat_id", "=", chatId)
    .orderBy("id")
    .execute();
}

async function updatesTaken(): Promise<number> {
  return (await w.t.db.selectFrom("messenger_update").select("update_id").execute()).length;
}

const CHAT = "5123456789";
const OTHER_CHAT = "6987654321";

describe("the bot's webhook refuses what Telegram did not send (R6)", () => {
  it("a missing or wrong secret token: 401 messenger.secret_invalid, nothing written", async () => {
    for (const secret of [null, "wrong-secret-0123456789abcdefgh", BOT_SECRET.slice(0, -1)]) {
      const res = await post(update("text"), secret);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: { code: "messenger.secret_invalid" } });
    }
    expect(await updatesTaken()).toBe(0);
    expect(await countReports(w)).toBe(0);
  });

  it("a malformed update: 400 messenger.update_malformed, nothing written", async () => {
    const noId = { message: (update("text") as { message: unknown }).message };
    const badChat = { update_id: 1, message: { message_id: 1, date: 1, chat: { id: "x" }, text: "hi" } };
    for (const body of [noId, badChat, { update_id: -5 }]) {
      const res = await post(body);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: "messenger.update_malformed" } });
    }
    const notJson = await w.t.app.inject({
      method: "POST",
      url: "/api/v1/intake/telegram",
      headers: { "x-telegram-bot-api-secret-token": BOT_SECRET, "content-type": "application/json" },
      payload: "{not json",
    });
    expect(notJson.statusCode).toBe(400);
    expect(await updatesTaken()).toBe(0);
  });

  it("without TELEGRAM_WEBHOOK_SECRET the webhook is off: 404 messenger.not_configured", async () => {
    const off = await intakeWorld({ TELEGRAM_WEBHOOK_SECRET: "" });
    try {
      const res = await post(update("text"), BOT_SECRET, off);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: "messenger.not_configured" } });
    } finally {
      await closeWorld(off);
    }
  });
});

describe("a chat's messages become a report (R6: the messenger channel, 001 Art. 6(4),(5))", () => {
  let code = "";
  let number = "";

  it("words file a report in the bot's region; the reply with the number and tracking code goes to the outbox", async () => {
    const res = await post(update("text"));
    expect(res.statusCode, res.body).toBe(200);
    const report = await w.t.db
      .selectFrom("citizen_report")
      .selectAll()
      .where("messenger_chat_id", "=", CHAT)
      .executeTakeFirstOrThrow();
    expect(report).toMatchObject({
      channel: "messenger",
      territory_path: "KZ.ABA",
      district_id: null,
      taken_by_body_id: null,
      created_by: null,
      reporter_name: null,
      status: "received",
    });
    expect(report.description).toContain("Абая 10");
    number = report.registration_number;
    const [reply] = await outbox(CHAT);
    expect(reply).toMatchObject({ kind: "filed", status: "pending", report_id: report.id });
    expect(reply!.text).toContain(number);
    expect(reply!.text).toContain("Код для отслеживания");
    code = /([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3}-[0-9A-Z]{6})/.exec(reply!.text!)![1]!;
    // The code in the reply reads this report, and the sender's name from Telegram is kept nowhere.
    const status = (await track(w, code)).json() as PublicReportStatus;
    expect(status.registrationNumber).toBe(number);
    expect(JSON.stringify(report)).not.toContain("Aigerim");
  });

  it("a repeated delivery of the same update changes nothing", async () => {
    const reports = await countReports(w);
    const res = await post(update("text"));
    expect(res.statusCode).toBe(200);
    expect(await countReports(w)).toBe(reports);
    expect(await outbox(CHAT)).toHaveLength(1);
  });

  it("a photo joins the open report (its largest size), then a location places it in its district", async () => {
    expect((await post(update("photo"))).statusCode).toBe(200);
    expect((await post(update("location"))).statusCode).toBe(200);
    const report = await w.t.db
      .selectFrom("citizen_report")
      .innerJoin("territory", "territory.id", "citizen_report.district_id")
      .select([
        "citizen_report.messenger_file_ids",
        "citizen_report.lat",
        "citizen_report.lon",
        "citizen_report.territory_path",
        "territory.code",
        "citizen_report.version",
      ])
      .where("messenger_chat_id", "=", CHAT)
      .executeTakeFirstOrThrow();
    expect(report).toEqual({
      messenger_file_ids: ["AgACAgIAAxkBAAIBEWbLarge-1280"],
      lat: 50.411128,
      lon: 80.227543,
      territory_path: "KZ.ABA.ABA01",
      code: "ABA01",
      version: 3,
    });
    expect(await countReports(w)).toBe(1);
    expect((await outbox(CHAT)).map((m) => m.kind)).toEqual(["filed", "added", "added"]);
    const facts = await w.t.db
      .selectFrom("citizen_report_fact")
      .innerJoin("citizen_report", "citizen_report.id", "citizen_report_fact.report_id")
      .select(["type", "seq", "data"])
      .where("citizen_report.registration_number", "=", number)
      .orderBy("seq")
      .execute();
    expect(facts.map((f) => [f.seq, f.type, (f.data as { added?: string[] }).added ?? null])).toEqual([
      [0, "filed", null],
      [1, "added_by_reporter", ["file"]],
      [2, "added_by_reporter", ["location"]],
    ]);
  });

  it("a photo with no words and no open report files nothing and asks for words, in Kazakh", async () => {
    const before = await countReports(w);
    expect((await post(update("photo-alone"))).statusCode).toBe(200);
    expect(await countReports(w)).toBe(before);
    const [reply] = await outbox(OTHER_CHAT);
    expect(reply).toMatchObject({ kind: "refused", report_id: null });
    expect(reply!.text).toContain("сөзбен");
  });

  it("a photo with a caption files a report with the photo", async () => {
    expect((await post(update("photo-caption"))).statusCode).toBe(200);
    const report = await w.t.db
      .selectFrom("citizen_report")
      .select(["description", "messenger_file_ids"])
      .where("messenger_chat_id", "=", OTHER_CHAT)
      .executeTakeFirstOrThrow();
    expect(report.description).toContain("Мектеп жанында");
    expect(report.messenger_file_ids).toEqual(["AgACAgIAAxkBAAIBF2bCaption-800"]);
    expect((await outbox(OTHER_CHAT)).map((m) => m.kind)).toEqual(["refused", "filed"]);
  });

  it("a command gets the help text; an edited message and a group chat are taken and ignored", async () => {
    const before = await countReports(w);
    for (const name of ["start", "edited", "group"]) expect((await post(update(name))).statusCode).toBe(200);
    expect(await countReports(w)).toBe(before);
    const [help] = await outbox("7000000001");
    expect(help).toMatchObject({ kind: "help" });
    expect(help!.text).toContain("112");
    expect(await outbox("-1001234567890")).toEqual([]);
    expect(await updatesTaken()).toBe(8);
  });

  it("an answer published to a bot's reporter goes to the chat in its language; a web report's does not", async () => {
    const bot = await w.t.db
      .selectFrom("citizen_report")
      .select(["id", "registration_number"])
      .where("messenger_chat_id", "=", CHAT)
      .executeTakeFirstOrThrow();
    expect(await queueMessengerAnswer(w.t.db, bot.id, "Участковый проверил двор.")).toBe(true);
    const answer = (await outbox(CHAT)).at(-1)!;
    expect(answer).toMatchObject({ kind: "answer", report_id: bot.id, status: "pending" });
    expect(answer.text).toBe(`Ответ на ваше сообщение ${bot.registration_number}: Участковый проверил двор.`);
    const web = await filePublic(w, {
      description: "Broken street lights near school No. 5 for a month.",
      districtId: w.d1.id,
    });
    const webId = await w.t.db
      .selectFrom("citizen_report")
      .select("id")
      .where("registration_number", "=", (web.json() as { registrationNumber: string }).registrationNumber)
      .executeTakeFirstOrThrow();
    expect(await queueMessengerAnswer(w.t.db, webId.id, "Done.")).toBe(false);
    // A reply is erased when sent: the tracking code it may carry is stored nowhere else.
    await expect(
      w.t.db
        .updateTable("messenger_outbox")
        .set({ status: "sent", sent_at: new Date() })
        .where("id", "=", answer.id)
        .execute(),
    ).rejects.toThrow(/messenger_outbox_text_until_sent/);
    await w.t.db
      .updateTable("messenger_outbox")
      .set({ status: "sent", sent_at: new Date(), text: null })
      .where("id", "=", answer.id)
      .execute();
  });

  it("audits the bot's writes without an actor, naming fields and never their values", async () => {
    const rows = await w.t.db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "fields"])
      .where("record_type", "=", "citizen_report")
      .orderBy("id")
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      "citizen_report.create",
      "citizen_report.track",
      "citizen_report.reporter_addition",
      "citizen_report.reporter_addition",
      "citizen_report.create",
      "citizen_report.create",
    ]);
    expect(rows.every((r) => r.actor_id === null)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain("Участковый");
    expect(JSON.stringify(rows)).not.toContain("Абая");
  });
});
