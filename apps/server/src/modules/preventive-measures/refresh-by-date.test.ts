import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeasureList } from "@aldyn/contract";
import { loadConfig } from "../../config.ts";
import {
  addFact,
  DAY,
  getJson,
  issue,
  measuresWorld,
  newPerson,
  warningBody,
  type MeasuresWorld,
} from "./measures.fixture.ts";
import { measureDeps } from "./measure-deps.ts";
import { refreshMeasuresByDate } from "./refresh-by-date.ts";

let w: MeasuresWorld;
beforeAll(async () => {
  w = await measuresWorld();
});
afterAll(async () => w.close());

const stored = async (id: string) =>
  (await w.t.db.selectFrom("measure").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;

describe("measures whose term ran out by date alone (001 Art. 51(5): 30 days from service)", () => {
  it("lists show them expired before the job runs; the job stores it once, audited", async () => {
    const personId = await newPerson(w, w.as.cop1);
    const servedAt = new Date(Date.now() - 40 * DAY);
    const old = await issue(w, w.as.cop1, warningBody(personId, new Date(servedAt.getTime() - DAY)));
    await addFact(w, w.as.cop1, old, { type: "served", at: servedAt.toISOString(), channel: "in_person" });
    const running = await issue(w, w.as.cop1, warningBody(await newPerson(w, w.as.cop1), new Date()));
    // Recorded today, the service already derives "expired"; store what a projection made while the
    // term ran would have left, as nights without the job leave it.
    await w.t.db.updateTable("measure").set({ status: "active" }).where("id", "=", old.id).execute();

    const list = (await getJson(w, w.as.cop1, `/api/v1/persons/${personId}/measures`)).json() as MeasureList;
    expect(list.items.find((m) => m.id === old.id)?.status).toBe("expired");

    const deps = measureDeps({ db: w.t.db, config: loadConfig({ DEMO: "false" }) });
    expect(await refreshMeasuresByDate(deps)).toBe(1);
    expect(await stored(old.id)).toBe("expired");
    expect(await refreshMeasuresByDate(deps)).toBe(0);
    const audit = await w.t.db
      .selectFrom("audit_log")
      .select("action")
      .where("record_id", "=", old.id)
      .where("action", "=", "measure.expired")
      .execute();
    expect(audit).toHaveLength(1);

    // A month later the warning issued today has run out too.
    const later = measureDeps({
      db: w.t.db,
      config: loadConfig({ DEMO: "false" }),
      now: () => new Date(Date.now() + 32 * DAY),
    });
    expect(await stored(running.id)).toBe("issued"); // not served: it waits, and does not expire
    const served = await addFact(w, w.as.cop1, running, {
      type: "served",
      at: new Date().toISOString(),
      channel: "in_person",
    });
    expect(served.status).toBe("active");
    expect(await refreshMeasuresByDate(later)).toBe(1);
    expect(await stored(running.id)).toBe("expired");
  });
});
