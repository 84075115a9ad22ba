import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CommissionMeeting } from "@aldyn/contract";
import type { ErrorJson } from "../persons/persons.fixture.ts";
import {
  attend,
  counts,
  inDays,
  inviteBoth,
  meetingsWorld,
  ok,
  planMeeting,
  send,
  type MeetingsWorld,
} from "./meetings.fixture.ts";

let w: MeetingsWorld;
let m: CommissionMeeting;
let caseId: string;
let postponedMeeting: string;
let postponedCase: string;
beforeAll(async () => {
  w = await meetingsWorld();
  caseId = await w.newCase();
  m = await planMeeting(w);
}, 90_000);
afterAll(async () => w.close());

const itemOf = (mm: CommissionMeeting) => mm.items.find((i) => i.case?.id === caseId)!;
const decide = (who = w.mc.secretary, over: Record<string, unknown> = {}) =>
  send(w, who, "POST", `/commission-meetings/${m.id}/items/${itemOf(m).id}/decision`, {
    decision: "recommend_pedagogical_support",
    text: "The school gives pedagogical support; the family support centre counsels the parents.",
    votes: [
      { memberId: w.members.chair, vote: "for" },
      { memberId: w.members.deputy, vote: "for" },
      { memberId: w.members.member, vote: "against" },
    ],
    heard: [{ personId: w.mother, summary: "The mother agrees to the school's support." }],
    duties: [{ responsibleBodyId: w.bodies.school, what: "Assign pedagogical support", dueOn: inDays(14) }],
    ...over,
  });
const refusal = (res: { statusCode: number; json: () => unknown }) => {
  expect(res.statusCode).toBe(422);
  return (res.json() as ErrorJson).error;
};

describe("a decision the law refuses writes nothing (001 Art. 79(6)(9), 79(7))", () => {
  it("before the attendance is recorded the meeting is not held: 409 meeting.not_held", async () => {
    const res = await decide();
    expect(res.statusCode).toBe(409);
    expect((res.json() as ErrorJson).error.code).toBe("meeting.not_held");
  });

  it("no quorum: two of four voting members present (three needed) — 422 with the field and the article", async () => {
    ok(await attend(w, m, ["chair", "member"]), 201);
    m = await inviteBoth(w, m, itemOf(m).id);
    const before = await counts(w);
    const e = refusal(await decide(w.mc.secretary, { votes: [{ memberId: w.members.chair, vote: "for" }] }));
    expect(e).toMatchObject({
      code: "minors_commission.no_quorum",
      field: "attendance",
      article: "001 Art. 79(7)",
    });
    expect(await counts(w)).toEqual(before);
  });

  it("the minor never invited, or invited without the delivery recorded — 422 minor_not_invited", async () => {
    ok(await attend(w, m), 201);
    const fresh = await w.newCase();
    const mm = ok<CommissionMeeting>(await send(w, w.mc.secretary, "GET", `/commission-meetings/${m.id}`));
    expect(mm.items.some((i) => i.case?.id === fresh)).toBe(false); // ready after the agenda was filled
    const other = (await planMeeting(w)).id;
    postponedMeeting = other;
    postponedCase = fresh;
    const o = ok<CommissionMeeting>(await send(w, w.mc.secretary, "GET", `/commission-meetings/${other}`));
    const item = o.items.find((i) => i.case?.id === fresh)!;
    ok(await attend(w, o), 201);
    const body = {
      decision: "no_measures",
      votes: [
        { memberId: w.members.chair, vote: "for" },
        { memberId: w.members.deputy, vote: "for" },
      ],
    };
    const before = await counts(w);
    const url = `/commission-meetings/${other}/items/${item.id}/decision`;
    let e = refusal(await send(w, w.mc.secretary, "POST", url, body));
    expect(e).toMatchObject({ code: "minors_commission.minor_not_invited", article: "001 Art. 79(6)(9)" });
    // Invited, the delivery not recorded: still refused.
    const minor = item.case!.minor.id;
    ok(
      await send(w, w.mc.secretary, "POST", `/commission-meetings/${other}/invitations`, {
        itemId: item.id,
        personId: minor,
        role: "minor",
        channel: "post",
        sentOn: inDays(-3),
      }),
      201,
    );
    e = refusal(await send(w, w.mc.secretary, "POST", url, body));
    expect(e.code).toBe("minors_commission.minor_not_invited");
    expect(await counts(w)).toEqual(before);
    // Postponing needs no invitation (system reading of 79(7)).
    ok(await send(w, w.mc.secretary, "POST", url, { ...body, decision: "postponed" }), 201);
  });

  it("a vote by a member of another commission, or by a member whose term ended before the day — 422 not_a_member", async () => {
    const before = await counts(w);
    for (const outsider of [w.members.other, w.members.ended]) {
      const e = refusal(
        await decide(w.mc.secretary, {
          votes: [
            { memberId: w.members.chair, vote: "for" },
            { memberId: w.members.deputy, vote: "for" },
            { memberId: outsider, vote: "for" },
          ],
        }),
      );
      expect(e).toMatchObject({
        code: "minors_commission.not_a_member",
        field: "votes",
        article: "001 Art. 79(7)",
      });
    }
    expect(await counts(w)).toEqual(before);
  });

  it("a duty given to a body that takes no such duty is refused with the ground's article", async () => {
    const e = refusal(
      await decide(w.mc.secretary, {
        duties: [{ responsibleBodyId: w.commission2, what: "Consider", dueOn: inDays(5) }],
      }),
    );
    expect(e).toMatchObject({ code: "handoff.receiver_not_competent", field: "duties.0.responsibleBodyId" });
  });

  it("only the secretary records decisions; a member is refused", async () => {
    const res = await decide(w.mc.member);
    expect(res.statusCode).toBe(403);
    expect((res.json() as ErrorJson).error.code).toBe("meeting.not_secretary");
  });
});

describe("the decision, the members' votes and the signed protocol (001 Art. 79(4))", () => {
  it("records the decision with its article; the case waits for the protocol's signatures", async () => {
    m = ok<CommissionMeeting>(await decide(), 201);
    const it0 = itemOf(m);
    expect(it0.decision).toMatchObject({
      code: "recommend_pedagogical_support",
      article: "001 Art. 79(6)(1)",
      adopted: true,
    });
    expect(it0.heard[0]!.who).toContain("Сейтқали");
    expect(it0.invitations.every((i) => i.deliveredOn !== null)).toBe(true);
    expect(it0.case!.state).toBe("scheduled");
    expect(m.quorum).toMatchObject({ votingMembers: 4, present: 3, needed: 3, quorate: true });
  });

  it("a member present changes its own vote and gives a dissenting opinion; an absent one may not vote", async () => {
    const url = `/commission-meetings/${m.id}/items/${itemOf(m).id}`;
    m = ok<CommissionMeeting>(await send(w, w.mc.member, "POST", `${url}/vote`, { vote: "abstain" }), 201);
    m = ok<CommissionMeeting>(
      await send(w, w.mc.member, "POST", `${url}/dissent`, { text: "Counselling should come first." }),
      201,
    );
    expect(itemOf(m).votes).toContainEqual({ memberId: w.members.member, vote: "abstain" });
    expect(itemOf(m).dissents[0]).toMatchObject({
      memberId: w.members.member,
      text: "Counselling should come first.",
    });
    const res = await send(w, w.mc.secretary2, "POST", `${url}/vote`, { vote: "for" });
    expect(res.statusCode).toBe(403);
  });

  it("signing: a member is not the chair (403); a held meeting's agenda is closed (409); every item needs a decision (422)", async () => {
    const res = await send(w, w.mc.member, "POST", `/commission-meetings/${m.id}/sign`, { as: "chair" });
    expect(res.statusCode).toBe(403);
    expect((res.json() as ErrorJson).error.code).toBe("meeting.not_chair");
    const add = await send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/items`, {
      kind: "report_heard",
      title: "Report of the head of the district police",
      reportingBodyId: w.bodies.police,
    });
    expect(add.statusCode).toBe(409);
    expect((add.json() as ErrorJson).error.code).toBe("meeting.already_held");
    await w.newCase();
    const third = await planMeeting(w);
    ok(await attend(w, third), 201);
    const e = await send(w, w.mc.secretary, "POST", `/commission-meetings/${third.id}/sign`, {
      as: "secretary",
    });
    expect(e.statusCode).toBe(422);
    expect((e.json() as ErrorJson).error).toMatchObject({
      code: "meeting.items_undecided",
      field: "items.1",
    });
  });

  it("with both signatures the case is decided and the duty is a hand-off to the school due at the end of its day; then nothing changes (409)", async () => {
    m = ok<CommissionMeeting>(
      await send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/sign`, { as: "secretary" }),
      201,
    );
    expect(m.protocol).toBe("partly_signed");
    expect(itemOf(m).case!.state).toBe("scheduled");
    // Any signature freezes the meeting.
    let res = await send(w, w.mc.member, "POST", `/commission-meetings/${m.id}/items/${itemOf(m).id}/vote`, {
      vote: "for",
    });
    expect(res.statusCode).toBe(409);
    m = ok<CommissionMeeting>(
      await send(w, w.mc.chair, "POST", `/commission-meetings/${m.id}/sign`, { as: "chair" }),
      201,
    );
    expect(m.protocol).toBe("signed");
    expect(itemOf(m).case!.state).toBe("decided");
    const duty = itemOf(m).duties[0]!;
    expect(duty.handoffId).not.toBeNull();
    const h = await w.t.db
      .selectFrom("handoff")
      .selectAll()
      .where("id", "=", duty.handoffId!)
      .executeTakeFirstOrThrow();
    expect(h).toMatchObject({
      ground: "minors_commission.decision_duty",
      record_type: "minors_case",
      record_id: caseId,
      receiver_body_id: w.bodies.school,
      sender_body_id: w.commission,
    });
    expect(new Date(h.due_at).toISOString()).toBe(new Date(`${inDays(14)}T23:59:59.999+05:00`).toISOString());
    res = await decide();
    expect(res.statusCode).toBe(409);
    expect((res.json() as ErrorJson).error.code).toBe("meeting.protocol_signed");
    res = await send(w, w.mc.secretary, "POST", `/commission-meetings/${m.id}/sign`, { as: "secretary" });
    expect(res.statusCode).toBe(409);
  });
});

describe("a postponed case returns to the agenda of the next meeting (system reading of 001 Art. 79(7))", () => {
  it("signed, the postponed case goes onto the next planned meeting's agenda", async () => {
    const next = await planMeeting(w, new Date(Date.now() + 7 * 86_400_000));
    expect(next.items.some((i) => i.case?.id === postponedCase)).toBe(false);
    ok(
      await send(w, w.mc.secretary, "POST", `/commission-meetings/${postponedMeeting}/sign`, {
        as: "secretary",
      }),
      201,
    );
    ok(
      await send(w, w.mc.chair, "POST", `/commission-meetings/${postponedMeeting}/sign`, { as: "chair" }),
      201,
    );
    const after = ok<CommissionMeeting>(
      await send(w, w.mc.secretary, "GET", `/commission-meetings/${next.id}`),
    );
    const item = after.items.find((i) => i.case?.id === postponedCase);
    expect(item?.case?.state).toBe("scheduled");
    const events = await w.t.db
      .selectFrom("minors_case_event")
      .select("type")
      .where("case_id", "=", postponedCase)
      .orderBy("seq")
      .execute();
    expect(events.map((e) => e.type)).toEqual(["scheduled", "returned", "scheduled"]);
  });

  it("the home summary names the next meeting and the protocols awaiting a signature", async () => {
    const s = ok<{ nextMeeting: { label: string } | null; toSign: { awaiting: string[] }[] }>(
      await send(w, w.mc.secretary, "GET", "/commission-meetings/summary"),
    );
    expect(s.nextMeeting).not.toBeNull();
    expect(s.toSign.length).toBeGreaterThan(0);
  });
});

describe("signing checks every decision again with the votes as they are then (system reading of 001 Art. 79(7))", () => {
  it("a member who turns its vote against leaves the decision without a majority: the signature is refused with the item", async () => {
    const c = await w.newCase();
    let mm = await planMeeting(w);
    const item = mm.items.find((i) => i.case?.id === c)!;
    mm = await inviteBoth(w, mm, item.id, item.case!.minor.id);
    ok(await attend(w, mm), 201);
    ok(
      await send(w, w.mc.secretary, "POST", `/commission-meetings/${mm.id}/items/${item.id}/decision`, {
        decision: "no_measures",
        votes: [
          { memberId: w.members.chair, vote: "for" },
          { memberId: w.members.deputy, vote: "against" },
          { memberId: w.members.member, vote: "for" },
        ],
      }),
      201,
    );
    ok(
      await send(w, w.mc.member, "POST", `/commission-meetings/${mm.id}/items/${item.id}/vote`, {
        vote: "against",
      }),
      201,
    );
    const res = await send(w, w.mc.secretary, "POST", `/commission-meetings/${mm.id}/sign`, {
      as: "secretary",
    });
    expect(res.statusCode).toBe(422);
    expect((res.json() as ErrorJson).error).toMatchObject({
      code: "minors_commission.not_adopted",
      field: "items.1.votes",
      article: "001 Art. 79(7)",
    });
    const after = ok<CommissionMeeting>(
      await send(w, w.mc.secretary, "GET", `/commission-meetings/${mm.id}`),
    );
    expect(after.protocol).toBe("unsigned");
    expect(after.items[0]!.decision!.adopted).toBe(false);
  });
});
