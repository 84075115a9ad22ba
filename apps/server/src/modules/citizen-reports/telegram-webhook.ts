import { sql, type Transaction } from "kysely";
import type { TelegramMessage, TelegramUpdate } from "@aldyn/contract";
import type { Database } from "../../db/schema.ts";
import { recordAudit, type AuditContext } from "../../audit/record.ts";
import { fileReport } from "./file-report.ts";
import { resolveReportPlace } from "./file-report-place.ts";
import type { IntakeDeps } from "./intake-deps.ts";
import { resolveDistrict } from "./resolve-district.ts";
import { queueBotMessage } from "./telegram-outbox.ts";
import { botLanguageOf, botReply, type BotLanguage } from "./telegram-replies.ts";

/**
 * How long after the first message a photo, a location or more words from the same chat join that
 * report (a phone sends them as separate messages) — while no official has triaged it yet.
 */
export const BOT_ADD_WINDOW_MS = 60 * 60 * 1000;
const DESCRIPTION_MAX = 10_000;

// Controls other than tab and line breaks, and halves of a UTF-16 pair without the other half:
// PostgreSQL's text refuses or mangles them (R11), and no one typed them.
const UNSTORABLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wordsOf(m: TelegramMessage): string {
  return (m.text ?? m.caption ?? "").replace(UNSTORABLE, "").trim();
}

/** The largest size of a photo (Telegram sends several), or a document: its file_id (001 Art. 6(5)). */
function fileOf(m: TelegramMessage): string | undefined {
  return m.photo ? m.photo[m.photo.length - 1]!.file_id : m.document?.file_id;
}

interface Ctx {
  readonly deps: IntakeDeps;
  readonly trx: Transaction<Database>;
  readonly audit: AuditContext;
  readonly chatId: string;
  readonly lang: BotLanguage;
  readonly now: Date;
}

/** The chat's report still open to additions: filed within the window and not yet triaged. */
async function openReportOf(c: Ctx) {
  return c.trx
    .selectFrom("citizen_report")
    .select(["id", "registration_number", "description", "territory_path"])
    .where("messenger_chat_id", "=", c.chatId)
    .where("channel", "=", "messenger")
    .where("status", "=", "received")
    .where("received_at", ">", new Date(c.now.getTime() - BOT_ADD_WINDOW_MS))
    .orderBy("received_at", "desc")
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

async function fileFromBot(c: Ctx, m: TelegramMessage, words: string): Promise<string> {
  const place = await resolveReportPlace(c.trx, {}, c.deps.settings.telegramRegion);
  const file = fileOf(m);
  const filed = await fileReport(c.trx, c.deps, c.audit, {
    channel: "messenger",
    receivedAt: c.now,
    takenByBodyId: null,
    place,
    description: words.slice(0, DESCRIPTION_MAX),
    anonymous: false,
    messengerChatId: c.chatId,
    messengerFileIds: file ? [file] : [],
    messengerLanguage: c.lang,
    createdBy: null,
  });
  await queueBotMessage(c.trx, {
    chatId: c.chatId,
    reportId: filed.id,
    kind: "filed",
    text: botReply("filed", c.lang, { number: filed.registrationNumber, code: filed.trackingCode }),
  });
  return filed.id;
}

type OpenReport = NonNullable<Awaited<ReturnType<typeof openReportOf>>>;

/**
 * Adds the message to the chat's open report: its words to the description, its file, its point —
 * which places the report in the district it lies in (R6; a point outside Kazakhstan is kept but
 * places nothing). The fact `added_by_reporter` says what came, never its content.
 */
async function addToReport(c: Ctx, open: OpenReport, m: TelegramMessage, words: string): Promise<void> {
  const file = fileOf(m);
  const point = m.location ? { lat: m.location.latitude, lon: m.location.longitude } : undefined;
  const place =
    point && resolveDistrict(point.lat, point.lon)
      ? await resolveReportPlace(c.trx, point, c.deps.settings.telegramRegion)
      : undefined;
  const description = words ? `${open.description}\n\n${words}`.slice(0, DESCRIPTION_MAX) : open.description;
  await c.trx
    .updateTable("citizen_report")
    .set({
      description,
      ...(file ? { messenger_file_ids: sql<string[]>`array_append(messenger_file_ids, ${file})` } : {}),
      ...(point ? { lat: point.lat, lon: point.lon } : {}),
      ...(place ? { territory_path: place.territoryPath, district_id: place.districtId } : {}),
      version: sql<number>`version + 1`,
      updated_at: c.now,
    })
    .where("id", "=", open.id)
    .execute();
  const added = [...(words ? ["text"] : []), ...(file ? ["file"] : []), ...(point ? ["location"] : [])];
  await sql`INSERT INTO citizen_report_fact (report_id, seq, type, at, data)
    SELECT ${open.id}::uuid, coalesce(max(seq) + 1, 0), 'added_by_reporter', ${c.now},
           ${JSON.stringify({ added, ...(place ? { districtId: place.districtId } : {}) })}::jsonb
    FROM citizen_report_fact WHERE report_id = ${open.id}::uuid`.execute(c.trx);
  await recordAudit(c.trx, c.audit, {
    action: "citizen_report.reporter_addition",
    recordType: "citizen_report",
    recordId: open.id,
    fields: [
      ...(words ? ["description"] : []),
      ...(file ? ["messenger_file_ids"] : []),
      ...(point ? ["lat", "lon"] : []),
    ],
  });
  await queueBotMessage(c.trx, {
    chatId: c.chatId,
    reportId: open.id,
    kind: "added",
    text: botReply("added", c.lang, { number: open.registration_number }),
  });
}

/**
 * One Telegram update (R6: the messenger channel, 001 Art. 6(4)), in one transaction with its audit
 * rows and the bot's reply in the outbox. An update seen before (Telegram repeats until it gets a 200)
 * changes nothing. A private chat's words file a report (the reply carries its number and tracking
 * code); a photo, a document, a location or more words within the hour join it; a photo or a location
 * with no report to join asks for words first; a command or anything else gets the help text. Group
 * chats and updates other than messages are taken and ignored.
 */
export async function takeTelegramUpdate(
  deps: IntakeDeps,
  audit: AuditContext,
  update: TelegramUpdate,
): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const fresh = await trx
      .insertInto("messenger_update")
      .values({ update_id: update.update_id, report_id: null })
      .onConflict((oc) => oc.column("update_id").doNothing())
      .returning("update_id")
      .executeTakeFirst();
    const m = update.message;
    if (!fresh || !m || m.chat.type !== "private") return;
    const from = (m as { from?: { language_code?: unknown } }).from;
    const c: Ctx = {
      deps,
      trx,
      audit,
      chatId: String(m.chat.id),
      lang: botLanguageOf(typeof from?.language_code === "string" ? from.language_code : undefined),
      now: deps.now(),
    };
    const words = wordsOf(m);
    const command = m.text?.trimStart().startsWith("/") ?? false;
    const content = !command && (words !== "" || fileOf(m) !== undefined || m.location !== undefined);
    let reportId: string | null = null;
    if (content) {
      const open = await openReportOf(c);
      if (open) {
        await addToReport(c, open, m, words);
        reportId = open.id;
      } else if (words) {
        reportId = await fileFromBot(c, m, words);
      } else {
        await queueBotMessage(trx, {
          chatId: c.chatId,
          reportId: null,
          kind: "refused",
          text: botReply("refused", c.lang),
        });
      }
    } else {
      await queueBotMessage(trx, {
        chatId: c.chatId,
        reportId: null,
        kind: "help",
        text: botReply("help", c.lang),
      });
    }
    if (reportId)
      await trx
        .updateTable("messenger_update")
        .set({ report_id: reportId })
        .where("update_id", "=", update.update_id)
        .execute();
  });
}
