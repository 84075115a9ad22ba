import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { AuditPage, MeasureList, RegisterEntryList } from "@aldyn/contract";
import { createVia, personInput } from "../persons/persons.fixture.ts";
import {
  getJson,
  issue,
  measuresWorld,
  postJson,
  warningBody,
  type MeasuresWorld,
} from "./measures.fixture.ts";

let w: MeasuresWorld;
beforeAll(async () => {
  w = await measuresWorld();
});
afterAll(async () => w.close());

/** A record kept (with the IIN) and a duplicate entered without one, on which a warning was issued. */
async function mergedPair(born: string) {
  const kept = await createVia(w, w.as.cop1, personInput(w.d1.id, { born }));
  const dup = await createVia(w, w.as.cop1, {
    ...personInput(w.d1.id),
    iin: null,
    noIinReason: "identity_unestablished",
    citizenship: "XXX",
    birthDate: born,
    sex: "male",
  });
  const onDup = await issue(w, w.as.cop1, warningBody(dup.id, new Date()));
  const onKept = await issue(w, w.as.cop1, warningBody(kept.id, new Date()));
  const merge = await postJson(w, w.as.cop1, `/api/v1/persons/${kept.id}/merge`, {
    otherId: dup.id,
    version: kept.version,
  });
  expect(merge.statusCode).toBe(200);
  return { kept, dup, onDup, onKept };
}

describe("a merge keeps both histories (R1.1)", () => {
  it("the kept record lists the measures and register entries issued on the merged one", async () => {
    const { kept, onDup, onKept } = await mergedPair("1984-04-14");
    const measures = (
      await getJson(w, w.as.cop1, `/api/v1/persons/${kept.id}/measures`)
    ).json() as MeasureList;
    expect(measures.items.map((m) => m.id).sort()).toEqual([onDup.id, onKept.id].sort());
    const entries = (
      await getJson(w, w.as.cop1, `/api/v1/persons/${kept.id}/register-entries`)
    ).json() as RegisterEntryList;
    // An official warning places its subject on the register (001 Art. 51(6)): one entry per record.
    expect(entries.items).toHaveLength(2);
    expect(new Set(entries.items.map((e) => e.personId)).size).toBe(2);
  });

  it("follows a chain of merges, and who viewed lists the reads of the merged record too", async () => {
    const { kept, dup, onDup } = await mergedPair("1986-06-16");
    await getJson(w, w.as.cop1, `/api/v1/measures/${onDup.id}`);
    const later = await createVia(w, w.as.cop1, personInput(w.d1.id, { born: "1986-06-17" }));
    // The kept record is itself merged later into a third (the IIN travels only with the kept one,
    // so this chain is built in the database, as an older merge would have left it).
    await w.t.db.updateTable("person").set({ merged_into: later.id }).where("id", "=", kept.id).execute();
    const measures = (
      await getJson(w, w.as.cop1, `/api/v1/persons/${later.id}/measures`)
    ).json() as MeasureList;
    expect(measures.items.map((m) => m.id)).toContain(onDup.id);
    const views = (await getJson(w, w.as.prosecutor, `/api/v1/persons/${later.id}/views`)).json() as z.infer<
      typeof AuditPage
    >;
    const read = views.items.filter((r) => r.recordId === onDup.id && r.action === "measure.read");
    expect(read).toHaveLength(1);
    expect(views.items.some((r) => r.recordId === dup.id)).toBe(true);
  });
});
