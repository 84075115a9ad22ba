import type { LightMyRequestResponse } from "fastify";
import { addCalendarDays, legalDateOf, type LegalDate } from "@aldyn/law";
import type { CommissionMeeting } from "@aldyn/contract";
import { login, makeBody, makeUser, type LoggedIn } from "../../test/app.ts";
import { newPerson } from "../preventive-measures/measures.fixture.ts";
import { personsWorld, type PersonsWorld } from "../persons/persons.fixture.ts";

/**
 * The persons world plus the district commission on minors' affairs of district 1 (001 Art. 79(3)):
 * its chair (a deputy akim, linked to the user `chair`), a deputy chair, two members (one linked to
 * the user `member`), a member whose term ended last month, and its secretary (the user `secretary`,
 * 79(4)); the commission of district 2 with its secretary; the district's police and school (bodies
 * duties are given to); a minor and the minor's mother; two ready cases (one urgent).
 */
export interface MeetingsWorld extends PersonsWorld {
  readonly mc: Record<"secretary" | "chair" | "member" | "secretary2", LoggedIn>;
  readonly commission: string;
  readonly commission2: string;
  readonly bodies: { police: string; school: string };
  readonly members: Record<
    "chair" | "deputy" | "member" | "member2" | "ended" | "secretary" | "other",
    string
  >;
  readonly minor: string;
  readonly mother: string;
  newCase(opts?: { urgent?: boolean; state?: "ready" | "gathering"; readyAt?: Date }): Promise<string>;
}

export const today = (): LegalDate => legalDateOf(new Date());
export const inDays = (n: number): LegalDate => addCalendarDays(today(), n);

let caseSerial = 1;

export async function meetingsWorld(): Promise<MeetingsWorld> {
  const w = await personsWorld();
  const db = w.t.db;
  const commission = await makeBody(db, w.d1.code, "minors_commission", "District 1 commission on minors");
  const commission2 = await makeBody(db, w.d2.code, "minors_commission", "District 2 commission on minors");
  const police = await makeBody(db, w.d1.code, "police_unit", "District 1 juvenile police");
  const school = await makeBody(db, w.d1.code, "school", "School No. 1");
  for (const body_id of [commission, commission2])
    await db
      .insertInto("minors_commission")
      .values({
        body_id,
        level: "district",
        established_on: "2025-01-15",
        established_by: "Akimat resolution 12",
      })
      .execute();
  const secretaryId = await makeUser(db, {
    username: "secretary",
    roles: ["minors_commission_secretary"],
    bodyId: commission,
  });
  const chairId = await makeUser(db, {
    username: "chair",
    roles: ["minors_commission_member"],
    bodyId: commission,
  });
  const memberId = await makeUser(db, {
    username: "member",
    roles: ["minors_commission_member"],
    bodyId: commission,
  });
  await makeUser(db, { username: "secretary2", roles: ["minors_commission_secretary"], bodyId: commission2 });
  const member = async (
    commission_body_id: string,
    role: "chair" | "deputy_chair" | "member" | "secretary",
    full_name: string,
    extra: { user_id?: string; ended_on?: string; represents?: string } = {},
  ) => {
    const r = await db
      .insertInto("commission_member")
      .values({
        commission_body_id,
        user_id: extra.user_id ?? null,
        full_name,
        position: role === "chair" ? "Deputy akim of the district" : "Specialist",
        role,
        represents: extra.represents ?? (role === "chair" ? "akimat" : "education"),
        chair_is_deputy_akim: role === "chair",
        since: "2025-01-15",
        ended_on: extra.ended_on ?? null,
        ended_reason: extra.ended_on ? "Moved to another post" : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return r.id;
  };
  const members = {
    chair: await member(commission, "chair", "Серікбаев Асқар", { user_id: chairId }),
    deputy: await member(commission, "deputy_chair", "Омарова Гүлнар", { represents: "internal_affairs" }),
    member: await member(commission, "member", "Жақсылықов Ерлан", {
      user_id: memberId,
      represents: "healthcare",
    }),
    member2: await member(commission, "member", "Ахметова Дана", { represents: "guardianship" }),
    ended: await member(commission, "member", "Бекова Алия", { ended_on: addCalendarDays(today(), -30) }),
    secretary: await member(commission, "secretary", "Нұрланова Айгерім", { user_id: secretaryId }),
    other: await member(commission2, "member", "Other District Member"),
  };
  const minor = await newPerson(w, w.as.cop1, { born: addCalendarDays(today(), -14 * 365) });
  const mother = await newPerson(w, w.as.cop1);
  const t = await db
    .selectFrom("territory")
    .select(["id", "path"])
    .where("id", "=", w.d1.id)
    .executeTakeFirstOrThrow();
  const newCase: MeetingsWorld["newCase"] = async (opts = {}) => {
    // One open case per minor and subject: each new case is about a fresh minor unless it is the first.
    const who =
      caseSerial === 1
        ? minor
        : await newPerson(w, w.as.cop1, { born: addCalendarDays(today(), -5000 - caseSerial) });
    const c = await db
      .insertInto("minors_case")
      .values({
        commission_body_id: commission,
        territory_id: t.id,
        territory_path: t.path,
        number: `2026-${String(caseSerial++).padStart(3, "0")}`,
        subject: "minor",
        minor_person_id: who,
        summary: "Refusal of pedagogical support referred by the school",
        source: "school_refusal",
        state: opts.state ?? "ready",
        urgent: opts.urgent ?? false,
        opened_on: addCalendarDays(today(), -10),
        opened_by: secretaryId,
        ready_at: (opts.state ?? "ready") === "ready" ? (opts.readyAt ?? new Date()) : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("minors_case_person")
      .values([
        { case_id: c.id, person_id: who, role: "minor" },
        { case_id: c.id, person_id: mother, role: "legal_representative" },
      ])
      .execute();
    return c.id;
  };
  return {
    ...w,
    mc: {
      secretary: await login(w.t.app, "secretary"),
      chair: await login(w.t.app, "chair"),
      member: await login(w.t.app, "member"),
      secretary2: await login(w.t.app, "secretary2"),
    },
    commission,
    commission2,
    bodies: { police, school },
    members,
    minor,
    mother,
    newCase,
  };
}

export async function send(
  w: PersonsWorld,
  who: LoggedIn,
  method: "GET" | "POST" | "PUT" | "DELETE",
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return w.t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: who.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

export function ok<T>(res: LightMyRequestResponse, status = 200): T {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

/** A meeting planned now (so its day is today and attendance may be recorded). */
export async function planMeeting(w: MeetingsWorld, at = new Date()): Promise<CommissionMeeting> {
  const { id } = ok<{ id: string }>(
    await send(w, w.mc.secretary, "POST", "/commission-meetings", {
      scheduledAt: at.toISOString(),
      place: "Akimat, room 204",
    }),
    201,
  );
  return ok<CommissionMeeting>(await send(w, w.mc.secretary, "GET", `/commission-meetings/${id}`));
}

/** Invites the minor and the mother to the item, both delivered yesterday. */
export async function inviteBoth(w: MeetingsWorld, m: CommissionMeeting, itemId: string, minor = w.minor) {
  let cur = m;
  for (const [personId, role] of [
    [minor, "minor"],
    [w.mother, "legal_representative"],
  ] as const) {
    cur = ok<CommissionMeeting>(
      await send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/invitations`, {
        itemId,
        personId,
        role,
        channel: "hand",
        sentOn: inDays(-2),
      }),
      201,
    );
    const inv = cur.items
      .flatMap((i) => i.invitations)
      .find((x) => x.person.id === personId && x.itemId === itemId)!;
    cur = ok<CommissionMeeting>(
      await send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/invitations/${inv.id}/delivered`, {
        deliveredOn: inDays(-1),
      }),
      201,
    );
  }
  return cur;
}

/** Attendance: the chair, the deputy and the linked member present; the other member absent. */
export async function attend(
  w: MeetingsWorld,
  m: CommissionMeeting,
  present = ["chair", "deputy", "member"],
) {
  const ids = (["chair", "deputy", "member", "member2"] as const).map((k) => ({
    memberId: w.members[k],
    present: present.includes(k),
    ...(present.includes(k) ? {} : { absenceReason: "On leave" }),
  }));
  return send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/attendance`, { members: ids });
}

/** Rows of the tables a decision touches, to prove a refusal wrote nothing. */
export async function counts(w: MeetingsWorld): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of [
    "meeting_vote",
    "meeting_heard",
    "decision_duty",
    "handoff",
    "minors_case_event",
  ] as const) {
    const r = await w.t.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  const d = await w.t.db
    .selectFrom("meeting_item")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("decision", "is not", null)
    .executeTakeFirstOrThrow();
  out.decided_items = Number(d.n);
  return out;
}
