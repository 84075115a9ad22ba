import { createHash } from "node:crypto";
import { sql } from "kysely";
import { addCalendarDays, legalDateOf, type LegalDate } from "@aldyn/law";
import type { Role } from "../../access/roles.ts";
import type { Db } from "../../db/pool.ts";
import {
  login,
  makeBody,
  makeUser,
  territories,
  testApp,
  type LoggedIn,
  type TestApp,
} from "../../test/app.ts";

/**
 * A small world for the hand-off and report figures whose answers are known by hand (the use cases
 * that write hand-offs and reports are tested in their own modules; here rows are written straight
 * into the tables, with their projections as those use cases keep them). Times are relative to now.
 *
 * Hand-offs sent in the last 30 days (the asked period):
 * - 9 from the police of d1 to the guardianship body of d1 on `report.inform_competent_body` (records in
 *   d1), acknowledged after 1, 2, 3, 5, 30, 40, 50, 60 hours (clock: 24 hours, so the last four late)
 *   and one never, past its due time: 5 overdue of 9; the first five answered after 10, 20, 30, 40, 50
 *   hours.
 * - 6 from the police of d2 to the region's prosecutor's office on `official_warning.prosecutor_copy`
 *   (records in d2): 4 acknowledged after 2, 4, 6, 8 hours, 2 sent an hour ago and not yet due.
 * Outside: one sent 40 days ago (d1), one in the other region (this month).
 *
 * Reports received in the last 30 days: d1 — 6 on the web page (child_in_danger) and 5 by the hotline
 * (domestic_violence), all 11 answered in time; d2 — 5 in person (public_order, answered in time) and
 * 5 through the messenger, untriaged and unanswered past their answer's due time. Outside: one 40 days
 * ago in d1, one in the other region.
 */
export interface HandoffFiguresWorld {
  readonly t: TestApp;
  readonly today: LegalDate;
  readonly codes: { region: string; d1: string; d2: string; otherRegion: string; otherDistrict: string };
  readonly bodies: { guardianship: string; prosecutor: string };
  readonly as: Record<"cop1" | "head" | "analyst" | "regionAnalyst" | "npm", LoggedIn>;
  /** The period of the figures: the last 30 days. */
  readonly period: { from: LegalDate; to: LegalDate };
  /** What no figures response may contain (the reports' texts, the reporters' names and phones). */
  readonly secrets: readonly string[];
  close(): Promise<void>;
}

const HOUR = 3_600_000;
let serial = 0;

async function pathOf(db: Db, code: string): Promise<string> {
  const t = await db
    .selectFrom("territory")
    .select("path")
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
  return t.path;
}

interface HandoffRow {
  ground: string;
  article: string;
  sender: string;
  receiver: string;
  path: string;
  sentAt: Date;
  dueAt: Date;
  receivedAt?: Date;
  answeredAt?: Date;
}

async function handoff(db: Db, h: HandoffRow): Promise<void> {
  const state = h.answeredAt ? "answered" : h.receivedAt ? "received" : "sent";
  const answered = h.answeredAt ?? null;
  await sql`INSERT INTO handoff (ground, article, clock, sender_body_id, receiver_body_id, record_type, record_id,
      territory_path, event_at, sent_at, due_at, state, received_at, accepted_at, answered_at, outcome)
    VALUES (${h.ground}, ${h.article}, 'hours_24', ${h.sender}, ${h.receiver}, 'citizen_report',
      ${crypto.randomUUID()}, ${h.path}, ${h.sentAt}, ${h.sentAt}, ${h.dueAt}, ${state}, ${h.receivedAt ?? null},
      ${answered ? h.receivedAt : null}, ${answered}, ${answered ? "Visited the family" : null})`.execute(db);
}

interface ReportRow {
  channel: "web" | "hotline" | "messenger" | "in_person";
  path: string;
  receivedAt: Date;
  category: string | null;
  answerDueAt: Date;
  answeredAt?: Date;
  takenBy?: string;
}

async function report(db: Db, r: ReportRow): Promise<void> {
  serial++;
  const taken = r.channel === "web" || r.channel === "messenger" ? null : (r.takenBy ?? null);
  const status = r.answeredAt ? "answered" : r.category ? "routed" : "received";
  await sql`INSERT INTO citizen_report (channel, received_at, taken_by_body_id, territory_path, description,
      reporter_name, reporter_phone, call_at, messenger_chat_id, tracking_code_hash, category, urgency, status,
      answer_due_at, answered_at)
    VALUES (${r.channel}, ${r.receivedAt}, ${taken}, ${r.path}, ${`Тайный текст сообщения ${serial}`},
      ${`Заявитель${serial}`}, ${`+7701555${String(serial).padStart(4, "0")}`},
      ${r.channel === "hotline" ? r.receivedAt : null}, ${r.channel === "messenger" ? `chat${serial}` : null},
      ${createHash("sha256").update(`code${serial}`).digest("hex")}, ${r.category},
      ${r.category ? "routine" : null}, ${status}, ${r.answerDueAt}, ${r.answeredAt ?? null})`.execute(db);
}

export async function handoffFiguresWorld(): Promise<HandoffFiguresWorld> {
  const t = await testApp();
  const db = t.db;
  const codes = await territories(db);
  const paths = {
    region: await pathOf(db, codes.region),
    d1: await pathOf(db, codes.d1),
    d2: await pathOf(db, codes.d2),
    otherDistrict: await pathOf(db, codes.otherDistrict),
  };
  const users: [keyof HandoffFiguresWorld["as"], Role, string, string][] = [
    ["cop1", "police_inspector_local", codes.d1, "police_unit"],
    ["head", "police_head", codes.region, "police_department"],
    ["analyst", "analyst", "KZ", "ministry"],
    ["regionAnalyst", "analyst", codes.region, "akimat"],
    ["npm", "npm_participant", "KZ", "commissioner_office"],
  ];
  const bodyOf: Record<string, string> = {};
  for (const [name, role, code, type] of users) {
    const body = await makeBody(db, code, type, `${name} body`);
    bodyOf[name] = body;
    await makeUser(db, { username: name.toLowerCase(), roles: [role], bodyId: body });
  }
  const police2 = await makeBody(db, codes.d2, "police_unit", "police d2");
  const guardianship = await makeBody(db, codes.d1, "guardianship_body", "guardianship d1");
  const prosecutor = await makeBody(db, codes.region, "prosecutor_office", "prosecutor region");
  const otherPolice = await makeBody(db, codes.otherDistrict, "police_unit", "police other");

  const now = Date.now();
  const base = now - 10 * 24 * HOUR;
  const at = (ms: number) => new Date(ms);
  const inform = { ground: "report.inform_competent_body", article: "001 Art. 39(3)" };
  const copy = { ground: "official_warning.prosecutor_copy", article: "001 Art. 51(3)" };
  const ackHours = [1, 2, 3, 5, 30, 40, 50, 60];
  const answerHours = [10, 20, 30, 40, 50];
  for (const [i, h] of ackHours.entries()) {
    const sent = base + i * HOUR;
    await handoff(db, {
      ...inform,
      sender: bodyOf.cop1!,
      receiver: guardianship,
      path: paths.d1,
      sentAt: at(sent),
      dueAt: at(sent + 24 * HOUR),
      receivedAt: at(sent + h * HOUR),
      ...(i < answerHours.length ? { answeredAt: at(sent + answerHours[i]! * HOUR) } : {}),
    });
  }
  await handoff(db, {
    ...inform,
    sender: bodyOf.cop1!,
    receiver: guardianship,
    path: paths.d1,
    sentAt: at(base),
    dueAt: at(base + 24 * HOUR),
  });
  for (const h of [2, 4, 6, 8]) {
    await handoff(db, {
      ...copy,
      sender: police2,
      receiver: prosecutor,
      path: paths.d2,
      sentAt: at(base),
      dueAt: at(base + 24 * HOUR),
      receivedAt: at(base + h * HOUR),
    });
  }
  for (let i = 0; i < 2; i++) {
    await handoff(db, {
      ...copy,
      sender: police2,
      receiver: prosecutor,
      path: paths.d2,
      sentAt: at(now - HOUR),
      dueAt: at(now + 23 * HOUR),
    });
  }
  await handoff(db, {
    ...inform,
    sender: bodyOf.cop1!,
    receiver: guardianship,
    path: paths.d1,
    sentAt: at(now - 40 * 24 * HOUR),
    dueAt: at(now - 39 * 24 * HOUR),
  });
  await handoff(db, {
    ...copy,
    sender: otherPolice,
    receiver: prosecutor,
    path: paths.otherDistrict,
    sentAt: at(base),
    dueAt: at(base + 24 * HOUR),
  });

  const due = (ms: number) => at(ms + 21 * 24 * HOUR);
  for (let i = 0; i < 6; i++) {
    const r = base + i * HOUR;
    await report(db, {
      channel: "web",
      path: paths.d1,
      receivedAt: at(r),
      category: "child_in_danger",
      answerDueAt: due(r),
      answeredAt: at(r + 48 * HOUR),
    });
  }
  for (let i = 0; i < 5; i++) {
    const r = base + i * HOUR;
    await report(db, {
      channel: "hotline",
      path: paths.d1,
      receivedAt: at(r),
      category: "domestic_violence",
      answerDueAt: due(r),
      answeredAt: at(r + 72 * HOUR),
      takenBy: bodyOf.cop1!,
    });
  }
  for (let i = 0; i < 5; i++) {
    const r = base + i * HOUR;
    await report(db, {
      channel: "in_person",
      path: paths.d2,
      receivedAt: at(r),
      category: "public_order",
      answerDueAt: due(r),
      answeredAt: at(r + 24 * HOUR),
      takenBy: police2,
    });
  }
  for (let i = 0; i < 5; i++) {
    const r = now - 25 * 24 * HOUR + i * HOUR;
    await report(db, {
      channel: "messenger",
      path: paths.d2,
      receivedAt: at(r),
      category: null,
      answerDueAt: at(r + 20 * 24 * HOUR),
    });
  }
  await report(db, {
    channel: "web",
    path: paths.d1,
    receivedAt: at(now - 40 * 24 * HOUR),
    category: "other",
    answerDueAt: at(now - 19 * 24 * HOUR),
  });
  await report(db, {
    channel: "web",
    path: paths.otherDistrict,
    receivedAt: at(base),
    category: "other",
    answerDueAt: due(base),
  });

  const as = {} as HandoffFiguresWorld["as"];
  for (const [name] of users) as[name] = await login(t.app, name.toLowerCase());
  const today = legalDateOf(new Date(now));
  const secret = await sql<Record<string, string>>`
    SELECT description, reporter_name, reporter_phone FROM citizen_report`.execute(db);
  return {
    t,
    today,
    codes,
    bodies: { guardianship, prosecutor },
    as,
    period: { from: addCalendarDays(today, -30), to: today },
    secrets: secret.rows.flatMap((r) => Object.values(r)),
    close: () => t.close(),
  };
}
