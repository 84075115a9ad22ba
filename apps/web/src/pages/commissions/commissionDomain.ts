// The pure part of the commissions' screens: the tree of commissions in hierarchy order (001 Art.
// 79(2),(3), 79(6)(4)) and a member's term of office as the composition shows it (79(4)).
import { COMMISSION_MEMBER_ROLES, COMMISSION_REPRESENTS } from "@aldyn/law";

export const MEMBER_ROLES = COMMISSION_MEMBER_ROLES;
export const REPRESENTS = COMMISSION_REPRESENTS;

/** One row of the tree: the commission and how deep it sits under the roots shown. */
export interface TreeRow<T> {
  node: T;
  depth: number;
}

/**
 * The commissions as a tree: each after its parent, indented one step further; a commission whose
 * parent is not in the list (outside the user's territory) is a root. Siblings keep the list's order.
 */
export function treeRows<T extends { bodyId: string; parentBodyId: string | null }>(
  items: readonly T[],
): TreeRow<T>[] {
  const ids = new Set(items.map((i) => i.bodyId));
  const children = new Map<string | null, T[]>();
  for (const i of items) {
    const parent = i.parentBodyId !== null && ids.has(i.parentBodyId) ? i.parentBodyId : null;
    children.set(parent, [...(children.get(parent) ?? []), i]);
  }
  const out: TreeRow<T>[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const node of children.get(parent) ?? []) {
      if (seen.has(node.bodyId)) continue;
      seen.add(node.bodyId);
      out.push({ node, depth });
      walk(node.bodyId, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Where a member's term stands today: serving, ended (by an act), or run out (the term's end passed). */
export function termState(
  m: { active: boolean; endedOn: string | null; until: string | null; since: string },
  today: string,
): "active" | "ended" | "expired" | "future" {
  if (m.endedOn !== null) return "ended";
  if (m.until !== null && m.until < today) return "expired";
  if (m.since > today) return "future";
  return m.active ? "active" : "ended";
}

/** Members in the order of 79(4): the chair, the deputy, the members, the secretary; active first. */
export function compositionOrder<T extends { role: string; active: boolean; fullName: string }>(
  members: readonly T[],
): T[] {
  const rank = (r: string) => (MEMBER_ROLES as readonly string[]).indexOf(r);
  return [...members].sort(
    (a, b) =>
      Number(b.active) - Number(a.active) ||
      rank(a.role) - rank(b.role) ||
      a.fullName.localeCompare(b.fullName),
  );
}
