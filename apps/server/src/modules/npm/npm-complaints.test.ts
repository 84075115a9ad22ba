import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, institution, npmWorld, post, specialVisit, type NpmWorld } from "./npm.fixture.ts";

let w: NpmWorld;
beforeAll(async () => {
  w = await npmWorld();
}, 60_000);
afterAll(async () => w.close());

const err = (body: string) =>
  (JSON.parse(body) as { error: { code: string; article?: string; details?: { code: string }[] } }).error;
interface Complaint {
  id: string;
  complainantName: string | null;
  complainantContact: string | null;
  status: string;
  version: number;
}

describe("complaints of torture (000 Art. 30(4); 003 pp.12-13)", () => {
  it("the complainant is seen only by the group that received the complaint and the Commissioner's office", async () => {
    const { t, rep, council, p } = w;
    const v = await specialVisit(w, "2026-06-02", [0, 1]);
    // Someone outside the group does not register complaints on its visit.
    const outsider = await post(t, p[2]!, "/api/v1/npm/complaints", {
      receivedAt: "2026-06-02T11:00:00+05:00",
      visitId: v.id,
      complainantName: "Detainee Z.",
      summary: "Beaten.",
    });
    expect(outsider.statusCode).toBe(403);
    const res = await post(t, p[1]!, "/api/v1/npm/complaints", {
      receivedAt: "2026-06-02T11:00:00+05:00",
      visitId: v.id,
      institutionId: v.institutionId,
      complainantName: "Detainee Z.",
      complainantContact: "Cell 12",
      summary: "Beaten.",
    });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json() as Complaint;
    const seen = async (who: (typeof p)[number]) => {
      const one = (await get(t, who, `/api/v1/npm/complaints/${id}`)).json() as Complaint;
      const list = (await get(t, who, "/api/v1/npm/complaints")).json() as { items: Complaint[] };
      const inList = list.items.find((c) => c.id === id)!;
      expect(inList.complainantName).toBe(one.complainantName);
      return [one.complainantName, one.complainantContact];
    };
    // The receiving participant and the other member of the group; the office.
    expect(await seen(p[1]!)).toEqual(["Detainee Z.", "Cell 12"]);
    expect(await seen(p[0]!)).toEqual(["Detainee Z.", "Cell 12"]);
    expect(await seen(rep)).toEqual(["Detainee Z.", "Cell 12"]);
    // Participants of other groups and the Council see the complaint without the complainant.
    expect(await seen(p[2]!)).toEqual([null, null]);
    expect(await seen(p[3]!)).toEqual([null, null]);
    expect(await seen(council)).toEqual([null, null]);

    // A complaint received outside a visit: the receiving participant only (and the office).
    const alone = await post(t, p[3]!, "/api/v1/npm/complaints", {
      receivedAt: "2026-06-03T11:00:00+05:00",
      complainantName: "Relative Y.",
      summary: "A letter.",
    });
    const aloneId = (alone.json() as Complaint).id;
    const name = async (who: (typeof p)[number]) =>
      ((await get(t, who, `/api/v1/npm/complaints/${aloneId}`)).json() as Complaint).complainantName;
    expect(await name(p[3]!)).toBe("Relative Y.");
    expect(await name(rep)).toBe("Relative Y.");
    expect(await name(p[0]!)).toBeNull();
  });

  it("the report lists only registered complaints of its visit, institutions or regions; others are refused with 003 p.13", async () => {
    const { t, p } = w;
    const v = await specialVisit(w, "2026-06-09", [0, 1]);
    const other = await specialVisit(w, "2026-06-09", [2, 3]);
    const far = await institution(w, "Colony far away", { regionCode: "TUR" });
    const onVisit = (
      await post(t, p[0]!, "/api/v1/npm/complaints", {
        receivedAt: "2026-06-09T11:00:00+05:00",
        visitId: v.id,
        complainantName: "X.",
        summary: "Beaten.",
      })
    ).json() as Complaint;
    const onOther = (
      await post(t, p[2]!, "/api/v1/npm/complaints", {
        receivedAt: "2026-06-09T11:00:00+05:00",
        visitId: other.id,
        complainantName: "Y.",
        summary: "Beaten.",
      })
    ).json() as Complaint;
    const elsewhere = (
      await post(t, p[0]!, "/api/v1/npm/complaints", {
        receivedAt: "2026-06-09T12:00:00+05:00",
        institutionId: far,
        complainantName: "W.",
        summary: "Beaten.",
      })
    ).json() as Complaint;
    let version = ((await get(t, p[0]!, `/api/v1/npm/visits/${v.id}`)).json() as { version: number }).version;
    for (const [who, body] of [
      [p[0]!, { type: "started", on: "2026-06-09" }],
      [p[0]!, { type: "ended", on: "2026-06-09" }],
      [p[0]!, { type: "report_signed" }],
      [p[1]!, { type: "report_signed" }],
    ] as const) {
      const r = await post(t, who, `/api/v1/npm/visits/${v.id}/facts`, { version, ...body });
      expect(r.statusCode, r.body).toBe(201);
      version = (r.json() as { version: number }).version;
    }
    const submit = (listedComplaintIds: string[]) =>
      post(t, p[0]!, `/api/v1/npm/visits/${v.id}/report`, {
        version,
        findings: "Findings.",
        listedComplaintIds,
      });

    for (const [ids, code] of [
      [[onVisit.id, randomUUID()], "npm_report.listed_complaint_unknown"],
      [[onVisit.id, onOther.id], "npm_report.listed_complaint_foreign"],
      [[onVisit.id, elsewhere.id], "npm_report.listed_complaint_foreign"],
    ] as const) {
      const r = await submit([...ids]);
      expect(r.statusCode).toBe(422);
      expect(err(r.body)).toMatchObject({ code, article: "003 p.13" });
    }
    // The complaint received on the visit, and the one received before it about its institution.
    const ok = await submit([onVisit.id, v.complaintId]);
    expect(ok.statusCode, ok.body).toBe(201);
    expect((ok.json() as { report: { listedComplaintIds: string[] } }).report.listedComplaintIds).toEqual([
      onVisit.id,
      v.complaintId,
    ]);
  });

  it("is transferred to the Commissioner by those who received it or the office; anyone else is 403 (000 Art. 30(4))", async () => {
    const { t, rep, council, p } = w;
    const v = await specialVisit(w, "2026-06-16", [0, 1]);
    const register = async (who: (typeof p)[number], extra: Record<string, unknown>) => {
      const r = await post(t, who, "/api/v1/npm/complaints", {
        receivedAt: "2026-06-16T11:00:00+05:00",
        complainantName: "T.",
        summary: "Beaten.",
        ...extra,
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json() as Complaint;
    };
    const transfer = (who: (typeof p)[number], c: Complaint) =>
      post(t, who, `/api/v1/npm/complaints/${c.id}/transfer`, { version: c.version });
    const refused = async (who: (typeof p)[number], c: Complaint) => {
      const r = await transfer(who, c);
      expect(r.statusCode, r.body).toBe(403);
      return err(r.body);
    };
    const unchanged = async (c: Complaint) =>
      expect((await get(t, rep, `/api/v1/npm/complaints/${c.id}`)).json()).toMatchObject({
        status: c.status,
        version: c.version,
        transferredAt: null,
      });

    // Received on the visit by p[1]: participants of other groups and the Council do not transfer it.
    const onVisit = await register(p[1]!, { visitId: v.id, institutionId: v.institutionId });
    for (const who of [p[2]!, p[3]!])
      expect(await refused(who, onVisit)).toMatchObject({ code: "access.role", article: "000 Art. 30(4)" });
    expect((await refused(council, onVisit)).code).toBe("access.role");
    await unchanged(onVisit);
    // Another member of the visit's group does.
    const byMember = await transfer(p[0]!, onVisit);
    expect(byMember.statusCode, byMember.body).toBe(200);
    expect(byMember.json()).toMatchObject({ status: "transferred" });

    // Received outside a visit by p[3]: the visit's group is not its receiver; p[3] and the office are.
    const alone = await register(p[3]!, {});
    expect((await refused(p[0]!, alone)).code).toBe("access.role");
    await unchanged(alone);
    const byReceiver = await transfer(p[3]!, alone);
    expect(byReceiver.statusCode, byReceiver.body).toBe(200);
    const another = await register(p[3]!, {});
    const byOffice = await transfer(rep, another);
    expect(byOffice.statusCode, byOffice.body).toBe(200);
    expect(byOffice.json()).toMatchObject({ status: "transferred" });
    // An unknown complaint stays a 404 for a participant.
    const unknown = await post(t, p[0]!, `/api/v1/npm/complaints/${randomUUID()}/transfer`, { version: 1 });
    expect(unknown.statusCode).toBe(404);
  });
});
