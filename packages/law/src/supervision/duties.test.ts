import { describe, expect, it } from "vitest";
import { supervisionDuties, type SupervisionEvent } from "./duties.ts";

const t = (iso: string) => new Date(iso);

describe("supervisionDuties (001 Art. 65(3))", () => {
  it.each<[string, SupervisionEvent, string, string, string]>([
    [
      "001 Art. 65(3)(3): change of residence notified in time",
      {
        type: "residence_changed",
        at: t("2026-04-01T10:00:00+05:00"),
        notifiedAt: t("2026-04-02T09:00:00+05:00"),
      },
      "2026-04-05T00:00:00+05:00",
      "2026-04-02T05:00:00.000Z",
      "done",
    ],
    [
      "001 Art. 65(3)(3): notified at the 24th hour exactly is in time",
      {
        type: "work_changed",
        at: t("2026-04-01T10:00:00+05:00"),
        notifiedAt: t("2026-04-02T10:00:00+05:00"),
      },
      "2026-04-05T00:00:00+05:00",
      "2026-04-02T05:00:00.000Z",
      "done",
    ],
    [
      "001 Art. 65(3)(3): notified late",
      {
        type: "travel_outside_district",
        at: t("2026-04-01T10:00:00+05:00"),
        notifiedAt: t("2026-04-02T10:00:01+05:00"),
      },
      "2026-04-05T00:00:00+05:00",
      "2026-04-02T05:00:00.000Z",
      "done_late",
    ],
    [
      "001 Art. 65(3)(3): not notified, 24 hours passed",
      { type: "work_changed", at: t("2026-04-01T10:00:00+05:00") },
      "2026-04-02T10:00:01+05:00",
      "2026-04-02T05:00:00.000Z",
      "overdue",
    ],
    [
      "001 Art. 65(3)(3): not notified, still within 24 hours",
      { type: "work_changed", at: t("2026-04-01T10:00:00+05:00") },
      "2026-04-02T10:00:00+05:00",
      "2026-04-02T05:00:00.000Z",
      "pending",
    ],
    [
      "001 Art. 65(3)(4): a stay of more than one day must be registered",
      { type: "stay_elsewhere", arrivedAt: t("2026-04-01T08:00:00+05:00") },
      "2026-04-02T09:00:00+05:00",
      "2026-04-02T03:00:00.000Z",
      "overdue",
    ],
    [
      "001 Art. 65(3)(4): left within one day — no registration required",
      {
        type: "stay_elsewhere",
        arrivedAt: t("2026-04-01T08:00:00+05:00"),
        departedAt: t("2026-04-02T08:00:00+05:00"),
      },
      "2026-04-05T00:00:00+05:00",
      "2026-04-02T03:00:00.000Z",
      "not_required",
    ],
    [
      "001 Art. 65(3)(4): left after more than one day without registering",
      {
        type: "stay_elsewhere",
        arrivedAt: t("2026-04-01T08:00:00+05:00"),
        departedAt: t("2026-04-03T08:00:00+05:00"),
      },
      "2026-04-05T00:00:00+05:00",
      "2026-04-02T03:00:00.000Z",
      "overdue",
    ],
    [
      "001 Art. 65(3)(4): registered on arrival",
      {
        type: "stay_elsewhere",
        arrivedAt: t("2026-04-01T08:00:00+05:00"),
        departedAt: t("2026-04-01T20:00:00+05:00"),
        registeredAt: t("2026-04-01T09:00:00+05:00"),
      },
      "2026-04-05T00:00:00+05:00",
      "2026-04-02T03:00:00.000Z",
      "done",
    ],
    [
      "001 Art. 65(3)(2): appeared on summons on time",
      {
        type: "summons",
        appearBy: t("2026-04-03T15:00:00+05:00"),
        appearedAt: t("2026-04-03T14:50:00+05:00"),
      },
      "2026-04-05T00:00:00+05:00",
      "2026-04-03T10:00:00.000Z",
      "done",
    ],
    [
      "001 Art. 65(3)(2): did not appear",
      { type: "summons", appearBy: t("2026-04-03T15:00:00+05:00") },
      "2026-04-05T00:00:00+05:00",
      "2026-04-03T10:00:00.000Z",
      "overdue",
    ],
  ])("%s", (_n, event, asOf, dueAt, status) => {
    const [d] = supervisionDuties([event], t(asOf));
    expect(d?.dueAt.toISOString()).toBe(dueAt);
    expect(d?.status).toBe(status);
  });
  it("001 Art. 65(3): each duty cites its subparagraph", () => {
    const at = t("2026-04-01T10:00:00+05:00");
    const ds = supervisionDuties(
      [
        { type: "work_changed", at },
        { type: "stay_elsewhere", arrivedAt: at },
        { type: "summons", appearBy: at },
      ],
      at,
    );
    expect(ds.map((d) => [d.duty, d.article])).toEqual([
      ["notify_police", "001 Art. 65(3)(3)"],
      ["register_with_local_police", "001 Art. 65(3)(4)"],
      ["appear_on_summons", "001 Art. 65(3)(2)"],
    ]);
  });
});
