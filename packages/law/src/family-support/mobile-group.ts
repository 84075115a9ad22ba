/**
 * Mobile groups "for the early identification and provision of support to persons (families) in
 * difficult life situations": the family support centre organises their work "with the participation
 * of education, healthcare, and internal affairs bodies within their competence" (001 Art. 10(2)(8));
 * local executive bodies establish them (72(2)); their competence is 001 Art. 11 — R5.2.
 */
import { art } from "../core/citation.ts";
import { allow, refuse, type Verdict } from "../core/verdict.ts";
import type { BodyTypeId } from "../handoffs/body-types.ts";

/**
 * The participants the text requires (001 Art. 10(2)(8)) and the body types that count for each.
 * The internal affairs bodies are police departments and their units (001 Art. 13).
 */
export const MOBILE_GROUP_PARTICIPANTS = {
  centre: ["family_support_centre"],
  education: ["education_department", "school"],
  healthcare: ["healthcare_department", "healthcare_org"],
  internal_affairs: ["police_department", "police_unit"],
} as const satisfies Record<string, readonly BodyTypeId[]>;

/** One participant the text requires. */
export type MobileGroupParticipant = keyof typeof MOBILE_GROUP_PARTICIPANTS;

/**
 * The body types that may take part in a mobile group: the four participants of 10(2)(8), the local
 * executive body that establishes and coordinates them (72(2), 10(2)(8)), and the guardianship body,
 * which shall "participate in the work of mobile groups within its competence" (001 Art. 22(5)).
 */
export const MOBILE_GROUP_BODY_TYPES = [
  "family_support_centre",
  "education_department",
  "school",
  "healthcare_department",
  "healthcare_org",
  "police_department",
  "police_unit",
  "akimat",
  "guardianship_body",
] as const satisfies readonly BodyTypeId[];

/** True for a body type that may take part in a mobile group. */
export function isMobileGroupBodyType(value: string): value is (typeof MOBILE_GROUP_BODY_TYPES)[number] {
  return (MOBILE_GROUP_BODY_TYPES as readonly string[]).includes(value);
}

/** A group's composition against 10(2)(8). */
export interface MobileGroupComposition {
  /** True when every participant of 10(2)(8) has at least one member. */
  readonly complete: boolean;
  /** The participants without a member, in the text's order (centre, education, healthcare, internal affairs). */
  readonly missing: readonly MobileGroupParticipant[];
}

/**
 * Whether the current members' body types make the group the text describes: the centre "with the
 * participation of education, healthcare, and internal affairs bodies" (001 Art. 10(2)(8)). A group
 * short of one may still work (the text says "within their competence"); the screens show what is missing.
 */
export function mobileGroupComposition(memberBodyTypes: readonly string[]): MobileGroupComposition {
  const present = new Set(memberBodyTypes);
  const missing = (Object.keys(MOBILE_GROUP_PARTICIPANTS) as MobileGroupParticipant[]).filter(
    (p) => !MOBILE_GROUP_PARTICIPANTS[p].some((t: string) => present.has(t)),
  );
  return { complete: missing.length === 0, missing };
}

/**
 * Checks a new member's body type (001 Arts. 10(2)(8), 22(5), 72(2)): `mobile_group.member_body_type`
 * for a body that is not among {@link MOBILE_GROUP_BODY_TYPES}.
 */
export function checkMobileGroupMember(bodyType: string): Verdict<{ bodyType: BodyTypeId }> {
  if (!isMobileGroupBodyType(bodyType))
    return refuse(
      "mobile_group.member_body_type",
      art("001", "10(2)(8)"),
      "A mobile group is made of the family support centre with education, healthcare and internal affairs bodies.",
      { field: "bodyId", params: { bodyType } },
    );
  return allow({ bodyType });
}
