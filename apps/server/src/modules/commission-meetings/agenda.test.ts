import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommissionMeeting, MeetingPage } from "@aldyn/contract";
import { login, makeBody, makeUser } from "../../test/app.ts";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import {
  attend,
  inDays,
  meetingsWorld,
  ok,
  planMeeting,
  send,
  type MeetingsWorld,
} from "./meetings.fixture.ts";

let w: MeetingsWorld;
const cases: Record<"old" | "urgent" | "recent" | "gathering", string> = {} as never;
let m: CommissionMeeting;
beforeAll(async () => {
  w = await meetingsWorld();
  cases.old = await w.newCase({ readyAt: new Date(Date.now() - 5 * 86_400_000) });
  cases.recent = await w.newCase({ readyAt: new Date(Date.now() - 86_400_000) });
  cases.urgent = await w.newCase({ urgent: true });
  cases.gathering = await w.newCase({ state: "gathering" });
  m = await planMeeting(w, new Date(Date.now() + 2 * 86_400_000));
}, 90_000);
afterAll(async () => w.close());

const caseOrder = (mm: CommissionMeeting) => mm.items.map((i) => i.case?.id ?? i.kind);

describe("the agenda fills itself from ready cases; the secretary orders it (system reading of 001 Art. 79(7))", () => {
  it("urgent first, then the longest ready; a case still gathering materials stays off; the cases are scheduled", async () => {
    expect(m.label).toMatch(/^1\/\d{4}$/);
    expect(caseOrder(m)).toEqual([cases.urgent, cases.old, cases.recent]);
    expect(m.items.every((i) => i.case!.state === "scheduled")).toBe(true);
    const second = await planMeeting(w, new Date(Date.now() + 9 * 86_400_000));
    expect(second.label).toMatch(/^2\/\d{4}$/);
    expect(second.items).toEqual([]);
  });

  it("orders the agenda; every item once, by the secretary only", async () => {
    const ids = m.items.map((i) => i.id);
    const url = `/commission-meetings/${m.id}/agenda`;
    let res = await send(w, w.mc.secretary, "PUT", url, { itemIds: ids.slice(1) });
    expect(res.statusCode).toBe(400);
    expect((res.json() as ErrorJson).error.field).toBe("itemIds");
    res = await send(w, w.mc.member, "PUT", url, { itemIds: [...ids].reverse() });
    expect(res.statusCode).toBe(403);
    expect((res.json() as ErrorJson).error.code).toBe("meeting.not_secretary");
    m = ok<CommissionMeeting>(await send(w, w.mc.secretary, "PUT", url, { itemIds: [...ids].reverse() }));
    expect(caseOrder(m)).toEqual([cases.recent, cases.old, cases.urgent]);
  });

  it("adds a report of the head of a body (001 Art. 79(6)(7)); a case not ready is refused; a case taken off is ready again", async () => {
    m = ok<CommissionMeeting>(
      await send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/items`, {
        kind: "report_heard",
        title: "Report of the head of the district police on juvenile infractions",
        reportingBodyId: w.bodies.police,
      }),
      201,
    );
    expect(m.items.at(-1)).toMatchObject({
      kind: "report_heard",
      seq: 4,
      reportingBody: { id: w.bodies.police },
    });
    const res = await send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/items`, {
      kind: "case",
      caseId: cases.gathering,
      title: "x",
    });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({
      code: "meeting.case_not_ready",
      field: "caseId",
    });
    const item = m.items.find((i) => i.case?.id === cases.old)!;
    m = ok<CommissionMeeting>(
      await send(w, w.mc.secretary, "DELETE", `/commission-meetings/${m.id}/items/${item.id}`),
    );
    expect(m.items.map((i) => i.seq)).toEqual([1, 2, 3]);
    const c = await w.t.db
      .selectFrom("minors_case")
      .select("state")
      .where("id", "=", cases.old)
      .executeTakeFirstOrThrow();
    expect(c.state).toBe("ready");
  });

  it("an invitation names a person on the case in that role (001 Art. 79(6)(9))", async () => {
    const item = m.items.find((i) => i.case?.id === cases.urgent)!;
    const res = await send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/invitations`, {
      itemId: item.id,
      personId: w.mother,
      role: "minor",
      channel: "post",
      sentOn: inDays(0),
    });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({
      code: "meeting.person_not_in_case",
      field: "personId",
    });
  });

  it("the attendance is recorded on the meeting day, not before (422 meeting.before_day)", async () => {
    const res = await attend(w, m);
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error.code).toBe("meeting.before_day");
  });
});

describe("who reads a commission's meetings (001 Arts. 79(4), 79(6)(4))", () => {
  it("another district's secretary neither lists nor reads them", async () => {
    const list = ok<MeetingPage>(await send(w, w.mc.secretary2, "GET", "/commission-meetings"));
    expect(list.items).toEqual([]);
    const res = await send(w, w.mc.secretary2, "GET", `/commission-meetings/${m.id}`);
    expect(res.statusCode).toBe(403);
  });

  it("a member reads the agenda with the minors' names; the region's commission above reads it and may not change it", async () => {
    const mine = ok<CommissionMeeting>(await send(w, w.mc.member, "GET", `/commission-meetings/${m.id}`));
    expect(mine.items[0]!.case!.minor.fullName).toContain("Сейтқали");
    expect(mine.me).toMatchObject({ secretary: false, chair: false, memberId: w.members.member });
    const db = w.t.db;
    const region = await db
      .selectFrom("territory")
      .select("code")
      .where("level", "=", "region")
      .orderBy("code")
      .executeTakeFirstOrThrow();
    const regional = await makeBody(db, region.code, "minors_commission", "Region commission on minors");
    await db
      .insertInto("minors_commission")
      .values({
        body_id: regional,
        level: "region",
        established_on: "2025-01-10",
        established_by: "Akimat resolution 1",
      })
      .execute();
    await db
      .updateTable("minors_commission")
      .set({ parent_body_id: regional })
      .where("body_id", "=", w.commission)
      .execute();
    await makeUser(db, { username: "regionsec", roles: ["minors_commission_secretary"], bodyId: regional });
    const rs = await login(w.t.app, "regionsec");
    const list = ok<MeetingPage>(await send(w, rs, "GET", "/commission-meetings"));
    expect(list.items.map((i) => i.id)).toContain(m.id);
    ok(await send(w, rs, "GET", `/commission-meetings/${m.id}`));
    const res = await send(w, rs, "PUT", `/commission-meetings/${m.id}/agenda`, {
      itemIds: m.items.map((i) => i.id),
    });
    expect(res.statusCode).toBe(403);
  });
});

describe("a retried request plans one meeting (Idempotency-Key)", () => {
  it("the same key twice answers the first meeting and writes no second", async () => {
    const body = {
      scheduledAt: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      place: "Akimat, room 204",
    };
    const post = () =>
      w.t.app.inject({
        method: "POST",
        url: "/api/v1/commission-meetings",
        headers: { ...w.mc.secretary.headers, "idempotency-key": "plan-meeting-retry-1" },
        payload: body,
      });
    const first = ok<{ id: string }>(await post(), 201);
    const again = ok<{ id: string }>(await post(), 201);
    expect(again.id).toBe(first.id);
    const n = await w.t.db
      .selectFrom("commission_meeting")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("scheduled_at", "=", new Date(body.scheduledAt))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });
});
