import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  checkPromotion,
  isPromotionKind,
  photoVideoReward,
  PROMOTION_KINDS,
  type PhotoVideoReport,
  type PromotionProposal,
  type RewardRate,
} from "./promotion.ts";

describe("promotion measures (001 Art. 47(1)-(2))", () => {
  const ok: PromotionProposal = {
    kind: "gratitude",
    decidedBy: "promotion_commission",
    recommendedByStateBody: true,
    registeredPublicAssistant: true,
    contributedToPrevention: false,
  };

  it("001 Art. 47(1): six listed measures plus the akimat's other incentives", () => {
    expect(Object.keys(PROMOTION_KINDS)).toEqual([
      "gratitude",
      "certificate_of_honor",
      "monetary_reward",
      "training_referral",
      "incentive_recommendation",
      "state_award_proposal",
      "other_local_incentive",
    ]);
    expect(isPromotionKind("hasOwnProperty")).toBe(false);
  });

  it.each(Object.entries(PROMOTION_KINDS).filter(([k]) => k !== "other_local_incentive"))(
    "001 Art. 47(2): %s by the commission on a state body's recommendation (%s)",
    (kind, article) => {
      expect(checkPromotion({ ...ok, kind })).toEqual({ ok: true, value: { kind, article } });
    },
  );

  it("001 Art. 47(1): other incentives are applied by the local executive body itself", () => {
    expect(
      checkPromotion({
        ...ok,
        kind: "other_local_incentive",
        decidedBy: "local_executive_body",
        recommendedByStateBody: false,
      }),
    ).toEqual({
      ok: true,
      value: { kind: "other_local_incentive", article: "001 Art. 47(1)" },
    });
  });

  it("001 Art. 47(2): a citizen not registered may be promoted for a contribution", () => {
    expect(
      checkPromotion({ ...ok, registeredPublicAssistant: false, contributedToPrevention: true }).ok,
    ).toBe(true);
  });

  it.each<[string, Partial<PromotionProposal>, string, string]>([
    [
      "001 Art. 47(1): unknown kind",
      { kind: "holiday_voucher" },
      "public_assistant.unknown_promotion_kind",
      "001 Art. 47(1)",
    ],
    [
      "001 Art. 47(2): decided by an akimat instead of the commission",
      { decidedBy: "local_executive_body" },
      "public_assistant.promotion_wrong_body",
      "001 Art. 47(2)",
    ],
    [
      "001 Art. 47(1): other incentive decided by the commission",
      { kind: "other_local_incentive" },
      "public_assistant.promotion_wrong_body",
      "001 Art. 47(1)",
    ],
    [
      "001 Art. 47(2): no state body's recommendation",
      { recommendedByStateBody: false },
      "public_assistant.promotion_without_recommendation",
      "001 Art. 47(2)",
    ],
    [
      "001 Art. 47(2): not registered and no contribution",
      { registeredPublicAssistant: false },
      "public_assistant.promotion_unregistered_without_contribution",
      "001 Art. 47(2)",
    ],
  ])("%s → refused", (_name, change, code, article) => {
    expect(checkPromotion({ ...ok, ...change })).toMatchObject({ ok: false, code, article });
  });
});

describe("reward for a photo/video report (001 Art. 47(3))", () => {
  const report: PhotoVideoReport = {
    infraction: "administrative",
    recordings: ["video"],
    fineCollectedTiyn: 1_966_000,
  }; // 19 660 tenge
  const tenPercent: RewardRate = { basisPoints: 1000, basis: "akimat decision (example)" };

  it("001 Art. 47(3): the rate applied to the fine collected, paid to the citizen", () => {
    expect(photoVideoReward(report, tenPercent)).toEqual({
      ok: true,
      value: { article: "001 Art. 47(3)", amountTiyn: 196_600, payee: { kind: "citizen" } },
    });
  });

  it("001 Art. 47(3): rounded down to the tiyn", () => {
    const r = photoVideoReward({ ...report, fineCollectedTiyn: 12_345 }, { basisPoints: 1250, basis: "x" });
    expect(r).toMatchObject({ ok: true, value: { amountTiyn: 1543 } }); // 1543.125
  });

  it("001 Art. 47(3): the citizen may designate a charitable organisation as the recipient", () => {
    const r = photoVideoReward(
      { ...report, recordings: ["photo"], designatedCharity: { name: "Fund", bin: "190340000017" } },
      tenPercent,
    );
    expect(r).toMatchObject({
      ok: true,
      value: { payee: { kind: "charity", name: "Fund", bin: "190340000017" } },
    });
    const noBin = photoVideoReward({ ...report, designatedCharity: { name: "Fund" } }, tenPercent);
    expect(noBin).toMatchObject({ ok: true, value: { payee: { kind: "charity", name: "Fund" } } });
    expect(noBin.ok && noBin.value.payee).not.toHaveProperty("bin");
  });

  it.each<[string, Partial<PhotoVideoReport>, RewardRate, string]>([
    [
      "a criminal infraction",
      { infraction: "criminal" },
      tenPercent,
      "public_assistant.reward_not_administrative",
    ],
    ["no recording attached", { recordings: [] }, tenPercent, "public_assistant.reward_no_recording"],
    [
      "the fine not yet collected",
      { fineCollectedTiyn: 0 },
      tenPercent,
      "public_assistant.reward_fine_not_collected",
    ],
    [
      "a fractional amount of tiyn",
      { fineCollectedTiyn: 10.5 },
      tenPercent,
      "public_assistant.reward_fine_not_collected",
    ],
    ["a zero rate", {}, { basisPoints: 0, basis: "x" }, "public_assistant.reward_rate_invalid"],
    ["a rate over 100 %", {}, { basisPoints: 10001, basis: "x" }, "public_assistant.reward_rate_invalid"],
    ["a fractional rate", {}, { basisPoints: 12.5, basis: "x" }, "public_assistant.reward_rate_invalid"],
  ])("001 Art. 47(3): %s → refused", (_name, change, rate, code) => {
    expect(photoVideoReward({ ...report, ...change }, rate)).toMatchObject({
      ok: false,
      code,
      article: "001 Art. 47(3)",
    });
  });

  it("001 Art. 47(3) property: the reward never exceeds the fine and grows with it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e10 }),
        fc.integer({ min: 1, max: 1e10 }),
        fc.integer({ min: 1, max: 10000 }),
        (a, b, bp) => {
          const rate = { basisPoints: bp, basis: "x" };
          const ra = photoVideoReward({ ...report, fineCollectedTiyn: Math.min(a, b) }, rate);
          const rb = photoVideoReward({ ...report, fineCollectedTiyn: Math.max(a, b) }, rate);
          if (!ra.ok || !rb.ok) throw new Error("expected rewards");
          expect(ra.value.amountTiyn).toBeLessThanOrEqual(rb.value.amountTiyn);
          expect(rb.value.amountTiyn).toBeLessThanOrEqual(Math.max(a, b));
          expect(rb.value.amountTiyn).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
