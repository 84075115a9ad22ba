import type { Citation } from "../core/citation.ts";

/**
 * One item of a closed list in the law (a restriction, an activity, a criterion, a ground), with its
 * article and a plain-English label taken from the text.
 */
export interface ListedProvision<Id extends string> {
  readonly id: Id;
  readonly article: Citation;
  readonly label: string;
}

/** Builds a {@link ListedProvision}; keeps the list literals short and typed. */
export function listed<Id extends string>(id: Id, article: Citation, label: string): ListedProvision<Id> {
  return { id, article, label };
}

/** The ids of a closed list that a value does not belong to (for "unknown id" refusals). */
export function unknownIds(list: readonly ListedProvision<string>[], ids: readonly string[]): string[] {
  const known = new Set(list.map((p) => p.id));
  return ids.filter((id) => !known.has(id));
}
