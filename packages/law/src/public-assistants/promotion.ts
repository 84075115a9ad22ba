/**
 * Promotion of public assistants and of citizens who help prevent infractions (001 Art. 47): the
 * kinds of 47(1), the commission of 47(2), and the reward for a photo/video report computed from the
 * fine collected (47(3)).
 */
import { art, type Citation } from "../core/citation.ts";
import { allow, refuse, type Verdict } from "../core/verdict.ts";

/** The promotion measures, each with its provision (001 Art. 47(1)). */
export const PROMOTION_KINDS = {
  /** Expression of gratitude (47(1)(1)). */
  gratitude: art("001", "47(1)(1)"),
  /** A certificate of honour (47(1)(2)). */
  certificate_of_honor: art("001", "47(1)(2)"),
  /** A monetary reward (47(1)(3)). */
  monetary_reward: art("001", "47(1)(3)"),
  /** Referral to training under educational and professional development programmes (47(1)(4)). */
  training_referral: art("001", "47(1)(4)"),
  /** Recommendations for incentive submitted to organisations and enterprises (47(1)(5)). */
  incentive_recommendation: art("001", "47(1)(5)"),
  /** Proposal for a state award or honorary title for a significant contribution (47(1)(6)). */
  state_award_proposal: art("001", "47(1)(6)"),
  /** Any other incentive a local executive body applies (47(1), last paragraph). */
  other_local_incentive: art("001", "47(1)"),
} as const;

/** A promotion measure of 001 Art. 47(1). */
export type PromotionKind = keyof typeof PROMOTION_KINDS;

/** True for an identifier of 001 Art. 47(1). */
export function isPromotionKind(value: string): value is PromotionKind {
  return Object.hasOwn(PROMOTION_KINDS, value);
}

/** A proposed promotion (001 Art. 47(2)). */
export interface PromotionProposal {
  readonly kind: string;
  /** Considered by the commission on the promotion of citizens (47(2)); "other" incentives by an akimat (47(1)). */
  readonly decidedBy: "promotion_commission" | "local_executive_body" | "other";
  /** Upon the recommendation of a state body (47(2)). */
  readonly recommendedByStateBody: boolean;
  /** The person is registered with the akimat as a public assistant (45(4)). */
  readonly registeredPublicAssistant: boolean;
  /** Contributed to preventing, suppressing or detecting infractions — needed for a citizen not registered (47(2)). */
  readonly contributedToPrevention: boolean;
}

/**
 * Checks a promotion (001 Art. 47(1)-(2)): a kind of 47(1); considered by the commission on the
 * promotion of citizens upon a state body's recommendation, except the "other" incentives a local
 * executive body applies itself; a citizen not registered as a public assistant only for a
 * contribution to preventing, suppressing or detecting infractions.
 */
export function checkPromotion(p: PromotionProposal): Verdict<{ kind: PromotionKind; article: Citation }> {
  if (!isPromotionKind(p.kind))
    return refuse(
      "public_assistant.unknown_promotion_kind",
      art("001", "47(1)"),
      `"${p.kind}" is not a promotion measure of 001 Art. 47(1).`,
      {
        field: "kind",
      },
    );
  const byAkimat = p.kind === "other_local_incentive";
  if (byAkimat ? p.decidedBy !== "local_executive_body" : p.decidedBy !== "promotion_commission")
    return refuse(
      "public_assistant.promotion_wrong_body",
      byAkimat ? art("001", "47(1)") : art("001", "47(2)"),
      byAkimat
        ? "Other incentive measures are applied by local executive bodies (001 Art. 47(1))."
        : "Promotion is considered by the commission on the promotion of citizens (001 Art. 47(2)).",
      { field: "decidedBy" },
    );
  if (!byAkimat && !p.recommendedByStateBody)
    return refuse(
      "public_assistant.promotion_without_recommendation",
      art("001", "47(2)"),
      "The commission considers promotion upon the recommendation of state bodies (001 Art. 47(2)).",
      { field: "recommendedByStateBody" },
    );
  if (!p.registeredPublicAssistant && !p.contributedToPrevention)
    return refuse(
      "public_assistant.promotion_unregistered_without_contribution",
      art("001", "47(2)"),
      "A citizen not registered as a public assistant may be promoted only for contributing to the prevention, suppression or detection of infractions (001 Art. 47(2)).",
      { field: "contributedToPrevention" },
    );
  return allow({ kind: p.kind, article: PROMOTION_KINDS[p.kind] });
}

/** A citizen's report of an administrative infraction with recordings (001 Art. 47(3)). */
export interface PhotoVideoReport {
  /** Only a report of an administrative infraction earns the reward. */
  readonly infraction: "administrative" | "criminal";
  /** The recordings attached to the message. */
  readonly recordings: readonly ("photo" | "video")[];
  /** The fine actually collected from the offender, in tiyn (1/100 tenge); 0 while unpaid. */
  readonly fineCollectedTiyn: number;
  /** A charitable organisation the citizen designated as recipient (47(3)), if any. */
  readonly designatedCharity?: { readonly name: string; readonly bin?: string };
}

/**
 * The rate of the reward, set by the local executive body's decision (001 Art. 47(3): "procedure,
 * types and time limits … determined by local executive bodies"). The law states no percentage, so
 * the rate is configuration, in basis points of the fine collected (1000 = 10 %).
 */
export interface RewardRate {
  readonly basisPoints: number;
  /** The akimat's decision that sets it. */
  readonly basis: string;
}

/** A reward to pay: the amount and to whom (001 Art. 47(3)). */
export interface PhotoVideoReward {
  readonly article: Citation;
  readonly amountTiyn: number;
  readonly payee:
    { readonly kind: "citizen" } | { readonly kind: "charity"; readonly name: string; readonly bin?: string };
}

/**
 * The monetary reward for a message with photo or video recordings of an administrative infraction,
 * "calculated from the amount of the fine collected from the offender" (001 Art. 47(3)): the
 * akimat's rate applied to the fine collected, rounded down to the tiyn, paid to the citizen or to
 * the charitable organisation the citizen designated. Refusals: `public_assistant.reward_not_administrative`,
 * `public_assistant.reward_no_recording`, `public_assistant.reward_fine_not_collected`,
 * `public_assistant.reward_rate_invalid`. Whether to reward at all is the akimat's decision ("may be
 * promoted"); this computes what it may pay.
 */
export function photoVideoReward(report: PhotoVideoReport, rate: RewardRate): Verdict<PhotoVideoReward> {
  const article = art("001", "47(3)");
  if (report.infraction !== "administrative")
    return refuse(
      "public_assistant.reward_not_administrative",
      article,
      "The reward of 001 Art. 47(3) is for reports of administrative infractions.",
      {
        field: "infraction",
      },
    );
  if (report.recordings.length === 0)
    return refuse(
      "public_assistant.reward_no_recording",
      article,
      "The report must attach photo or video recordings of the infraction (001 Art. 47(3)).",
      {
        field: "recordings",
      },
    );
  if (!Number.isInteger(report.fineCollectedTiyn) || report.fineCollectedTiyn <= 0)
    return refuse(
      "public_assistant.reward_fine_not_collected",
      article,
      "The reward is calculated from the fine collected from the offender; nothing has been collected (001 Art. 47(3)).",
      { field: "fineCollectedTiyn", params: { fineCollectedTiyn: report.fineCollectedTiyn } },
    );
  if (!Number.isInteger(rate.basisPoints) || rate.basisPoints <= 0 || rate.basisPoints > 10000)
    return refuse(
      "public_assistant.reward_rate_invalid",
      article,
      "The reward rate set by the local executive body must be a share of the fine between 0.01 % and 100 % (001 Art. 47(3)).",
      { field: "basisPoints", params: { basisPoints: rate.basisPoints } },
    );
  const amountTiyn = Math.floor((report.fineCollectedTiyn * rate.basisPoints) / 10000);
  const c = report.designatedCharity;
  const payee = c
    ? { kind: "charity" as const, name: c.name, ...(c.bin ? { bin: c.bin } : {}) }
    : { kind: "citizen" as const };
  return allow({ article, amountTiyn, payee });
}
