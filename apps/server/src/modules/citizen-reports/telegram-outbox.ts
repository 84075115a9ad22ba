import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { botLanguageOf, botReply, type BotReplyKind } from "./telegram-replies.ts";

/**
 * Queues a message of the bot for the gateway that calls Telegram's sendMessage (messenger_outbox,
 * migration 0029; nothing on this machine sends it). In the caller's transaction: a reply exists only
 * if what it answers was written.
 */
export async function queueBotMessage(
  trx: Transaction<Database> | Kysely<Database>,
  m: { chatId: string; reportId: string | null; kind: BotReplyKind; text: string },
): Promise<void> {
  await trx
    .insertInto("messenger_outbox")
    .values({ chat_id: m.chatId, report_id: m.reportId, kind: m.kind, text: m.text })
    .execute();
}

/**
 * Tells the reporter of a report that came through the bot the answer published to them (R6; 001
 * Arts. 6(4), 49(2)), in the language the bot spoke with them; a report of another channel is read by
 * its tracking code and nothing is queued. For the answer's use case, in its transaction.
 */
export async function queueMessengerAnswer(
  trx: Transaction<Database> | Kysely<Database>,
  reportId: string,
  text: string,
): Promise<boolean> {
  const r = await trx
    .selectFrom("citizen_report")
    .leftJoin("citizen_report_fact as f", (j) =>
      j.onRef("f.report_id", "=", "citizen_report.id").on("f.type", "=", "filed"),
    )
    .select([
      "citizen_report.messenger_chat_id as chatId",
      "citizen_report.registration_number as number",
      "f.data",
    ])
    .where("citizen_report.id", "=", reportId)
    .executeTakeFirst();
  if (!r?.chatId) return false;
  const lang = botLanguageOf((r.data as { messengerLanguage?: string } | null)?.messengerLanguage);
  await queueBotMessage(trx, {
    chatId: r.chatId,
    reportId,
    kind: "answer",
    text: botReply("answer", lang, { number: r.number, text }),
  });
  return true;
}
