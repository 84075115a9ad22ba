import { REGISTERED_MINOR_RESTRICTIONS, REHABILITATION_ACTIVITIES } from "@aldyn/law";
import type { TFunction } from "i18next";

/**
 * The law's closed lists of 001 Art. 82 (the law package's, never a copy): the restrictions a judge
 * may establish (82(3)(1)-(4)) and the rehabilitation activities (82(2)(1)-(8)), each with its article;
 * their words in the user's language are the catalogs' juvenile.restriction.* and juvenile.activity.*.
 */
export const RESTRICTIONS = REGISTERED_MINOR_RESTRICTIONS.map((r) => ({ id: r.id, article: r.article }));
export const ACTIVITIES = REHABILITATION_ACTIVITIES.map((a) => ({ id: a.id, article: a.article }));

/** i18next keys may not hold dots: an id's dots become underscores. */
const keyOf = (id: string) => id.replace(/\./g, "_");

export function restrictionLabel(t: TFunction, id: string): string {
  return t(`juvenile.restriction.${keyOf(id)}`, { defaultValue: id });
}

export function activityLabel(t: TFunction, id: string): string {
  return t(`juvenile.activity.${keyOf(id)}`, { defaultValue: id });
}
