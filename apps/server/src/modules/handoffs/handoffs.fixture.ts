import type { LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import type { HandoffDetail, HandoffPage, Measure } from "@aldyn/contract";
import { login, makeBody, makeUser, type LoggedIn } from "../../test/app.ts";
import {
  addFact,
  HOUR,
  issue,
  measuresWorld,
  newPerson,
  warningBody,
  type MeasuresWorld,
} from "../preventive-measures/measures.fixture.ts";

/**
 * The measures world (police of two districts, the region's prosecutor's office, a family support
 * centre) plus: a prosecutor's office of another region with its prosecutor (a body the hand-off was
 * not sent to), a second prosecutor's office in the same region (a re-route's receiver), a district
 * commission on minors' affairs with its secretary, and a police head of the first district's unit.
 */
export interface HandoffsWorld extends MeasuresWorld {
  readonly bodies: Record<"region" | "other" | "city" | "commission" | "police1", string>;
  readonly hoAs: Record<"otherProsecutor" | "cityProsecutor" | "secretary" | "police1Head", LoggedIn>;
  readonly ids: Record<"cop1" | "prosecutor" | "police1Head" | "secretary", string>;
}

export async function handoffsWorld(): Promise<HandoffsWorld> {
  const w = await measuresWorld();
  const db = w.t.db;
  const bodyOf = async (username: string) =>
    await db
      .selectFrom("app_user")
      .select(["id", "body_id"])
      .where("username", "=", username)
      .executeTakeFirstOrThrow();
  const prosecutor = await bodyOf("prosecutor");
  const cop1 = await bodyOf("cop1");
  const region = await db
    .selectFrom("territory")
    .select("code")
    .where("level", "=", "region")
    .orderBy("code")
    .offset(1)
    .limit(1)
    .executeTakeFirstOrThrow();
  const regionOfD1 = await sql<{ code: string }>`
    SELECT p.code FROM territory d JOIN territory p ON p.id = d.parent_id WHERE d.code = ${w.d1.code}`.execute(
    db,
  );
  const other = await makeBody(db, region.code, "prosecutor_office", "Other region prosecutor");
  const city = await makeBody(db, regionOfD1.rows[0]!.code, "prosecutor_office", "Transport prosecutor");
  const commission = await makeBody(db, w.d1.code, "minors_commission", "District 1 commission");
  await makeUser(db, { username: "prosecutor2", roles: ["prosecutor"], bodyId: other });
  await makeUser(db, { username: "prosecutor3", roles: ["prosecutor"], bodyId: city });
  const secretary = await makeUser(db, {
    username: "secretary",
    roles: ["minors_commission_secretary"],
    bodyId: commission,
  });
  const police1Head = await makeUser(db, { username: "head1", roles: ["police_head"], bodyId: cop1.body_id });
  return {
    ...w,
    bodies: { region: prosecutor.body_id, other, city, commission, police1: cop1.body_id },
    hoAs: {
      otherProsecutor: await login(w.t.app, "prosecutor2"),
      cityProsecutor: await login(w.t.app, "prosecutor3"),
      secretary: await login(w.t.app, "secretary"),
      police1Head: await login(w.t.app, "head1"),
    },
    ids: { cop1: cop1.id, prosecutor: prosecutor.id, police1Head, secretary },
  };
}

/** An official warning issued by cop1 `hoursAgo` hours ago, and the copy to the prosecutor recorded now. */
export async function warningCopied(
  w: HandoffsWorld,
  hoursAgo = 1,
): Promise<{ measure: Measure; handoffId: string }> {
  const personId = await newPerson(w, w.as.cop1);
  const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - hoursAgo * HOUR)));
  const measure = await addFact(w, w.as.cop1, m, {
    type: "prosecutor_notified",
    at: new Date().toISOString(),
  });
  const h = await w.t.db
    .selectFrom("handoff")
    .select("id")
    .where("record_id", "=", m.id)
    .executeTakeFirstOrThrow();
  return { measure, handoffId: h.id };
}

export async function call(
  w: HandoffsWorld,
  who: LoggedIn,
  method: "GET" | "POST",
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method,
    url,
    headers: { ...who.headers, ...headers },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export async function act(
  w: HandoffsWorld,
  who: LoggedIn,
  id: string,
  what: "receive" | "accept" | "decline" | "answer",
  payload: unknown = {},
): Promise<LightMyRequestResponse> {
  return call(w, who, "POST", `/api/v1/handoffs/${id}/${what}`, payload);
}

export function detail(res: LightMyRequestResponse): HandoffDetail {
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as HandoffDetail;
}

export function page(res: LightMyRequestResponse): HandoffPage {
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as HandoffPage;
}

export function codeOf(res: LightMyRequestResponse): string {
  return (res.json() as { error: { code: string } }).error.code;
}

/** Rows of the hand-off tables and the audit, to show a refusal wrote nothing. */
export async function tableCounts(w: HandoffsWorld): Promise<Record<string, number>> {
  const r = await sql<{ h: number; f: number; o: number; a: number }>`
    SELECT (SELECT count(*) FROM handoff)::int AS h, (SELECT count(*) FROM handoff_fact)::int AS f,
           (SELECT count(*) FROM handoff_notice_outbox)::int AS o,
           (SELECT count(*) FROM audit_log WHERE action LIKE 'handoff.%' AND action <> 'handoff.read')::int AS a`.execute(
    w.t.db,
  );
  return r.rows[0]!;
}
