/**
 * What an intermediate visit follows up — 003 p.3(2) and 000 Art. 32(1)(2): it is conducted between
 * periodic visits "in order to monitor the implementation of recommendations based on the results of a
 * previous periodic preventive visit, as well as to prevent the persecution of persons with whom the
 * participants … conducted interviews". Either purpose founds it; a visit with neither is refused.
 */
import { art, point } from "../core/citation.ts";
import { refuse, type Refusal } from "../core/verdict.ts";
import type { LegalDate } from "../calendar/legal-date.ts";
import type { NpmVisitKind } from "./kinds.ts";

/** A recommendation of a visit report as the follow-up rule needs it (003 p.3(2); 000 Art. 33(4)). */
export interface NpmRecommendationOrigin {
  readonly id: string;
  /** Kind, institutions and first day of the visit whose report made the recommendation. */
  readonly visitKind: NpmVisitKind;
  readonly institutionIds: readonly string[];
  readonly visitStartsOn: LegalDate;
}

/** The follow-up a visit is decided with. */
export interface NpmVisitFollowUp {
  readonly kind: NpmVisitKind;
  readonly institutionIds: readonly string[];
  readonly startsOn: LegalDate;
  /** Recommendations the visit monitors (003 p.3(2), first purpose). */
  readonly recommendationIds: readonly string[];
  /** The visit is made to prevent the persecution of persons interviewed (003 p.3(2), second purpose). */
  readonly followsUpInterviewees: boolean;
  /** The recommendations found among `recommendationIds`; an id not here does not exist. */
  readonly recommendations: readonly NpmRecommendationOrigin[];
}

/**
 * Refusals against the follow-up of a visit: an intermediate visit needs one of its two purposes
 * (003 p.3(2)); every recommendation followed up must exist and come from a previous periodic visit to
 * one of the institutions visited. Other kinds may follow up recommendations, under the same check.
 */
export function followUpRefusals(v: NpmVisitFollowUp): Refusal[] {
  const out: Refusal[] = [];
  const alsoCited = art("000", "32(1)(2)");
  if (v.kind === "intermediate" && v.recommendationIds.length === 0 && !v.followsUpInterviewees)
    out.push(
      refuse(
        "npm_visit.intermediate_without_purpose",
        point("3(2)"),
        "An intermediate visit monitors the implementation of recommendations of a previous periodic visit to the institution, or prevents the persecution of persons interviewed (003 p.3(2); 000 Art. 32(1)(2)).",
        { field: "followsUpRecommendationIds", params: { alsoCited } },
      ),
    );
  const known = new Map(v.recommendations.map((r) => [r.id, r]));
  for (const id of new Set(v.recommendationIds)) {
    const r = known.get(id);
    if (!r) {
      out.push(
        refuse(
          "npm_visit.follow_up_recommendation_unknown",
          point("3(2)"),
          `Recommendation ${id} is not on record; a visit follows up recommendations made in a visit report (003 p.3(2)).`,
          { field: "followsUpRecommendationIds", params: { recommendationId: id } },
        ),
      );
      continue;
    }
    const sameInstitution = r.institutionIds.some((i) => v.institutionIds.includes(i));
    if (r.visitKind !== "periodic" || r.visitStartsOn >= v.startsOn || !sameInstitution)
      out.push(
        refuse(
          "npm_visit.follow_up_recommendation_not_of_institution",
          point("3(2)"),
          `Recommendation ${id} was not made on a previous periodic visit to an institution of this visit; an intermediate visit monitors those (003 p.3(2)).`,
          { field: "followsUpRecommendationIds", params: { recommendationId: id, alsoCited } },
        ),
      );
  }
  return out;
}
