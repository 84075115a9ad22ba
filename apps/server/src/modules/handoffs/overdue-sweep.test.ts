import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NotificationList } from "@aldyn/contract";
import type { z } from "zod";
import {
  act,
  call,
  detail,
  handoffsWorld,
  page,
  warningCopied,
  type HandoffsWorld,
} from "./handoffs.fixture.ts";
import { sweepOverdueHandoffs } from "./overdue-sweep.ts";

let w: HandoffsWorld;
beforeAll(async () => {
  w = await handoffsWorld();
});
afterAll(async () => w.close());

async function noticesOf(userId: string, handoffId: string) {
  return w.t.db
    .selectFrom("notification")
    .select(["kind", "record_type", "code", "article"])
    .where("user_id", "=", userId)
    .where("record_id", "=", handoffId)
    .execute();
}

describe("hand-offs not acknowledged by their clock (001 Art. 51(3): 24 hours)", () => {
  it("come first in the receiver's inbox and the sender's outbox, counted as overdue; acknowledged, they are not and go after those to acknowledge", async () => {
    // Issued 30 hours ago, copied now: the 24 hours ran out 6 hours ago.
    const late = await warningCopied(w, 30);
    const onTime = await warningCopied(w, 1);
    const later = await warningCopied(w, 2);
    const inbox = page(await call(w, w.as.prosecutor, "GET", "/api/v1/handoffs/inbox"));
    expect(inbox.items[0]).toMatchObject({ id: late.handoffId, overdue: true });
    expect(inbox.items.slice(1).map((i) => i.id)).toEqual([later.handoffId, onTime.handoffId]);
    expect(inbox.counts).toMatchObject({ sent: 3, overdue: 1 });
    expect(inbox.total).toBe(3);
    const overdueOnly = page(await call(w, w.as.prosecutor, "GET", "/api/v1/handoffs/inbox?overdue=true"));
    expect(overdueOnly.items.map((i) => i.id)).toEqual([late.handoffId]);
    expect(overdueOnly.total).toBe(1);
    // Paging crosses from the overdue part to the rest in order.
    const second = page(await call(w, w.as.prosecutor, "GET", "/api/v1/handoffs/inbox?pageSize=1&page=2"));
    expect(second.items.map((i) => i.id)).toEqual([later.handoffId]);
    const outbox = page(await call(w, w.as.cop1, "GET", "/api/v1/handoffs/outbox"));
    expect(outbox.items[0]).toMatchObject({ id: late.handoffId, overdue: true });

    detail(await act(w, w.as.prosecutor, late.handoffId, "receive"));
    const after = page(await call(w, w.as.prosecutor, "GET", "/api/v1/handoffs/inbox"));
    expect(after.counts).toMatchObject({ sent: 2, received: 1, overdue: 0 });
    expect(after.items.every((i) => !i.overdue)).toBe(true);
    // Those still to acknowledge come before those in work, whatever their due instants.
    expect(after.items.map((i) => i.id)).toEqual([later.handoffId, onTime.handoffId, late.handoffId]);
    const received = page(await call(w, w.as.prosecutor, "GET", "/api/v1/handoffs/inbox?state=received"));
    expect(received.items.map((i) => i.id)).toEqual([late.handoffId]);
  });

  it("the sweep tells the receiving body's heads and the sender once per hand-off, however often it runs", async () => {
    const { handoffId } = await warningCopied(w, 30);
    const first = await sweepOverdueHandoffs(w.t.db, new Date());
    expect(first.handoffs).toBeGreaterThanOrEqual(1);
    const expected = [
      {
        kind: "handoff_overdue",
        record_type: "handoff",
        code: "official_warning.prosecutor_copy",
        article: "001 Art. 51(3)",
      },
    ];
    // The prosecutor's office's prosecutor and the police inspector who sent it.
    expect(await noticesOf(w.ids.prosecutor, handoffId)).toEqual(expected);
    expect(await noticesOf(w.ids.cop1, handoffId)).toEqual(expected);
    // The sender's head is not the receiver's head.
    expect(await noticesOf(w.ids.police1Head, handoffId)).toEqual([]);
    const outbox = await w.t.db
      .selectFrom("notification_outbox as o")
      .innerJoin("notification as n", "n.id", "o.notification_id")
      .select("o.channel")
      .where("n.record_id", "=", handoffId)
      .execute();
    expect(outbox).toHaveLength(2);

    const again = await sweepOverdueHandoffs(w.t.db, new Date());
    expect(again).toEqual({ handoffs: 0, notices: 0 });
    expect(await noticesOf(w.ids.prosecutor, handoffId)).toHaveLength(1);
    // The reminders list shows it to the prosecutor (the contract knows the kind).
    const list = (await call(w, w.as.prosecutor, "GET", "/api/v1/notifications")).json() as z.infer<
      typeof NotificationList
    >;
    expect(list.items.find((n) => n.recordId === handoffId)).toMatchObject({
      kind: "handoff_overdue",
      recordType: "handoff",
    });
  });

  it("an acknowledged hand-off, or one not yet due, is never escalated", async () => {
    const acknowledged = await warningCopied(w, 30);
    detail(await act(w, w.as.prosecutor, acknowledged.handoffId, "receive"));
    const fresh = await warningCopied(w, 1);
    await sweepOverdueHandoffs(w.t.db, new Date());
    expect(await noticesOf(w.ids.prosecutor, acknowledged.handoffId)).toEqual([]);
    expect(await noticesOf(w.ids.prosecutor, fresh.handoffId)).toEqual([]);
  });
});
