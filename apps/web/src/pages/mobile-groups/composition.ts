import { MOBILE_GROUP_PARTICIPANTS } from "@aldyn/law";
import type { Composition, CompositionPart } from "./mobileGroupsApi.ts";

/**
 * The participants a group lacks, in the order the law names them (001 Art. 10(2)(8): the centre
 * organises the group with education, healthcare and internal affairs bodies); the server's
 * composition (the law's mobileGroupComposition) decides, this only orders and labels.
 */
const ORDER = Object.keys(MOBILE_GROUP_PARTICIPANTS) as CompositionPart[];

export function missingInOrder(c: Composition): CompositionPart[] {
  return ORDER.filter((p) => c.missing.includes(p));
}

/** The composition's article (001 Art. 10(2)(8)): the one the missing-participants warning cites. */
export const COMPOSITION_ARTICLE = "001 Art. 10(2)(8)";

/** Whether a member still sits in the group on `today` (a legal date): no end, or an end after today. */
export function isCurrentMember(m: { since: string; until: string | null }, today: string): boolean {
  return m.since <= today && (m.until === null || m.until > today);
}
