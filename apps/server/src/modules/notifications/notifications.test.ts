import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendReminders } from "./send-reminders.ts";
import {
  DAY,
  HOUR,
  addFact,
  getJson,
  issue,
  measuresWorld,
  newPerson,
  postJson,
  warningBody,
  type MeasuresWorld,
} from "../preventive-measures/measures.fixture.ts";

let w: MeasuresWorld;

beforeAll(async () => {
  w = await measuresWorld();
});
afterAll(async () => w.close());

interface List {
  items: {
    id: string;
    kind: string;
    code: string;
    article: string | null;
    recordId: string;
    read: boolean;
  }[];
  unread: number;
}

describe("reminders: in-app notifications and the outbox (issue 4 item 4)", () => {
  it("reminds the issuing inspector of the prosecutor's copy (001 Art. 51) and of a due check, once, with an outbox row each", async () => {
    const personId = await newPerson(w, w.as.cop1);
    // Issued 20 days ago and never sent to the prosecutor: the 24-hour duty is overdue.
    const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 20 * DAY)));
    // Served the same day: the next check (at most 14 days apart, 001 Art. 51(6)) is overdue too.
    await addFact(w, w.as.cop1, m, {
      type: "served",
      channel: "in_person",
      at: new Date(Date.now() - 20 * DAY + HOUR).toISOString(),
    } as never);
    const made = await sendReminders(w.t.db, new Date());
    expect(made).toBeGreaterThanOrEqual(1);
    const again = await sendReminders(w.t.db, new Date());
    expect(again).toBe(0); // idempotent

    const list = (await getJson(w, w.as.cop1, "/api/v1/notifications")).json() as List;
    const duty = list.items.find((n) => n.recordId === m.id && n.kind === "duty_overdue");
    expect(list.items.some((n) => n.recordId === m.id && n.kind === "check_overdue")).toBe(true);
    expect(duty?.article).toMatch(/^001 Art\. 51/);
    expect(list.items.some((n) => n.recordId === m.id && n.kind === "check_overdue")).toBe(true);
    expect(list.unread).toBe(list.items.length);
    const outbox = await w.t.db.selectFrom("notification_outbox").selectAll().execute();
    expect(outbox.length).toBe(list.items.length);
    expect(outbox.every((o) => o.status === "pending" && o.channel === "sms")).toBe(true);

    // Another inspector sees none of them.
    const other = (await getJson(w, w.as.cop2, "/api/v1/notifications")).json() as List;
    expect(other.items.filter((n) => n.recordId === m.id)).toHaveLength(0);
    const foreign = await postJson(w, w.as.cop2, `/api/v1/notifications/${duty!.id}/read`, {});
    expect(foreign.statusCode).toBe(404);

    expect((await postJson(w, w.as.cop1, `/api/v1/notifications/${duty!.id}/read`, {})).statusCode).toBe(204);
    const after = (await getJson(w, w.as.cop1, "/api/v1/notifications?unread=true")).json() as List;
    expect(after.items.find((n) => n.id === duty!.id)).toBeUndefined();
    expect((await postJson(w, w.as.cop1, "/api/v1/notifications/read-all", {})).statusCode).toBe(204);
    expect(((await getJson(w, w.as.cop1, "/api/v1/notifications")).json() as List).unread).toBe(0);
  });

  it("a duty already performed is not reminded", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const m = await issue(w, w.as.cop1, warningBody(personId, new Date(Date.now() - 2 * HOUR)));
    await addFact(w, w.as.cop1, m, {
      type: "prosecutor_notified",
      at: new Date(Date.now() - HOUR).toISOString(),
    } as never);
    await sendReminders(w.t.db, new Date());
    const list = (await getJson(w, w.as.cop1, "/api/v1/notifications")).json() as List;
    expect(list.items.filter((n) => n.recordId === m.id && n.code.includes("prosecutor"))).toHaveLength(0);
  });
});
